import { z } from 'zod';
import { EmailSchema } from './server/services/user-input.ts';
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
  adminEmail: EmailSchema.optional(),
  adminPassword: z.string().min(10, 'must be at least 10 characters').optional(),
  // `auto`: serve and demo build the web app when web/dist is missing or older than web/src.
  webBuild: z.enum(['auto', 'off'], "must be 'auto' or 'off'").default('auto'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** The variable each setting comes from, to name it in errors. */
const ENV_NAMES: Record<string, string> = {
  adminEmail: 'JOURNEYLENS_ADMIN_EMAIL',
  adminPassword: 'JOURNEYLENS_ADMIN_PASSWORD',
  webBuild: 'JOURNEYLENS_WEB_BUILD',
};

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
    adminEmail: env.JOURNEYLENS_ADMIN_EMAIL || undefined,
    adminPassword: env.JOURNEYLENS_ADMIN_PASSWORD || undefined,
    webBuild: env.JOURNEYLENS_WEB_BUILD || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `${ENV_NAMES[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`)
      .join('\n  ');
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
    adminPassword: config.adminPassword ? '(set)' : undefined,
  };
}
