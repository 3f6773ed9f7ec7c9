import { defaultMinimumCellSize, lowestMinimumCellSize } from '@mobilis/schema';
import { z } from 'zod';

const LogLevelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** Every setting of the server. This module is the only reader of process.env. */

/**
 * Which proxies' X-Forwarded-For and X-Forwarded-Proto to believe: `false`; `true`, the one proxy in front; a number of
 * proxies in a row; or the proxies' addresses (or CIDR ranges), separated by commas. Believing every hop would let a
 * client write its own address in front of the one the proxy appends (nginx's default) and slip past the limits.
 */
const trustProxySetting = z
  .string()
  .default('false')
  .transform((value, context): false | number | string => {
    const setting = value.trim();
    if (setting === 'false') return false;
    if (setting === 'true') return 1;
    if (/^\d+$/.test(setting) && Number(setting) >= 1 && Number(setting) <= 10) return Number(setting);
    const addresses = setting.split(',').map((address) => address.trim());
    if (addresses.every((address) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(address)))
      return addresses.join(',');
    context.addIssue({
      code: 'custom',
      message:
        'must be false, true (one proxy in front), a number of proxies (1 to 10), or their addresses separated by commas',
    });
    return z.NEVER;
  });

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    HOST: z.string().min(1).default('localhost'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// connection string' })
      .optional(),
    /** A streaming replica of DATABASE_URL's server, for lists and analytics. */
    DATABASE_READ_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// connection string' })
      .optional(),
    MOBILIS_DATA_DIR: z.string().min(1).default('.mobilis/data'),
    MOBILIS_WEB_DIR: z.string().min(1).optional(),
    LOG_LEVEL: LogLevelSchema.default('info'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    MOBILIS_PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
      .optional(),
    TRUST_PROXY: trustProxySetting,
    SESSION_TTL_HOURS: z.coerce
      .number()
      .min(0.1)
      .max(24 * 30)
      .default(12),
    MOBILIS_ADMIN_EMAIL: z.email({ error: 'must be an email address' }).optional(),
    MOBILIS_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// address' }).optional(),
    MAIL_FROM: z.string().min(3).default('Mobilis <no-reply@localhost>'),
    SURVEY_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
    MOBILIS_ADMIN_SECOND_FACTOR: z.enum(['required', 'optional']).default('required'),
    METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
    IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
    OUTBOX_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
    MOBILIS_MIN_CELL_SIZE: z.coerce
      .number()
      .int()
      .min(
        lowestMinimumCellSize,
        `must be at least ${lowestMinimumCellSize}: smaller groups could identify a participant`,
      )
      .max(100)
      .default(defaultMinimumCellSize),
    MOBILIS_DEMO: z.stringbool({ error: 'must be true or false' }).default(false),
    MOBILIS_DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').default('erasmus-demo-2027'),
  })
  .refine((env) => !env.DATABASE_READ_URL || env.DATABASE_URL, {
    path: ['DATABASE_READ_URL'],
    message: 'needs DATABASE_URL: a replica is of a PostgreSQL server, not of the embedded database',
  })
  .refine((env) => Boolean(env.MOBILIS_ADMIN_EMAIL) === Boolean(env.MOBILIS_ADMIN_PASSWORD), {
    path: ['MOBILIS_ADMIN_PASSWORD'],
    message: 'MOBILIS_ADMIN_EMAIL and MOBILIS_ADMIN_PASSWORD must be set together',
  });

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses the environment; an empty string counts as unset. Throws EnvError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(present);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
}
