import { withRoomInt32 } from './typed-array-capacity.ts';

const NONE = -1;

/**
 * Lists of members per owner, both dense integers (e.g. distinct ids per person), each member in
 * at most one list at a time. The links live in typed arrays indexed by owner and member, so a
 * list costs no object and removing a member from the middle is O(1). Lists keep append order.
 */
export class MemberLists {
  private head = new Int32Array(0);
  private tail = new Int32Array(0);
  private nextOf = new Int32Array(0);
  private previousOf = new Int32Array(0);

  /** Makes room for owners `0 … count - 1`; new owners have empty lists. */
  reserveOwners(count: number): void {
    this.head = withRoomInt32(this.head, count, NONE);
    this.tail = withRoomInt32(this.tail, count, NONE);
  }

  /** Makes room for members `0 … count - 1`. */
  reserveMembers(count: number): void {
    this.nextOf = withRoomInt32(this.nextOf, count, NONE);
    this.previousOf = withRoomInt32(this.previousOf, count, NONE);
  }

  /** The owner's first member, or -1 if the list is empty. */
  first(owner: number): number {
    return this.head[owner]!;
  }

  /** The member after `member` in its list, or -1 if it is the last. */
  next(member: number): number {
    return this.nextOf[member]!;
  }

  append(owner: number, member: number): void {
    const last = this.tail[owner]!;
    this.previousOf[member] = last;
    this.nextOf[member] = NONE;
    if (last === NONE) this.head[owner] = member;
    else this.nextOf[last] = member;
    this.tail[owner] = member;
  }

  /** Takes `member` out of `owner`'s list, which must hold it. */
  remove(owner: number, member: number): void {
    const previous = this.previousOf[member]!;
    const next = this.nextOf[member]!;
    if (previous === NONE) this.head[owner] = next;
    else this.nextOf[previous] = next;
    if (next === NONE) this.tail[owner] = previous;
    else this.previousOf[next] = previous;
  }
}
