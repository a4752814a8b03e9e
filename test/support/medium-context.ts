import { Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Test, TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { AppConfig, Clock, createValidationPipe, loadAppConfig, ManualClock } from '@zdm/common';
import { startFromMigratedTemplate } from './pglite-template';
import { TEST_ADMIN, TEST_JWT_SECRET } from './test-app';

/**
 * The medium test layer (docs/conventions.md): the app's services, wired as in production, on
 * embedded PGlite in memory (started from the migrated template, pglite-template.ts), with a
 * temporary repository directory and a clock the test moves — no HTTP, no background ticks, no
 * sleeps. A spec calls services (`ctx.get(RunScheduler).tick()`) and asserts what they return and
 * what the database and the disk hold afterwards.
 */
export interface MediumContext {
  /** A provider of the app (a service, a repository, a port). */
  get<T>(token: Type<T> | (abstract new (...args: never[]) => T)): T;
  clock: ManualClock;
  config: AppConfig;
  dataSource: DataSource;
  /** The backup repository (BACKUP_REPOSITORY_PATH), an empty temporary directory. */
  repositoryDir: string;
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  /** `body` as a controller receives it: transformed and validated by the app's global pipe. */
  input<T extends object>(metatype: Type<T>, body: unknown): Promise<T>;
  /** A second instance of `type` from `module`, as another replica of the app runs it. */
  replicaOf<T>(module: Type<unknown>, type: Type<T>): Promise<T>;
  close(): Promise<void>;
}

/** How long a context may take to start (migrations on PGlite; minutes only on a heavily loaded machine). */
export const MEDIUM_BOOT_TIMEOUT_MS = 180_000;

export async function createMediumContext(
  overrides: Record<string, string | undefined> = {},
  options: { clock?: ManualClock } = {},
): Promise<MediumContext> {
  const clock = options.clock ?? new ManualClock(new Date());
  const repositoryDir = mkdtempSync(join(tmpdir(), 'zdm-medium-repo-'));
  const config = loadAppConfig({
    DATA_DIR: 'memory://',
    DATABASE_URL: undefined,
    JWT_SECRET: TEST_JWT_SECRET,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    DEMO: 'true',
    DEMO_AGENTS: 'false',
    BACKUP_REPOSITORY_PATH: repositoryDir,
    LOG_LEVEL: 'silent',
    TZ: 'Asia/Seoul',
    IMAGE_CATALOG_REFRESH_INTERVAL_MS: '0',
    IMAGE_CATALOG_WATCH: 'false',
    SCHEDULER_ENABLED: 'false',
    NOTIFY_INTERVAL_MS: '0',
    ...overrides,
  });
  await startFromMigratedTemplate(config);
  const moduleRef: TestingModule = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  const dataSource = moduleRef.get<DataSource>(getDataSourceToken());
  const pipe = createValidationPipe();
  return {
    get: (token) => moduleRef.get(token as Type<unknown>, { strict: false }) as never,
    clock,
    config,
    dataSource,
    repositoryDir,
    sql: (query, params = []) => dataSource.query(query, params),
    input: async (metatype, body) => (await pipe.transform(body, { type: 'body', metatype })) as never,
    replicaOf: (module, type) => moduleRef.select(module).get(ModuleRef, { strict: true }).create(type),
    close: async () => {
      await moduleRef.close();
      rmSync(repositoryDir, { recursive: true, force: true });
    },
  };
}
