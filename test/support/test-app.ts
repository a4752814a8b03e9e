import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { configureHttpPlatform, createFastifyAdapter } from '../../apps/api/src/http-platform';
import { AppConfig, Clock, loadAppConfig } from '@zdm/common';
import { startMemoryDatabasesFrom } from '@zdm/database';
import { startFromMigratedTemplate } from './pglite-template';
import { TcpProxy } from './tcp-proxy';
import { recordAnswer } from './openapi-contract';

/** Every answer is checked against openapi.json (see openapi-contract.ts). */
function checkAnswersAgainstTheDocument(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (request, reply, payload, done) => {
      if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
        // Fastify drops the payload of a 204/304 before it is sent (the client sees no body).
        const sent = reply.statusCode === 204 || reply.statusCode === 304 ? '' : payload.toString();
        recordAnswer(request.method, request.routeOptions?.url, reply.statusCode, sent);
      }
      done(null, payload);
    });
}

export const TEST_ADMIN = { email: 'admin@zdm.test', password: 'test-admin-password' };
/** A fixed `openssl rand -hex 32` output: JWT_SECRET must estimate at least 128 bits (issue 21). */
export const TEST_JWT_SECRET = '9b2f6c1e84d07a3f5e6b9c0d2a4f8e17c3b5d9a0e2f4c6b8a1d3e5f7092c4b6e';

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  config: AppConfig;
  /** Issue a token for the test administrator. */
  token(): Promise<string>;
  /** `Authorization` header with a fresh admin token (cached per app). */
  auth(): Promise<Record<string, string>>;
  /** The database this app runs on (`DATABASE_URL` of the fresh PostgreSQL database, or undefined on PGlite). */
  databaseUrl?: string;
  close(): Promise<void>;
}

/**
 * A real app on a real, empty database: a fresh PostgreSQL database per call when DATABASE_URL is
 * set (dropped on close), PGlite otherwise, in memory or in DATA_DIR (a new database starts from the
 * migrated template, pglite-template.ts, unless `options.emptyDatabase`: then initdb and every
 * migration run here; a DATA_DIR that already holds one, as on a restart, opens it as it is).
 * Demo inventory on by default so the seed's servers exist; pass overrides to change any setting,
 * and `options.clock` (a ManualClock) to move time.
 */
export async function createTestApp(
  overrides: Record<string, string | undefined> = {},
  options: { clock?: Clock; emptyDatabase?: boolean } = {},
): Promise<TestApp> {
  const serverUrl = process.env.DATABASE_URL;
  let databaseUrl: string | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (serverUrl && !('DATABASE_URL' in overrides)) {
    ({ url: databaseUrl, drop: dropDatabase } = await createFreshDatabase(serverUrl));
  } else {
    databaseUrl = overrides.DATABASE_URL;
  }
  /** Temporary directories made here (not those an override names), removed on close. */
  const made: string[] = [];
  const temporary = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
  const settings: Record<string, string | undefined> = {
    DATA_DIR: databaseUrl ? temporary('zdm-e2e-') : 'memory://',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    DEMO: 'true',
    BACKUP_REPOSITORY_PATH: temporary('zdm-e2e-repo-'),
    LOG_LEVEL: 'silent',
    TZ: 'Asia/Seoul',
    IMAGE_CATALOG_REFRESH_INTERVAL_MS: '0',
    IMAGE_CATALOG_WATCH: 'false',
    // No background ticks: a test that wants the scheduler calls RunScheduler.tick() with a ManualClock.
    SCHEDULER_ENABLED: 'false',
    ...overrides,
  };
  const config = loadAppConfig(settings);
  if (config.embeddedDatabase && !options.emptyDatabase) await startFromMigratedTemplate(config);
  else startMemoryDatabasesFrom(undefined);
  const builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] });
  if (options.clock) builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(config), {
    logger: false,
    bodyParser: false,
  });
  await configureHttpPlatform(app, config);
  checkAnswersAgainstTheDocument(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  let cachedToken: string | undefined;
  const token = async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/issue', payload: TEST_ADMIN });
    if (res.statusCode !== 201) throw new Error(`token issue failed: ${res.statusCode} ${res.body}`);
    return (res.json() as { data: { token: string } }).data.token;
  };
  return {
    app,
    dataSource,
    config,
    databaseUrl,
    token,
    auth: async () => ({ authorization: `Bearer ${(cachedToken ??= await token())}` }),
    close: async () => {
      await app.close();
      await dropDatabase?.();
      for (const dir of made) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new, empty database on the server of `serverUrl`; `drop` removes it. */
export async function createFreshDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `zdm_e2e_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The envelope's variable parts, for whole-body comparisons. */
export const REQUEST_ID = expect.stringMatching(
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
);
export const LOCAL_TIMESTAMP = expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
export const ISO_TIMESTAMP = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

/**
 * A test app on a fresh PostgreSQL database reached through a TcpProxy the test can cut and
 * restore (DATABASE_URL must be set). `close` restores the proxy, closes the app, stops the proxy
 * and drops the database.
 */
export async function createProxiedTestApp(
  overrides: Record<string, string | undefined> = {},
): Promise<{ t: TestApp; proxy: TcpProxy; close: () => Promise<void> }> {
  const fresh = await createFreshDatabase(process.env.DATABASE_URL!);
  const url = new URL(fresh.url);
  const proxy = new TcpProxy(url.hostname, Number(url.port || 5432));
  await proxy.start();
  url.host = `127.0.0.1:${proxy.port}`;
  const t = await createTestApp({
    DATABASE_URL: url.toString(),
    DB_CONNECT_TIMEOUT_MS: '1000',
    DB_STATEMENT_TIMEOUT_MS: '1500',
    ...overrides,
  });
  return {
    t,
    proxy,
    close: async () => {
      await proxy.restore();
      await t.close();
      await proxy.cut();
      await fresh.drop();
    },
  };
}
