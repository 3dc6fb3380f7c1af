import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDuckDBStore } from './duckdb-store.ts';

it('keeps dashboards per workspace across a restart, and patches only the fields given', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'journeylens-dashboards-'));
  const path = join(dir, 'd.duckdb');
  try {
    const views = [{ id: 'v1', title: 'Revenue', spec: { type: 'kpi', metric: 'revenue' } }];
    const first = await openDuckDBStore(path);
    const made = await first.dashboards.create({
      id: 'd1',
      workspaceId: 'w1',
      name: 'Weekly',
      views,
      createdBy: 'Ola',
    });
    expect(made).toMatchObject({ id: 'd1', workspaceId: 'w1', name: 'Weekly', views, createdBy: 'Ola' });
    expect(await first.dashboards.update('w1', 'd1', { name: 'Monthly' })).toMatchObject({
      name: 'Monthly',
      views, // untouched
    });
    expect(await first.dashboards.update('w2', 'd1', { name: 'x' })).toBeNull(); // another workspace's
    await first.close();

    const second = await openDuckDBStore(path);
    expect((await second.dashboards.list('w1')).map((d) => [d.id, d.name, d.views])).toEqual([
      ['d1', 'Monthly', views],
    ]);
    expect(await second.dashboards.list('w2')).toEqual([]);
    expect(await second.dashboards.delete('w2', 'd1')).toBe(false);
    expect(await second.dashboards.delete('w1', 'd1')).toBe(true);
    expect(await second.dashboards.get('w1', 'd1')).toBeNull();
    await second.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
