import { expect, it } from 'vitest';
import { idsByWorkspace } from './ids-by-workspace.ts';

it('groups ids by workspace, each id once, in first-seen order', () => {
  const grouped = idsByWorkspace([
    ['w1', 'a'],
    ['w2', 'a'],
    ['w1', 'b'],
    ['w1', 'a'],
  ]);
  expect([...grouped]).toEqual([
    ['w1', ['a', 'b']],
    ['w2', ['a']],
  ]);
});
