import { expect, it } from 'vitest';
import { hashPassword, SCRYPT_PARAMS, verifyPassword } from './password.ts';

it('hashes with scrypt and a random salt, in the documented encoding', async () => {
  const a = await hashPassword('correct horse battery');
  const b = await hashPassword('correct horse battery');
  expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  expect(SCRYPT_PARAMS).toEqual({ N: 32768, r: 8, p: 1 });
  expect(a).not.toBe(b); // salted
  expect(a).not.toContain('correct');
});

it('verifies the right password only', async () => {
  const hash = await hashPassword('zażółć gęślą jaźń');
  expect(await verifyPassword('zażółć gęślą jaźń', hash)).toBe(true);
  expect(await verifyPassword('zażółć gęślą jaźn', hash)).toBe(false);
  expect(await verifyPassword('', hash)).toBe(false);
});

it('refuses malformed hashes and parameters that would make verification too costly', async () => {
  const hash = await hashPassword('correct horse battery');
  const [, , , , salt, key] = hash.split('$');
  expect(await verifyPassword('correct horse battery', 'plain')).toBe(false);
  expect(await verifyPassword('correct horse battery', `bcrypt$32768$8$1$${salt}$${key}`)).toBe(false);
  expect(await verifyPassword('correct horse battery', `scrypt$3000$8$1$${salt}$${key}`)).toBe(false);
  expect(await verifyPassword('correct horse battery', `scrypt$${2 ** 24}$8$1$${salt}$${key}`)).toBe(false);
  expect(await verifyPassword('correct horse battery', `scrypt$32768$8$1$${salt}$`)).toBe(false);
});
