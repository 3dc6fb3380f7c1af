import { afterEach, describe, expect, it } from 'vitest';
import { tempStore } from '../../test/helpers/temp-store.ts';
import { loadConfig } from '../config.ts';
import type { Store } from '../store/store.ts';
import { hashSecret } from './auth.ts';
import { bootstrap } from './bootstrap.ts';
import { printKeys } from './serve.ts';
import { checkCredentials } from './services/user-service.ts';

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

it('refuses to bring back an environment key that was revoked', async () => {
  const temp = await tempStore();
  dispose = temp.dispose;
  await bootstrap(temp.store, { writeKey: 'env-write-key-1' });
  const key = await temp.store.keys.findByHash(hashSecret('env-write-key-1'));
  await temp.store.keys.revoke('default', key!.id);
  await expect(bootstrap(temp.store, { writeKey: 'env-write-key-1' })).rejects.toThrow(
    'The write key in JOURNEYLENS_WRITE_KEY was revoked; set a new value.',
  );
  expect(await temp.store.keys.findByHash(hashSecret('env-write-key-1'))).toBeNull();
});

describe('the first admin user', () => {
  const signInAs = (store: Store, email: string, password: string) =>
    checkCredentials(store, { email, password });

  it('is admin@localhost with a generated password, returned once, on the first start', async () => {
    const temp = await tempStore();
    dispose = temp.dispose;
    const first = await bootstrap(temp.store, {});
    expect(first.adminUser).toEqual({
      email: 'admin@localhost',
      password: expect.stringMatching(/^[\w-]{16}$/),
    });
    const user = await signInAs(temp.store, 'admin@localhost', first.adminUser!.password!);
    expect(user).toMatchObject({ email: 'admin@localhost', role: 'admin', workspaceId: 'default' });
    expect((await bootstrap(temp.store, {})).adminUser).toBeNull();
    expect(await temp.store.users.list('default')).toHaveLength(1);

    const lines: string[] = [];
    printKeys(first, 'http://localhost:4000', (l) => lines.push(l));
    expect(lines).toContain(
      `  Admin sign-in             : admin@localhost / ${first.adminUser!.password}   (shown once)`,
    );
  });

  it('takes the address and password from the environment, and follows a changed password', async () => {
    const temp = await tempStore();
    dispose = temp.dispose;
    const given = { adminEmail: 'ops@example.com', adminPassword: 'first-password-1' };
    expect((await bootstrap(temp.store, given)).adminUser).toEqual({
      email: 'ops@example.com',
      password: null,
    });
    expect(await signInAs(temp.store, 'ops@example.com', 'first-password-1')).not.toBeNull();
    expect((await bootstrap(temp.store, given)).adminUser).toBeNull();

    const rotated = await bootstrap(temp.store, { ...given, adminPassword: 'second-password-2' });
    expect(rotated.adminUser).toEqual({ email: 'ops@example.com', password: null });
    expect(await signInAs(temp.store, 'ops@example.com', 'first-password-1')).toBeNull();
    expect(await signInAs(temp.store, 'ops@example.com', 'second-password-2')).not.toBeNull();
    expect((await temp.store.users.list('default')).map((u) => u.email)).toEqual(['ops@example.com']);
  });

  it('needs a JOURNEYLENS_ADMIN_PASSWORD of at least 10 characters and a real address', () => {
    expect(() => loadConfig({}, { JOURNEYLENS_ADMIN_PASSWORD: 'short' })).toThrow(
      /JOURNEYLENS_ADMIN_PASSWORD: must be at least 10 characters/,
    );
    expect(() => loadConfig({}, { JOURNEYLENS_ADMIN_EMAIL: 'not an address' })).toThrow(
      /JOURNEYLENS_ADMIN_EMAIL/,
    );
    expect(loadConfig({}, { JOURNEYLENS_ADMIN_EMAIL: 'Ops@Example.com' }).adminEmail).toBe('ops@example.com');
  });
});
