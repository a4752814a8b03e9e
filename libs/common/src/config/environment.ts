import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { IANAZone } from 'luxon';
import { resolve } from 'node:path';
import { parseDuration } from './duration';
import { adminPasswordProblem, jwtSecretProblem } from './secret-strength';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const v = String(value).toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return value;
};
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** Every setting the API reads, validated at start (`.env.example` lists them). */
export class EnvironmentVariables {
  @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT: number = 3000;
  @IsString() HOST: string = '0.0.0.0';
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;
  @IsString() DATA_DIR: string = './data';
  /** Checked for strength (secret-strength.ts) on both databases. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  JWT_SECRET?: string;
  @Matches(/^\d+[smhd]?$/, { message: 'TOKEN_TTL must be seconds or <n>s|m|h|d (e.g. 3600, 1h)' }) TOKEN_TTL: string =
    '1h';
  /** The longest lifetime (exp − iat) a token may have; TOKEN_TTL must not exceed it. */
  @Matches(/^\d+[smhd]?$/, { message: 'TOKEN_MAX_TTL must be seconds or <n>s|m|h|d (e.g. 86400, 24h)' })
  TOKEN_MAX_TTL: string = '24h';
  @IsString() @Matches(/^[^@\s]+@[^@\s]+$/, { message: 'ADMIN_EMAIL must be an email address' }) ADMIN_EMAIL: string =
    'admin@zdm.local';
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MinLength(8, { message: 'ADMIN_PASSWORD must be at least 8 characters' })
  @MaxLength(128)
  ADMIN_PASSWORD?: string;
  @IsString() TZ: string = 'Asia/Seoul';
  /** Default `/ZConverter`; in demo mode, unset means a generated sample repository in DATA_DIR. */
  @IsOptional() @Transform(emptyToUndefined) @IsString() BACKUP_REPOSITORY_PATH?: string;
  @IsOptional() @Transform(emptyToUndefined) @IsString() IMAGE_HEADER_CLI?: string;
  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'DEMO must be true or false' }) DEMO?: boolean;
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL: string = 'info';
  @Transform(toInt) @IsInt() @Min(1024) BODY_LIMIT_BYTES: number = 1_048_576;
  /** Time to receive a whole request (headers and body); slower clients get 408 and are closed. */
  @Transform(toInt) @IsInt() @Min(100) HTTP_REQUEST_TIMEOUT_MS: number = 30_000;
  /** A connection with no traffic at all for this long is closed. */
  @Transform(toInt) @IsInt() @Min(100) HTTP_CONNECTION_TIMEOUT_MS: number = 60_000;
  /** An idle keep-alive connection is closed after this long. */
  @Transform(toInt) @IsInt() @Min(100) HTTP_KEEP_ALIVE_TIMEOUT_MS: number = 5_000;
  @Transform(toInt) @IsInt() @Min(100) DB_CONNECT_TIMEOUT_MS: number = 2000;
  @Transform(toInt) @IsInt() @Min(100) DB_STATEMENT_TIMEOUT_MS: number = 15000;
  @Transform(toInt) @IsInt() @Min(1) DB_POOL_SIZE: number = 10;
  /** A pooled PostgreSQL connection is replaced after this many seconds (0: never). */
  @Transform(toInt) @IsInt() @Min(0) DB_MAX_CONNECTION_LIFETIME_S: number = 1800;
  @Transform(toInt) @IsInt() @Min(1) AUTH_MAX_FAILURES: number = 5;
  @Transform(toInt) @IsInt() @Min(1000) AUTH_FAILURE_WINDOW_MS: number = 60_000;
  @Transform(toInt) @IsInt() @Min(0) @Max(60_000) AUTH_USER_RECHECK_MS: number = 1000;
  /**
   * Whether the client address comes from X-Forwarded-For: `false` (the socket's address), `true`
   * (any proxy), a hop count, or the proxies' addresses/CIDRs, comma-separated.
   */
  @IsString()
  @Matches(/^(true|false|\d+|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, {
    message: 'TRUST_PROXY must be true, false, a hop count or comma-separated proxy addresses/CIDRs',
  })
  TRUST_PROXY: string = 'false';
  @Transform(toInt) @IsInt() @Min(0) SHUTDOWN_GRACE_MS: number = 10_000;
  /** Origins allowed to call the API from a browser, comma-separated (`https://ui.example:8443`); empty: CORS off. */
  @IsString()
  @Matches(/^$|^https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*$/, {
    message: 'CORS_ORIGIN must be empty (CORS off) or comma-separated origins like https://ui.example (no *)',
  })
  CORS_ORIGIN: string = '';
  /** The API is reached over HTTPS (directly or through a proxy): adds CSP `upgrade-insecure-requests`. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'SERVED_OVER_HTTPS must be true or false' })
  SERVED_OVER_HTTPS?: boolean;
  // Image catalog (libs/images)
  @Transform(toInt) @IsInt() @Min(0) IMAGE_CATALOG_REFRESH_INTERVAL_MS: number = 60_000;
  @Transform(toInt) @IsInt() @Min(0) IMAGE_CATALOG_FRESHNESS_MS: number = 30_000;
  @Transform(toInt) @IsInt() @Min(0) IMAGE_CATALOG_MAX_WAIT_MS: number = 2_000;
  @Transform(toInt) @IsInt() @Min(1) IMAGE_HEADER_BATCH_SIZE: number = 1024;
  @Transform(toInt) @IsOptional() @IsInt() @Min(1) IMAGE_HEADER_CONCURRENCY?: number;
  @Transform(toInt) @IsInt() @Min(100) IMAGE_HEADER_TIMEOUT_MS: number = 30_000;
  @Transform(toInt) @IsInt() @Min(1024) IMAGE_HEADER_MAX_OUTPUT_BYTES: number = 64 * 1024 * 1024;
  // Agents and retention (libs/agents)
  @Transform(toInt) @IsInt() @Min(1000) AGENT_OFFLINE_AFTER_MS: number = 60_000;
  @Transform(toInt) @IsInt() @Min(1) @Max(100) AGENT_MAX_ACTIVE_RUNS: number = 1;
  @Transform(toBool) @IsBoolean({ message: 'RETENTION_ENFORCE must be true or false' }) RETENTION_ENFORCE: boolean =
    true;
  /** Demo mode runs the reference agent in-process for every demo server (default: on in demo mode). */
  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'DEMO_AGENTS must be true or false' }) DEMO_AGENTS?: boolean;
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'IMAGE_CATALOG_WATCH must be true or false' })
  IMAGE_CATALOG_WATCH?: boolean;
  @Transform(toInt) @IsInt() @Min(0) IMAGE_CATALOG_WATCHED_REFRESH_INTERVAL_MS: number = 3_600_000;
  /** Names of variables passed to the header CLI besides PATH, LANG and TZ (comma-separated). */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^\s*[A-Za-z_][A-Za-z0-9_]*(\s*,\s*[A-Za-z_][A-Za-z0-9_]*)*\s*$/, {
    message: 'IMAGE_HEADER_CLI_ENV must be a comma-separated list of variable names',
  })
  IMAGE_HEADER_CLI_ENV?: string;
  // Runs and the scheduler (libs/runs)
  @Transform(toBool) @IsBoolean({ message: 'SCHEDULER_ENABLED must be true or false' }) SCHEDULER_ENABLED: boolean =
    true;
  @Transform(toInt) @IsInt() @Min(100) @Max(3_600_000) SCHEDULER_TICK_MS: number = 1000;
  @Transform(toInt) @IsInt() @Min(1000) RUN_MAX_START_DELAY_MS: number = 3_600_000;
  @Transform(toInt) @IsInt() @Min(0) RUN_STALE_GRACE_MS: number = 3_600_000;
  @Transform(toInt) @IsInt() @Min(1000) RUN_LEASE_MS: number = 60_000;
  /** Notifications (spec §15): `smtp://user:pass@host:587` or `smtps://…`; unset: emails are written as `.eml` files. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;
  @IsString() @Matches(/^[^@\s]+@[^@\s]+$/, { message: 'MAIL_FROM must be an email address' }) MAIL_FROM: string =
    'zdm@localhost';
  @IsIn(['ko', 'en'], { message: 'NOTIFY_LANGUAGE must be ko or en' }) NOTIFY_LANGUAGE: 'ko' | 'en' = 'ko';
  @Transform(toBool)
  @IsBoolean({ message: 'NOTIFY_ALLOW_PRIVATE_TARGETS must be true or false' })
  NOTIFY_ALLOW_PRIVATE_TARGETS: boolean = false;
  /** How often each replica's delivery worker looks for due deliveries (0: never on its own). */
  @Transform(toInt) @IsInt() @Min(0) NOTIFY_INTERVAL_MS: number = 5_000;
  /** How often each replica checks for jobs gone stale and agents gone offline (0: never on its own). */
  @Transform(toInt) @IsInt() @Min(0) NOTIFY_CHECK_INTERVAL_MS: number = 60_000;
}

export class InvalidConfigurationError extends Error {}

/**
 * JWT_SECRET, when set (either database), must estimate at least 128 bits and not be a published
 * placeholder: a token forged with a guessable secret is an admin token. With DATABASE_URL it is
 * required (replicas must share it); the embedded default generates its own. ADMIN_PASSWORD, when
 * set, is never a placeholder or a common password, and outside the demo at least 12 characters.
 * TOKEN_TTL stays within TOKEN_MAX_TTL.
 */
function secretProblems(env: EnvironmentVariables): string[] {
  const problems: string[] = [];
  const duration = /^\d+[smhd]?$/;
  if (duration.test(env.TOKEN_TTL) && duration.test(env.TOKEN_MAX_TTL)) {
    if (parseDuration(env.TOKEN_TTL) > parseDuration(env.TOKEN_MAX_TTL)) {
      problems.push(`TOKEN_TTL: ${env.TOKEN_TTL} is longer than TOKEN_MAX_TTL (${env.TOKEN_MAX_TTL})`);
    }
  }
  if (env.JWT_SECRET !== undefined) {
    const problem = jwtSecretProblem(env.JWT_SECRET);
    if (problem) problems.push(`JWT_SECRET: ${problem}`);
  } else if (env.DATABASE_URL) {
    problems.push(
      'JWT_SECRET: required when DATABASE_URL is set (replicas must share it); generate one with `openssl rand -hex 32`',
    );
  }
  if (env.ADMIN_PASSWORD !== undefined) {
    const demo = env.DEMO ?? !env.DATABASE_URL;
    const problem = adminPasswordProblem(env.ADMIN_PASSWORD, demo);
    if (problem) problems.push(`ADMIN_PASSWORD: ${problem}`);
  }
  return problems;
}

/** Validate raw environment values; throws one error listing every bad setting. */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const env = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
  if (!IANAZone.isValidZone(env.TZ)) problems.push(`TZ: '${env.TZ}' is not an IANA time zone (e.g. Asia/Seoul)`);
  problems.push(...secretProblems(env));
  if (problems.length > 0) {
    throw new InvalidConfigurationError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  if (env.DATA_DIR !== 'memory://') env.DATA_DIR = resolve(env.DATA_DIR);
  return env;
}
