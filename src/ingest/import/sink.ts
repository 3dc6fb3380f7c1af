import type { IngestContext, IngestResult } from '../types.ts';

/**
 * Where imported messages go: the ingest pipeline (validate → enrich → stitch → write). Declared
 * here, shaped like the pipeline's entry point, so the importer depends on the shape and not on
 * the pipeline module, and tests can pass any sink that validates the same way.
 */
export interface IngestSink {
  ingest(workspaceId: string, messages: unknown[], ctx: IngestContext): Promise<IngestResult>;
}
