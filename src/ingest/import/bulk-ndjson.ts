import type { StagedNdjson, StageOptions } from '../../store/store.ts';
import { normalizeMessage } from '../normalize.ts';
import type { EnrichedEvent } from '../types.ts';
import { readNdjson } from './ndjson-reader.ts';
import type { ProgressCallback } from './progress.ts';
import {
  formatFieldError,
  type ReasonTally,
  type RejectedRow,
  type RejectedRowsFile,
} from './rejected-rows.ts';
import { withStableMessageId } from './stable-message-id.ts';

/** The phases of a bulk commit, in order. */
export type CommitPhase = 'stitching' | 'writing';

/**
 * Where each phase of a bulk import ends on the progress bar, roughly its share of the time (a
 * million events: the scan 55%, stitching what the scan left 2%, writing 43%). Validating the rows
 * the scan left undecided takes from 0.55 to 0.6; it is most of the time only for a file of
 * such rows, which goes through JavaScript anyway.
 */
const BAR = { staged: 0.55, validated: 0.6, stitched: 0.65 } as const;

/** The bulk path's two ends: the store stages the file, the ingestor stitches and commits it. */
export interface BulkNdjsonLoader {
  stage(workspaceId: string, path: string, opts: StageOptions): Promise<StagedNdjson | null>;
  /** `onProgress` hears how far each phase has come, from 0 to 1: stitching, then writing. */
  commit(
    workspaceId: string,
    staged: StagedNdjson,
    onProgress?: (phase: CommitPhase, fraction: number) => void,
  ): Promise<{ accepted: number; inserted: number }>;
  /** Gives up a staged file that will not be committed (what staging began is undone). */
  abandon?(staged: StagedNdjson): void;
}

export interface BulkOutcome {
  rows: number;
  accepted: number;
  rejected: number;
  /** Rows the bulk scan vouched for (ndjson-scan.ts); the rest went through the API's validator. */
  engineChecked: number;
}

/**
 * Imports an NDJSON file through the store's bulk path: the file is scanned, checked and
 * normalised in one pass (ndjson-scan.ts) and staged in the store, the rows the scan cannot vouch
 * for are validated here exactly as the HTTP API validates them, and the ingestor stitches
 * identities in file order and commits everything in one transaction.
 * Resolves to null, having stored nothing, when the engine cannot take the file as a whole.
 */
export async function importNdjsonBulk(opts: {
  path: string;
  size: number;
  workspaceId: string;
  loader: BulkNdjsonLoader;
  sideFile: RejectedRowsFile;
  tally: ReasonTally;
  onProgress?: ProgressCallback;
}): Promise<BulkOutcome | null> {
  const { path, size, loader, onProgress } = opts;
  const receivedAt = new Date();
  const report = (fraction: number) => onProgress?.(Math.round(size * fraction), size, 'bytes');
  const staged = await loader.stage(opts.workspaceId, path, {
    receivedAt,
    onProgress: (f) => report(BAR.staged * f),
  });
  if (staged === null) return null;
  let handedToCommit = false;
  try {
    report(BAR.staged);
    const rejected = await validateUncertainRows(staged, path, receivedAt, opts.sideFile, opts.tally);
    report(BAR.validated);
    handedToCommit = true;
    const { accepted } = await loader.commit(opts.workspaceId, staged, (phase, f) =>
      report(
        phase === 'stitching'
          ? BAR.validated + (BAR.stitched - BAR.validated) * f
          : BAR.stitched + (1 - BAR.stitched) * f,
      ),
    );
    report(1);
    return {
      rows: staged.rows,
      accepted,
      rejected,
      engineChecked: staged.rows - staged.uncertainLines.length,
    };
  } finally {
    if (!handedToCommit) loader.abandon?.(staged);
    await staged.dispose();
  }
}

/** Runs the rows the engine left undecided through the same validation as the HTTP API. */
async function validateUncertainRows(
  staged: StagedNdjson,
  path: string,
  receivedAt: Date,
  sideFile: RejectedRowsFile,
  tally: ReasonTally,
): Promise<number> {
  if (staged.uncertainLines.length === 0) return 0;
  const wanted = new Set(staged.uncertainLines);
  const valid: { line: number; event: EnrichedEvent }[] = [];
  const rejectedRows: RejectedRow[] = [];
  let rejected = 0;
  for await (const item of readNdjson(path)) {
    if (!wanted.has(item.line)) continue;
    if (item.error !== undefined) {
      tally.addReaderError(item.error);
      rejectedRows.push({ line: item.line, reasons: [item.error], raw: item.raw });
      rejected++;
      continue;
    }
    const result = normalizeMessage(withStableMessageId(item.message, item.raw), { receivedAt });
    if (result.ok) {
      valid.push({ line: item.line, event: result.event });
    } else {
      const reasons = result.errors.map(formatFieldError);
      for (const r of reasons) tally.add(r);
      rejectedRows.push({ line: item.line, reasons, raw: item.raw });
      rejected++;
    }
    if (valid.length >= 10_000) await staged.addEvents(valid.splice(0));
    if (rejectedRows.length >= 10_000) await sideFile.write(rejectedRows.splice(0));
  }
  await staged.addEvents(valid);
  await sideFile.write(rejectedRows);
  return rejected;
}
