import { embeddedJwtSecret } from './embedded-jwt-secret';
import { cpus, tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDuration } from './duration';
import { EnvironmentVariables } from './environment';

/** The repository root (where package.json is), from source or from dist/. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) || existsSync(join(dir, 'libs')) === false) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** Where the project's reference header CLI is built (`npm run build:cli`). */
export const REFERENCE_HEADER_CLI = join(projectRoot(), 'libs/images/reference-cli/bin/zia-header');

/**
 * The validated, typed configuration every module injects. Derived settings (embedded or real
 * database, demo mode, token lifetime in seconds) are decided here, once.
 */
export class AppConfig {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly embeddedDatabase: boolean;
  readonly jwtSecret: string;
  readonly jwtSecretGenerated: boolean;
  readonly tokenTtlSeconds: number;
  /** Tokens whose lifetime (exp − iat) is longer are refused. */
  readonly tokenMaxTtlSeconds: number;
  readonly adminEmail: string;
  readonly adminPassword?: string;
  readonly timeZone: string;
  readonly backupRepositoryPath: string;
  /** True when demo mode generated the repository (BACKUP_REPOSITORY_PATH unset). */
  readonly demoRepository: boolean;
  readonly imageHeaderCli: string;
  readonly demo: boolean;
  readonly logLevel: string;
  readonly bodyLimitBytes: number;
  readonly http: { requestTimeoutMs: number; connectionTimeoutMs: number; keepAliveTimeoutMs: number };
  readonly dbConnectTimeoutMs: number;
  readonly dbStatementTimeoutMs: number;
  readonly dbPoolSize: number;
  readonly dbMaxConnectionLifetimeSeconds: number;
  readonly authMaxFailures: number;
  readonly authFailureWindowMs: number;
  /** How long a user the guard found is trusted to still exist (a deleted user's tokens fail after at most this). */
  readonly authUserRecheckMs: number;
  readonly shutdownGraceMs: number;
  /** Fastify's `trustProxy`: where the client address (login limit, logs) comes from. */
  readonly trustProxy: boolean | number | string[];
  /** Origins allowed by CORS; empty: CORS off. */
  readonly corsOrigins: string[];
  readonly agents: {
    /** An agent is `offline` when its last call is older than this. */
    offlineAfterMs: number;
    /** Runs one agent may hold at once. */
    maxActiveRuns: number;
  };
  /** Retention removes old generations after a successful run (false: preview only). */
  readonly retentionEnforce: boolean;
  /** Demo mode runs the reference agent in-process for the demo servers. */
  readonly demoAgents: boolean;
  /** SERVED_OVER_HTTPS: the CSP then upgrades insecure requests. */
  readonly servedOverHttps: boolean;
  readonly imageCatalog: {
    refreshIntervalMs: number;
    freshnessMs: number;
    maxWaitMs: number;
    batchSize: number;
    concurrency: number;
    timeoutMs: number;
    maxOutputBytes: number;
    /** Variables the header CLI gets besides PATH, LANG and TZ (IMAGE_HEADER_CLI_ENV). */
    cliEnv: string[];
    /** Watch the repository for changes (local file systems). */
    watch: boolean;
    /** With the watcher running, how often the full walk still runs. */
    watchedRefreshIntervalMs: number;
  };
  /** Runs and the scheduler (spec §7). */
  readonly runs: {
    /** Whether this replica ticks the scheduler (every replica may; the database keeps slots unique). */
    schedulerEnabled: boolean;
    tickMs: number;
    /** A slot later than this is recorded `missed` instead of caught up; a queued run older than this ends `missed`. */
    maxStartDelayMs: number;
    /** Monitoring: a slot passed more than this ago with no success since → `stale`. */
    staleGraceMs: number;
    /** A running run whose agent sends nothing for this long ends `lost`. */
    leaseMs: number;
  };
  /** Notifications (spec §15). */
  readonly notifications: {
    /** SMTP server URL; undefined: emails are written as `.eml` files under DATA_DIR/mail/. */
    smtpUrl?: string;
    mailFrom: string;
    /** Language of subjects and bodies. */
    language: 'ko' | 'en';
    /** Webhooks may target loopback and private addresses. */
    allowPrivateTargets: boolean;
    /** The delivery worker's period (0: it only runs when called). */
    intervalMs: number;
    /** The period of the `job.stale` and `agent.offline` checks (0: they only run when called). */
    checkIntervalMs: number;
  };

  constructor(env: EnvironmentVariables) {
    this.port = env.PORT;
    this.host = env.HOST;
    this.databaseUrl = env.DATABASE_URL;
    this.dataDir = env.DATA_DIR;
    this.embeddedDatabase = !env.DATABASE_URL;
    this.jwtSecretGenerated = !env.JWT_SECRET;
    this.jwtSecret = env.JWT_SECRET ?? embeddedJwtSecret(env.DATA_DIR);
    this.tokenTtlSeconds = parseDuration(env.TOKEN_TTL);
    this.tokenMaxTtlSeconds = parseDuration(env.TOKEN_MAX_TTL);
    this.adminEmail = env.ADMIN_EMAIL;
    this.adminPassword = env.ADMIN_PASSWORD;
    this.timeZone = env.TZ;
    this.demo = env.DEMO ?? this.embeddedDatabase;
    // Demo mode without an explicit repository gets a generated sample repository in DATA_DIR.
    this.demoRepository = this.demo && env.BACKUP_REPOSITORY_PATH === undefined;
    this.backupRepositoryPath = this.demoRepository
      ? join(env.DATA_DIR === 'memory://' ? tmpdir() : env.DATA_DIR, 'zdm-demo-repository')
      : (env.BACKUP_REPOSITORY_PATH ?? '/ZConverter');
    this.imageHeaderCli = env.IMAGE_HEADER_CLI ?? REFERENCE_HEADER_CLI;
    this.logLevel = env.LOG_LEVEL;
    this.bodyLimitBytes = env.BODY_LIMIT_BYTES;
    this.http = {
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
      connectionTimeoutMs: env.HTTP_CONNECTION_TIMEOUT_MS,
      keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    };
    this.dbConnectTimeoutMs = env.DB_CONNECT_TIMEOUT_MS;
    this.dbStatementTimeoutMs = env.DB_STATEMENT_TIMEOUT_MS;
    this.dbPoolSize = env.DB_POOL_SIZE;
    this.dbMaxConnectionLifetimeSeconds = env.DB_MAX_CONNECTION_LIFETIME_S;
    this.authMaxFailures = env.AUTH_MAX_FAILURES;
    this.authFailureWindowMs = env.AUTH_FAILURE_WINDOW_MS;
    this.authUserRecheckMs = env.AUTH_USER_RECHECK_MS;
    this.shutdownGraceMs = env.SHUTDOWN_GRACE_MS;
    this.trustProxy = parseTrustProxy(env.TRUST_PROXY);
    this.corsOrigins = env.CORS_ORIGIN.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== '');
    this.agents = { offlineAfterMs: env.AGENT_OFFLINE_AFTER_MS, maxActiveRuns: env.AGENT_MAX_ACTIVE_RUNS };
    this.retentionEnforce = env.RETENTION_ENFORCE;
    this.demoAgents = this.demo && (env.DEMO_AGENTS ?? true);
    this.servedOverHttps = env.SERVED_OVER_HTTPS ?? false;
    this.imageCatalog = {
      refreshIntervalMs: env.IMAGE_CATALOG_REFRESH_INTERVAL_MS,
      freshnessMs: env.IMAGE_CATALOG_FRESHNESS_MS,
      maxWaitMs: env.IMAGE_CATALOG_MAX_WAIT_MS,
      batchSize: env.IMAGE_HEADER_BATCH_SIZE,
      concurrency: env.IMAGE_HEADER_CONCURRENCY ?? Math.max(1, cpus().length),
      timeoutMs: env.IMAGE_HEADER_TIMEOUT_MS,
      maxOutputBytes: env.IMAGE_HEADER_MAX_OUTPUT_BYTES,
      watch: env.IMAGE_CATALOG_WATCH ?? true,
      watchedRefreshIntervalMs: env.IMAGE_CATALOG_WATCHED_REFRESH_INTERVAL_MS,
      cliEnv: (env.IMAGE_HEADER_CLI_ENV ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    };
    this.runs = {
      schedulerEnabled: env.SCHEDULER_ENABLED,
      tickMs: env.SCHEDULER_TICK_MS,
      maxStartDelayMs: env.RUN_MAX_START_DELAY_MS,
      staleGraceMs: env.RUN_STALE_GRACE_MS,
      leaseMs: env.RUN_LEASE_MS,
    };
    this.notifications = {
      smtpUrl: env.SMTP_URL,
      mailFrom: env.MAIL_FROM,
      language: env.NOTIFY_LANGUAGE,
      allowPrivateTargets: env.NOTIFY_ALLOW_PRIVATE_TARGETS,
      intervalMs: env.NOTIFY_INTERVAL_MS,
      checkIntervalMs: env.NOTIFY_CHECK_INTERVAL_MS,
    };
  }

  /** PGlite's data directory inside DATA_DIR (or `memory://` for throw-away runs). */
  get embeddedDataDir(): string {
    return this.dataDir === 'memory://' ? 'memory://' : join(this.dataDir, 'pglite');
  }
}

export { parseDuration } from './duration';

export function parseTrustProxy(value: string): boolean | number | string[] {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}
