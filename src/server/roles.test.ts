import { expect, it } from 'vitest';
import { hasRole, ROLES } from './roles.ts';

it('orders the roles viewer < editor < admin', () => {
  const table = ROLES.map((role) => ROLES.map((needed) => hasRole(role, needed)));
  expect(table).toEqual([
    [true, false, false], // viewer
    [true, true, false], // editor
    [true, true, true], // admin
  ]);
});
