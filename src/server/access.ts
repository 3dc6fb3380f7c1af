import type { FastifyRequest } from 'fastify';
import type { KeyRecord, Store, UserRecord, UserRole } from '../store/store.ts';
import { authenticateReader, hashSecret } from './auth.ts';
import { HttpError } from './errors.ts';
import { hasRole } from './roles.ts';
import { sessionToken } from './session.ts';

/** Who is calling, as far as permissions go: a signed-in user or an API token. */
export interface Principal {
  workspaceId: string;
  role: UserRole;
  /** Shown as a version's author or a share link's creator: the user's or the token's name. */
  name: string;
  /** The signed-in user; null for API tokens. */
  user: UserRecord | null;
  /** The API token; null for signed-in users. */
  key: KeyRecord | null;
  /** Hash of the session token, when signed in. */
  sessionHash: string | null;
}

/** A read token acts as a viewer and an admin token as an admin; write keys never get this far. */
const TOKEN_ROLE: Record<'read' | 'admin', UserRole> = { read: 'viewer', admin: 'admin' };

/**
 * Authentication and roles for the `/api/v1` routes: an `Authorization: Bearer` token (read or
 * admin) or the session cookie of a signed-in user. The role check happens here, in the API,
 * whatever the UI shows.
 */
export class Access {
  constructor(
    readonly store: Store,
    private readonly clock: () => Date,
  ) {}

  /** The caller, or 401 when there is neither a valid token nor a live session. */
  async authenticate(request: FastifyRequest): Promise<Principal> {
    if (request.headers.authorization !== undefined) {
      const key = await authenticateReader(this.store, request);
      const role = TOKEN_ROLE[key.kind as 'read' | 'admin'];
      return { workspaceId: key.workspaceId, role, name: key.name, user: null, key, sessionHash: null };
    }
    return this.authenticateSession(request);
  }

  /** The signed-in user (by the session cookie only), or 401. */
  async authenticateSession(request: FastifyRequest): Promise<Principal> {
    const token = sessionToken(request);
    if (token === undefined) {
      throw new HttpError(
        401,
        'unauthorized',
        'Sign in, or send "Authorization: Bearer <read or admin token>".',
      );
    }
    const sessionHash = hashSecret(token);
    const user = await this.store.sessions.findUser(sessionHash, this.clock());
    if (!user) throw new HttpError(401, 'unauthorized', 'Your session has ended; sign in again.');
    return { workspaceId: user.workspaceId, role: user.role, name: user.name, user, key: null, sessionHash };
  }

  /** The caller if their role is at least `needed`, else 403 naming the role needed. */
  async require(request: FastifyRequest, needed: UserRole): Promise<Principal> {
    const who = await this.authenticate(request);
    if (!hasRole(who.role, needed)) {
      const role = `${who.role === 'viewer' ? 'a' : 'an'} ${who.role}`;
      const as = who.key ? `this ${who.key.kind} token acts as ${role}` : `you are ${role}`;
      throw new HttpError(403, 'forbidden', `This needs the ${needed} role; ${as}.`, {
        neededRole: needed,
        role: who.role,
      });
    }
    return who;
  }
}
