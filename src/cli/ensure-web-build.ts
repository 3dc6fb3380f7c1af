import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** The web app's folder (web/ at the package root) and what its build is made from. */
export const WEB_DIR = fileURLToPath(new URL('../../web', import.meta.url));
const MODEL_DIR = fileURLToPath(new URL('../model', import.meta.url));

export interface WebBuildPaths {
  /** web/: index.html, vite.config.ts, src/. */
  webDir: string;
  /** The built app the server serves (web/dist). */
  distDir: string;
  /** Files and folders whose changes call for a new build. */
  sources: string[];
}

/** The paths of the app in this checkout: the bundle includes the model's templates and texts. */
export function webBuildPaths(webDir = WEB_DIR, extraSources = [MODEL_DIR]): WebBuildPaths {
  return {
    webDir,
    distDir: join(webDir, 'dist'),
    sources: [
      join(webDir, 'src'),
      join(webDir, 'index.html'),
      join(webDir, 'vite.config.ts'),
      ...extraSources,
    ],
  };
}

/** Newest modification time (ms) of any file under `paths`; 0 when none exists. */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      return; // deleted while walking, or never there
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else if (stat.mtimeMs > newest) newest = stat.mtimeMs;
  };
  for (const path of paths) visit(path);
  return newest;
}

export type WebBuildState = 'fresh' | 'missing' | 'stale' | 'no-sources';

/**
 * Whether web/dist can be served as it is: `missing` (never built), `stale` (a source changed
 * after the build started), `fresh`, or `no-sources` (an install without web/src: serve what is there).
 */
export function webBuildState(paths: WebBuildPaths): WebBuildState {
  const sources = newestMtime(paths.sources);
  const index = join(paths.distDir, 'index.html');
  if (!existsSync(index)) return sources === 0 ? 'no-sources' : 'missing';
  if (sources === 0) return 'no-sources';
  return statSync(index).mtimeMs >= sources ? 'fresh' : 'stale';
}

/** Runs the bundler: writes the app into `outDir`. */
export type WebBuilder = (paths: WebBuildPaths, outDir: string) => Promise<void>;

/** Vite, loaded only when a build is needed (it is a dev dependency and slow to import). */
export const viteBuilder: WebBuilder = async (paths, outDir) => {
  const { build } = await import('vite');
  await build({
    configFile: join(paths.webDir, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
};

export interface EnsureWebBuildOptions {
  /** `off`: never build, serve web/dist if it is there (JOURNEYLENS_WEB_BUILD=off). */
  mode?: 'auto' | 'off';
  paths?: WebBuildPaths;
  builder?: WebBuilder;
  log?: (line: string) => void;
  /** How long to wait for another process's build before building anyway. */
  lockTimeoutMs?: number;
}

const REASON: Record<'missing' | 'stale', string> = {
  missing: 'web/dist is missing',
  stale: 'web/src changed since the last build',
};

/**
 * Makes web/dist current before the server starts, and returns the folder to serve (null: no
 * web app, the server shows its status page instead). Builds only when web/dist is missing or
 * older than its sources, so a normal start costs a directory walk.
 *
 * Safe with several servers starting at once (tests do): one process builds under a lock folder
 * while the others wait, and the build goes to a temporary folder that replaces web/dist in one
 * rename, so no server ever serves a half-written app. A build that fails is logged and the
 * previous build (if any) is served: a broken UI must not take the API down with it.
 */
export async function ensureWebBuild(opts: EnsureWebBuildOptions = {}): Promise<string | null> {
  const paths = opts.paths ?? webBuildPaths();
  const log = opts.log ?? ((line: string) => console.log(line));
  const builder = opts.builder ?? viteBuilder;
  const served = () => (existsSync(join(paths.distDir, 'index.html')) ? paths.distDir : null);

  if (opts.mode === 'off') return served();
  let state = webBuildState(paths);
  if (state === 'fresh' || state === 'no-sources') return served();

  const lock = `${paths.distDir}.lock`;
  const acquired = await acquireLock(lock, opts.lockTimeoutMs ?? 120_000);
  try {
    state = webBuildState(paths); // another process may have built it while we waited
    if (state === 'fresh' || state === 'no-sources') return served();
    log(`Building the web app (${REASON[state]})…`);
    const started = Date.now();
    const outDir = `${paths.distDir}.building-${process.pid}`;
    try {
      await builder(paths, outDir);
      // Stamp the build with its start: a source saved during the build is newer, so stale.
      utimesSync(join(outDir, 'index.html'), started / 1000, started / 1000);
      replaceDir(outDir, paths.distDir);
      log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s → ${paths.distDir}`);
    } catch (err) {
      rmSync(outDir, { recursive: true, force: true });
      const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
      log(
        `Could not build the web app: ${message}\n` +
          `  ${served() ? 'Serving the previous build' : 'Serving the API only'}; run \`npm run build:web\` to see the whole error.`,
      );
    }
    return served();
  } finally {
    if (acquired) rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Takes the lock folder, waiting while another process holds it. After `timeoutMs` the lock is
 * taken to be left by a process that died mid-build: it is removed and taken once more, and if
 * that fails too the build goes ahead without it (returns false).
 */
async function acquireLock(lock: string, timeoutMs: number): Promise<boolean> {
  const tryTake = () => {
    try {
      mkdirSync(lock);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      return false;
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (tryTake()) return true;
    await sleep(100);
  }
  rmSync(lock, { recursive: true, force: true });
  return tryTake();
}

/** Puts `from` in place of `to` with renames only, so `to` is whole at every moment but one rename. */
function replaceDir(from: string, to: string): void {
  const old = `${to}.old-${process.pid}`;
  if (existsSync(to)) renameSync(to, old);
  renameSync(from, to);
  rmSync(old, { recursive: true, force: true });
}
