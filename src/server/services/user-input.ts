import { z } from 'zod';
import { RoleSchema } from '../roles.ts';

/**
 * An e-mail address, trimmed and lower-cased so `Ola@Example.com` and `ola@example.com` are one
 * account. Loose on purpose (one "@", no spaces): `admin@localhost` is a valid sign-in name.
 */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Must be at most 254 characters')
  .regex(/^[^\s@]+@[^\s@]+$/, 'Must be an e-mail address');

/** At least 10 characters (length beats complexity rules); capped to bound the hashing work. */
export const PasswordSchema = z
  .string()
  .min(10, 'Must be at least 10 characters')
  .max(1024, 'Must be at most 1024 characters');

const UserNameSchema = z
  .string()
  .trim()
  .min(1, 'Must not be blank')
  .max(200, 'Must be at most 200 characters');

export const NewUserSchema = z.strictObject({
  email: EmailSchema,
  name: UserNameSchema,
  role: RoleSchema,
  password: PasswordSchema,
});
export type NewUserInput = z.infer<typeof NewUserSchema>;

export const UserPatchSchema = z
  .strictObject({
    name: UserNameSchema.optional(),
    role: RoleSchema.optional(),
    password: PasswordSchema.optional(),
  })
  .refine((p) => p.name !== undefined || p.role !== undefined || p.password !== undefined, {
    message: 'Give at least one of name, role, password',
  });
export type UserPatchInput = z.infer<typeof UserPatchSchema>;

export const LoginSchema = z.strictObject({
  email: z.string().max(254, 'Must be at most 254 characters'),
  password: z.string().max(1024, 'Must be at most 1024 characters'),
  /** Slug or id of the workspace, for an address with accounts in several. */
  workspace: z.string().max(128).optional(),
});
