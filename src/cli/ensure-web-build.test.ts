import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import {
  ensureWebBuild,
  type WebBuilder,
  type WebBuildPaths,
  webBuildPaths,
  webBuildState,
} from './ensure-web-build.ts';

let dir: string;
let paths: WebBuildPaths;
let builds: number;
let lines: string[];

/** A stand-in for Vite: writes index.html saying which build it is. */
const fakeBuilder: WebBuilder = async (_paths, outDir) => {
  builds++;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), `build ${builds}`);
};

const setMtime = (path: string, secondsAgo: number) => {
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(path, t, t);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'journeylens-web-build-'));
  mkdirSync(join(dir, 'web', 'src'), { recursive: true });
  writeFileSync(join(dir, 'web', 'src', 'main.tsx'), 'x');
  writeFileSync(join(dir, 'web', 'index.html'), '<html>');
  paths = webBuildPaths(join(dir, 'web'), []);
  builds = 0;
  lines = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (opts: Parameters<typeof ensureWebBuild>[0] = {}) =>
  ensureWebBuild({ paths, builder: fakeBuilder, log: (l) => lines.push(l), ...opts });

describe('ensureWebBuild', () => {
  it('builds when web/dist is missing, and says why', async () => {
    expect(webBuildState(paths)).toBe('missing');
    expect(await run()).toBe(paths.distDir);
    expect(builds).toBe(1);
    expect(readFileSync(join(paths.distDir, 'index.html'), 'utf8')).toBe('build 1');
    expect(lines[0]).toBe('Building the web app (web/dist is missing)…');
    expect(lines[1]).toMatch(/^Web app built in \d+\.\d s/);
    expect(webBuildState(paths)).toBe('fresh');
  });

  it('does not build again while the sources are older than the build', async () => {
    // File times tick coarsely (a few ms on Linux): a build right after the write could share it.
    for (const source of ['src/main.tsx', 'index.html']) setMtime(join(dir, 'web', source), 10);
    await run();
    expect(await run()).toBe(paths.distDir);
    expect(builds).toBe(1);
  });

  it('rebuilds when a source changed after the build', async () => {
    await run();
    setMtime(join(paths.distDir, 'index.html'), 60);
    writeFileSync(join(dir, 'web', 'src', 'main.tsx'), 'changed');
    expect(webBuildState(paths)).toBe('stale');
    await run();
    expect(builds).toBe(2);
    expect(lines).toContain('Building the web app (web/src changed since the last build)…');
    expect(readFileSync(join(paths.distDir, 'index.html'), 'utf8')).toBe('build 2');
    // no temporary or old folders are left behind
    expect(existsSync(`${paths.distDir}.lock`)).toBe(false);
    expect(existsSync(`${paths.distDir}.old-${process.pid}`)).toBe(false);
  });

  it('builds once when several servers start together', async () => {
    await Promise.all([run(), run(), run()]);
    expect(builds).toBe(1);
  });

  it('keeps serving the previous build when a build fails', async () => {
    await run();
    setMtime(join(paths.distDir, 'index.html'), 60);
    const failing: WebBuilder = async () => {
      throw new Error('Transform failed: main.tsx:1:1 unexpected token');
    };
    expect(await run({ builder: failing })).toBe(paths.distDir);
    expect(lines.at(-1)).toContain('Could not build the web app: Transform failed');
    expect(lines.at(-1)).toContain('Serving the previous build');
    expect(readFileSync(join(paths.distDir, 'index.html'), 'utf8')).toBe('build 1');
  });

  it('serves the API only when the first build fails', async () => {
    const failing: WebBuilder = async () => {
      throw new Error('Cannot find package "vite"');
    };
    expect(await run({ builder: failing })).toBeNull();
    expect(lines.at(-1)).toContain('Serving the API only');
  });

  it('never builds with mode "off", but serves an existing build', async () => {
    expect(await run({ mode: 'off' })).toBeNull();
    await run();
    setMtime(join(paths.distDir, 'index.html'), 60);
    writeFileSync(join(dir, 'web', 'src', 'main.tsx'), 'changed');
    expect(await run({ mode: 'off' })).toBe(paths.distDir);
    expect(builds).toBe(1);
  });

  it('serves a build without sources as it is (an install without web/src)', async () => {
    rmSync(join(dir, 'web', 'src'), { recursive: true });
    rmSync(join(dir, 'web', 'index.html'));
    expect(webBuildState(paths)).toBe('no-sources');
    expect(await run()).toBeNull();
    expect(builds).toBe(0);
  });

  it('takes over a lock left by a process that died while building', async () => {
    mkdirSync(`${paths.distDir}.lock`);
    expect(await run({ lockTimeoutMs: 200 })).toBe(paths.distDir);
    expect(builds).toBe(1);
  });
});

describe('JOURNEYLENS_WEB_BUILD', () => {
  it('is auto unless set to off, and anything else is refused by name', () => {
    expect(loadConfig({}, {}).webBuild).toBe('auto');
    expect(loadConfig({}, { JOURNEYLENS_WEB_BUILD: 'off' }).webBuild).toBe('off');
    expect(() => loadConfig({}, { JOURNEYLENS_WEB_BUILD: 'sometimes' })).toThrow(
      /JOURNEYLENS_WEB_BUILD: must be 'auto' or 'off'/,
    );
  });
});
