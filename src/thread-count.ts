import { availableParallelism } from 'node:os';

/**
 * A thread count from the environment variable `name` (a whole number from `min` to 64), else
 * `fallback(cores)`. A bad value throws, naming the variable, rather than being ignored.
 */
export function threadsFromEnv(
  env: NodeJS.ProcessEnv,
  name: string,
  min: number,
  fallback: (cores: number) => number,
): number {
  const configured = env[name];
  if (configured === undefined || configured === '') return fallback(availableParallelism());
  const n = Number(configured);
  if (!Number.isInteger(n) || n < min || n > 64) {
    throw new Error(`${name} must be a whole number from ${min} to 64, not "${configured}"`);
  }
  return n;
}
