import { randomUUID } from 'node:crypto';
import type { Store, UserRecord } from '../../store/store.ts';
import type { Principal } from '../access.ts';
import { HttpError } from '../errors.ts';
import { hashPassword, verifyPassword } from '../password.ts';
import { EmailSchema, type NewUserInput, type UserPatchInput } from './user-input.ts';

/** A user as the API shows it: never the password hash. */
export function publicUser(u: UserRecord) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    workspaceId: u.workspaceId,
    createdAt: u.createdAt.toISOString(),
  };
}

/** Accounts with the same address in more workspaces than this are not all tried at sign-in. */
const MAX_ACCOUNTS_TRIED = 5;

let dummyHash: Promise<string> | undefined;

/**
 * The user whose address and password these are, or null. Unknown addresses cost one hash too,
 * so the time taken does not tell whether an address has an account. With `workspace` (slug or
 * id), only that workspace's account is tried; else each of the address's accounts, oldest
 * workspace first.
 */
export async function checkCredentials(
  store: Store,
  input: { email: string; password: string; workspace?: string | undefined },
): Promise<UserRecord | null> {
  const email = EmailSchema.safeParse(input.email);
  let accounts = email.success ? await store.users.credentials(email.data) : [];
  if (input.workspace !== undefined) {
    const ws =
      (await store.workspaces.bySlug(input.workspace)) ?? (await store.workspaces.get(input.workspace));
    accounts = accounts.filter((a) => a.user.workspaceId === ws?.id);
  }
  if (accounts.length === 0) {
    dummyHash ??= hashPassword('not a password of anyone');
    await verifyPassword(input.password, await dummyHash);
    return null;
  }
  for (const { user, passwordHash } of accounts.slice(0, MAX_ACCOUNTS_TRIED)) {
    if (await verifyPassword(input.password, passwordHash)) return user;
  }
  return null;
}

export async function createUser(
  store: Store,
  workspaceId: string,
  input: NewUserInput,
): Promise<UserRecord> {
  const user = await store.users.create({
    id: randomUUID(),
    workspaceId,
    email: input.email,
    name: input.name,
    role: input.role,
    passwordHash: await hashPassword(input.password),
  });
  if (!user) throw new HttpError(409, 'email_taken', `This workspace already has a user ${input.email}.`);
  return user;
}

async function existing(store: Store, workspaceId: string, id: string): Promise<UserRecord> {
  const user = await store.users.get(workspaceId, id);
  if (!user) throw new HttpError(404, 'not_found', `No user has the id "${id}".`);
  return user;
}

/** Refuses to leave the workspace without an admin (nobody could manage users or keys then). */
async function keepAnAdmin(store: Store, user: UserRecord): Promise<void> {
  if (user.role !== 'admin') return;
  const admins = (await store.users.list(user.workspaceId)).filter((u) => u.role === 'admin');
  if (admins.length <= 1) {
    throw new HttpError(
      409,
      'last_admin',
      'This is the workspace’s only admin; make another user admin first.',
    );
  }
}

/**
 * Changes a user's name, role or password. A new password ends the user's other sessions
 * (someone who knew the old one is signed out), keeping the caller's own.
 */
export async function updateUser(
  store: Store,
  who: Principal,
  id: string,
  patch: UserPatchInput,
): Promise<UserRecord> {
  const user = await existing(store, who.workspaceId, id);
  if (patch.role !== undefined && patch.role !== 'admin') await keepAnAdmin(store, user);
  const updated = await store.users.update(who.workspaceId, id, {
    name: patch.name,
    role: patch.role,
    passwordHash: patch.password === undefined ? undefined : await hashPassword(patch.password),
  });
  if (!updated) throw new HttpError(404, 'not_found', `No user has the id "${id}".`);
  if (patch.password !== undefined) {
    await store.sessions.revokeForUser(who.workspaceId, id, who.sessionHash ?? undefined);
  }
  return updated;
}

export async function deleteUser(store: Store, who: Principal, id: string): Promise<void> {
  const user = await existing(store, who.workspaceId, id);
  await keepAnAdmin(store, user);
  await store.users.delete(who.workspaceId, id);
}
