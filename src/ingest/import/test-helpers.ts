import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SegmentMessageSchema } from '../segment-message.ts';
import type { IngestContext, IngestResult } from '../types.ts';
import type { ReadItem } from './read-item.ts';
import type { IngestSink } from './sink.ts';

/**
 * A sink that validates like the ingest pipeline's first step (the same zod schema) and stores
 * nothing; it records each call so tests can check batching and order. The real pipeline is
 * tested with its store elsewhere.
 */
export class ValidatingSink implements IngestSink {
  readonly calls: { workspaceId: string; messages: unknown[]; ctx: IngestContext }[] = [];

  async ingest(workspaceId: string, messages: unknown[], ctx: IngestContext): Promise<IngestResult> {
    this.calls.push({ workspaceId, messages, ctx });
    const result: IngestResult = { accepted: 0, rejected: [] };
    messages.forEach((message, index) => {
      const parsed = SegmentMessageSchema.safeParse(message);
      if (parsed.success) result.accepted++;
      else {
        const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        result.rejected.push({ index, errors });
      }
    });
    return result;
  }

  /** Every message received, in order. */
  get received(): unknown[] {
    return this.calls.flatMap((c) => c.messages);
  }
}

/** A fresh directory under the OS temp dir, and a way to remove it. */
export async function makeTempDir(): Promise<{
  dir: string;
  file(name: string, text: string): Promise<string>;
  remove(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'journeylens-import-'));
  return {
    dir,
    async file(name, text) {
      const path = join(dir, name);
      await writeFile(path, text);
      return path;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Drains a reader into an array (fixtures are small). */
export async function collect(reader: AsyncGenerator<ReadItem>): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of reader) items.push(item);
  return items;
}
