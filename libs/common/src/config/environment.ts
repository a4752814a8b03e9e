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
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MinLength(16, { message: 'JWT_SECRET must be at least 16 characters' })
  JWT_SECRET?: string;
  @Matches(/^\d+[smhd]?$/, { message: 'TOKEN_TTL must be seconds or <n>s|m|h|d (e.g. 3600, 1h)' }) TOKEN_TTL: string =
    '1h';
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
  @Transform(toInt) @IsInt() @Min(100) DB_CONNECT_TIMEOUT_MS: number = 2000;
  @Transform(toInt) @IsInt() @Min(100) DB_STATEMENT_TIMEOUT_MS: number = 15000;
  @Transform(toInt) @IsInt() @Min(1) DB_POOL_SIZE: number = 10;
  @Transform(toInt) @IsInt() @Min(1) AUTH_MAX_FAILURES: number = 5;
  @Transform(toInt) @IsInt() @Min(1000) AUTH_FAILURE_WINDOW_MS: number = 60_000;
  @Transform(toInt) @IsInt() @Min(0) @Max(60_000) AUTH_USER_RECHECK_MS: number = 1000;
  @Transform(toInt) @IsInt() @Min(0) SHUTDOWN_GRACE_MS: number = 10_000;
  @IsString() CORS_ORIGIN: string = '*';
  // Image catalog (libs/images)
  @Transform(toInt) @IsInt() @Min(0) IMAGE_CATALOG_REFRESH_INTERVAL_MS: number = 60_000;
  @Transform(toInt) @IsInt() @Min(0) IMAGE_CATALOG_FRESHNESS_MS: number = 30_000;
  @Transform(toInt) @IsInt() @Min(0) IMAGE_CATALOG_MAX_WAIT_MS: number = 2_000;
  @Transform(toInt) @IsInt() @Min(1) IMAGE_HEADER_BATCH_SIZE: number = 256;
  @Transform(toInt) @IsOptional() @IsInt() @Min(1) IMAGE_HEADER_CONCURRENCY?: number;
  @Transform(toInt) @IsInt() @Min(100) IMAGE_HEADER_TIMEOUT_MS: number = 30_000;
  @Transform(toInt) @IsInt() @Min(1024) IMAGE_HEADER_MAX_OUTPUT_BYTES: number = 64 * 1024 * 1024;
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
}

export class InvalidConfigurationError extends Error {}

/** Validate raw environment values; throws one error listing every bad setting. */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const env = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
  if (!IANAZone.isValidZone(env.TZ)) problems.push(`TZ: '${env.TZ}' is not an IANA time zone (e.g. Asia/Seoul)`);
  if (env.DATABASE_URL && !env.JWT_SECRET) {
    problems.push('JWT_SECRET: required when DATABASE_URL is set (replicas must share it)');
  }
  if (problems.length > 0) {
    throw new InvalidConfigurationError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  if (env.DATA_DIR !== 'memory://') env.DATA_DIR = resolve(env.DATA_DIR);
  return env;
}
