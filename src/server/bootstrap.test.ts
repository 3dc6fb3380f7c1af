import { afterEach, expect, it } from 'vitest';
import { tempStore } from '../../test/helpers/temp-store.ts';
import { hashSecret } from './auth.ts';
import { bootstrap } from './bootstrap.ts';

let dispose: () => Promise<void> = async () => undefined;
afterEach(() => dispose());

it('generates a write key and an admin token once, on the first start only', async () => {
  const temp = await tempStore();
  dispose = temp.dispose;
  const first = await bootstrap(temp.store, {});
  expect(first.created.map((c) => c.kind)).toEqual(['write', 'admin']);
  expect(first.created[0]!.secret).toMatch(/^jlw_/);
  expect(first.created[1]!.secret).toMatch(/^jla_/);
  expect((await bootstrap(temp.store, {})).created).toEqual([]);
  expect((await temp.store.keys.findByHash(hashSecret(first.created[0]!.secret)))?.kind).toBe('write');
});

it('registers keys from the environment, and rotates them when the variable changes', async () => {
  const temp = await tempStore();
  dispose = temp.dispose;
  const boot = await bootstrap(temp.store, {
    writeKey: 'env-write-key-1',
    adminToken: 'env-admin-token-00001',
  });
  expect(boot.created).toEqual([]);
  expect((await temp.store.keys.findByHash(hashSecret('env-write-key-1')))?.kind).toBe('write');
  expect((await temp.store.keys.findByHash(hashSecret('env-admin-token-00001')))?.kind).toBe('admin');

  await bootstrap(temp.store, { writeKey: 'env-write-key-2', adminToken: 'env-admin-token-00001' });
  expect(await temp.store.keys.findByHash(hashSecret('env-write-key-1'))).toBeNull();
  expect((await temp.store.keys.findByHash(hashSecret('env-write-key-2')))?.kind).toBe('write');
  expect((await temp.store.keys.findByHash(hashSecret('env-admin-token-00001')))?.kind).toBe('admin');
});

it('refuses an environment key already registered as another kind', async () => {
  const temp = await tempStore();
  dispose = temp.dispose;
  await bootstrap(temp.store, { writeKey: 'same-secret-000000001' });
  await expect(bootstrap(temp.store, { adminToken: 'same-secret-000000001' })).rejects.toThrow(
    /already registered as a write key/,
  );
});
