import { attribute } from '../analytics/attribution/attribute.ts';
import { PathFileError, readPathFile } from '../analytics/attribution/read-path-file.ts';
import { AttributionSettingsSchema } from '../analytics/spec/attribution-spec.ts';

export interface AttributionCommandOptions {
  models?: string;
  order?: string;
  halfLife?: string;
  positionBased?: string;
  bootstrap?: string;
  confidence?: string;
  seed?: string;
  shapleySamples?: string;
  pretty?: boolean;
}

/** The flag of each setting, so an error names what the user typed. */
const FLAGS: Record<string, string> = {
  models: '--models',
  order: '--order',
  timeDecay: '--half-life',
  positionBased: '--position-based',
  'bootstrap.iterations': '--bootstrap',
  'bootstrap.confidence': '--confidence',
  'bootstrap.seed': '--seed',
  shapley: '--shapley-samples',
};

/**
 * `journeylens attribution FILE.csv [--models …] [--order K]`: the attribution models side by
 * side on a path table file (`path;total_conversions;total_conversion_value;total_null`),
 * printed as one JSON object `{ conversions, value, models, removalEffects, transitions, … }`.
 * Settings are checked before the file is read; a bad setting names its flag, a bad line its
 * number, and nothing is printed unless the whole file was read.
 */
export async function attributionCommand(file: string, opts: AttributionCommandOptions): Promise<void> {
  const input: Record<string, unknown> = {};
  const models = opts.models?.split(/[\s,]+/).filter((m) => m !== '');
  if (models !== undefined) input.models = models;
  if (opts.order !== undefined) input.order = parseNumber(opts.order, '--order');
  if (opts.halfLife !== undefined) input.timeDecay = { halfLife: parseNumber(opts.halfLife, '--half-life') };
  if (opts.positionBased !== undefined) {
    const parts = opts.positionBased.split(',');
    if (parts.length !== 2)
      throw new Error('--position-based: Must be two shares, first,last (e.g. 0.4,0.4)');
    input.positionBased = {
      first: parseNumber(parts[0]!, '--position-based'),
      last: parseNumber(parts[1]!, '--position-based'),
    };
  }
  const bootstrap: Record<string, number> = {};
  if (opts.bootstrap !== undefined) bootstrap.iterations = parseNumber(opts.bootstrap, '--bootstrap');
  if (opts.confidence !== undefined) bootstrap.confidence = parseNumber(opts.confidence, '--confidence');
  if (opts.seed !== undefined) bootstrap.seed = parseNumber(opts.seed, '--seed');
  if (Object.keys(bootstrap).length > 0) input.bootstrap = bootstrap;
  if (opts.shapleySamples !== undefined) {
    input.shapley = { samples: parseNumber(opts.shapleySamples, '--shapley-samples') };
  }
  const settings = AttributionSettingsSchema.safeParse(input);
  if (!settings.success) {
    const issue = settings.error.issues[0]!;
    const path = issue.path.map(String);
    const flag = FLAGS[path.slice(0, 2).join('.')] ?? FLAGS[path[0] ?? ''] ?? path.join('.');
    // An unknown model: say which of the names given it was.
    const bad =
      path[0] === 'models' && typeof issue.path[1] === 'number' ? ` ("${models?.[issue.path[1]]}")` : '';
    throw new Error(`${flag}: ${issue.message}${bad}`);
  }
  let table: Awaited<ReturnType<typeof readPathFile>>;
  try {
    table = await readPathFile(file);
  } catch (err) {
    if (err instanceof PathFileError) throw new Error(`${file}: ${err.message}`);
    throw err;
  }
  const result = attribute(table, settings.data);
  console.log(JSON.stringify(result, null, opts.pretty ? 2 : undefined));
}

/** A plain decimal number (`3`, `0.4`, `1e3`); anything else (``, `abc`, `0x10`) names the flag. */
function parseNumber(text: string, flag: string): number {
  if (!/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text)) {
    throw new Error(`${flag}: Must be a number, not "${text}"`);
  }
  return Number(text);
}
