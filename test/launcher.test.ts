import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../bench/child.ts';

function exec(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: ROOT }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the journeylens launcher', () => {
  it('runs as an executable through its #! line, as npx and npm start run it', async () => {
    const { code, stdout, stderr } = await exec(join(ROOT, 'bin/journeylens.js'), ['--help']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const command of ['serve', 'demo', 'import', 'bench']) expect(stdout).toContain(command);
  });
});
