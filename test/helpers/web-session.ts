import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../../src/server/password.ts';
import type { Store, UserRole } from '../../src/store/store.ts';

/** The `jl_session=…` pair of a response's Set-Cookie, ready to send back as a Cookie header. */
export function sessionCookie(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const line = (Array.isArray(header) ? header : [header]).find((c) => c?.startsWith('jl_session='));
  if (!line) throw new Error(`No session cookie in ${res.statusCode} ${res.body}`);
  return line.split(';')[0]!;
}

/** Signs in through the API; the Cookie header value of the new session. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`Sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  return sessionCookie(res);
}

export const PASSWORD = 'a-long-test-password';

/** A user of `role` straight in the store (password PASSWORD), signed in: their Cookie header. */
export async function userSession(
  app: FastifyInstance,
  store: Store,
  role: UserRole,
  workspaceId = 'default',
  email = `${role}@${workspaceId}.example.com`,
): Promise<string> {
  await store.users.create({
    id: `u-${role}-${workspaceId}`,
    workspaceId,
    email,
    name: `${role[0]!.toUpperCase()}${role.slice(1)} ${workspaceId}`,
    role,
    passwordHash: await hashPassword(PASSWORD),
  });
  return signIn(app, email, PASSWORD);
}
