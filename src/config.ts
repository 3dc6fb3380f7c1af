import { z } from 'zod';
import { DEFAULT_STORE } from './store/open-store.ts';

/**
 * Configuration, read once at start-up from flags and the environment (flags win) and validated,
 * so a bad value fails fast with a message saying what to set.
 */
const ConfigSchema = z.object({
  store: z.string().min(1).default(DEFAULT_STORE),
  port: z.coerce.number().int().min(0).max(65535).default(4000),
  host: z.string().default('127.0.0.1'),
  writeKey: z.string().min(8, 'JOURNEYLENS_WRITE_KEY must be at least 8 characters').optional(),
  adminToken: z.string().min(16, 'JOURNEYLENS_ADMIN_TOKEN must be at least 16 characters').optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(
  flags: { store?: string; port?: string | number; host?: string },
  env = process.env,
): Config {
  const parsed = ConfigSchema.safeParse({
    store: flags.store ?? env.JOURNEYLENS_STORE,
    port: flags.port ?? env.JOURNEYLENS_PORT ?? env.PORT,
    host: flags.host ?? env.JOURNEYLENS_HOST,
    writeKey: env.JOURNEYLENS_WRITE_KEY || undefined,
    adminToken: env.JOURNEYLENS_ADMIN_TOKEN || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
    throw new Error(`Invalid configuration:\n  ${problems}`);
  }
  return parsed.data;
}

/** The config as it may be logged: secrets replaced. */
export function redacted(config: Config): Record<string, unknown> {
  return {
    ...config,
    writeKey: config.writeKey ? '(set)' : undefined,
    adminToken: config.adminToken ? '(set)' : undefined,
  };
}
