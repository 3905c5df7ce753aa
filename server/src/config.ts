import path from 'node:path';
import { z } from 'zod';

/** Every setting the server reads, with its default. Documented in README "Settings". */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'phải bắt đầu bằng postgres:// hoặc postgresql://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(10),
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  PUBLIC_URL: z.string().url().optional(),
  /** Stored files (uploads, reports, exports). Default `${DATA_DIR}/files`; shared storage when several processes run. */
  FILES_DIR: z.string().min(1).optional(),
  /** Largest file an upload may carry, in MB. */
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(1024).default(20),
  /** Whether this process runs background jobs (imports, exports, reports). */
  JOB_RUNNER: z.enum(['on', 'off']).default('on'),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  JOB_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /** A running job whose heartbeat is older than this is taken to have lost its process and is queued again. */
  JOB_STALE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
});

export type Config = z.infer<typeof ConfigSchema> & { dataDir: string; filesDir: string };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = ConfigSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  - ${i.path.join('.')}: ${i.message} (giá trị: ${JSON.stringify(picked[String(i.path[0])])})`,
    );
    throw new ConfigError(`Cấu hình không hợp lệ / invalid configuration:\n${lines.join('\n')}`);
  }
  const dataDir = path.resolve(parsed.data.DATA_DIR);
  return {
    ...parsed.data,
    dataDir,
    filesDir: path.resolve(parsed.data.FILES_DIR ?? path.join(dataDir, 'files')),
  };
}
