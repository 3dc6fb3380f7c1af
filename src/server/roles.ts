import { z } from 'zod';
import type { UserRole } from '../store/store.ts';

/** Roles from least to most allowed: each can do everything the ones before it can. */
export const ROLES = ['viewer', 'editor', 'admin'] as const satisfies readonly UserRole[];
export const RoleSchema = z.enum(ROLES);

/** Whether `role` may do what `needed` may. Example: `hasRole('admin', 'editor') === true`. */
export function hasRole(role: UserRole, needed: UserRole): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
