import { describe, expect, it } from 'vitest';
import { MemberLists } from './member-lists.ts';

function membersOf(lists: MemberLists, owner: number): number[] {
  const members: number[] = [];
  for (let m = lists.first(owner); m !== -1; m = lists.next(m)) members.push(m);
  return members;
}

describe('MemberLists', () => {
  it('keeps each owner’s members in append order', () => {
    const lists = new MemberLists();
    lists.reserveOwners(2);
    lists.reserveMembers(4);
    lists.append(0, 2);
    lists.append(1, 3);
    lists.append(0, 0);
    lists.append(0, 1);
    expect(membersOf(lists, 0)).toEqual([2, 0, 1]);
    expect(membersOf(lists, 1)).toEqual([3]);
  });

  it('removes a member from the start, middle or end, and a re-added member goes last', () => {
    const lists = new MemberLists();
    lists.reserveOwners(1);
    lists.reserveMembers(4);
    for (const m of [0, 1, 2, 3]) lists.append(0, m);
    lists.remove(0, 1);
    expect(membersOf(lists, 0)).toEqual([0, 2, 3]);
    lists.remove(0, 0);
    lists.remove(0, 3);
    expect(membersOf(lists, 0)).toEqual([2]);
    lists.append(0, 0);
    expect(membersOf(lists, 0)).toEqual([2, 0]);
    lists.remove(0, 2);
    lists.remove(0, 0);
    expect(membersOf(lists, 0)).toEqual([]);
  });

  it('gives owners reserved later empty lists and keeps existing lists when growing', () => {
    const lists = new MemberLists();
    lists.reserveOwners(1);
    lists.reserveMembers(1);
    lists.append(0, 0);
    lists.reserveOwners(1000);
    lists.reserveMembers(1000);
    lists.append(999, 999);
    expect(membersOf(lists, 0)).toEqual([0]);
    expect(membersOf(lists, 500)).toEqual([]);
    expect(membersOf(lists, 999)).toEqual([999]);
  });
});
