import { AppConfig } from '@zdm/common';
import { DataSourceOptions } from 'typeorm';
import { embeddedDriver } from './embedded/embedded-driver';
import { TimeoutDiscardingClient } from './postgres/timeout-discarding-client';

/** The migration classes the app runs (collected in `apps/api`, so this lib imports no domain). */
export type MigrationList = NonNullable<DataSourceOptions['migrations']>;

/**
 * One schema, two engines: PostgreSQL through `pg` when DATABASE_URL is set, otherwise embedded
 * PGlite. Schema only through `migrations`, run at start under an advisory lock (see
 * migration-lock.ts; DatabaseModule runs them); never `synchronize`.
 */
export function dataSourceOptions(config: AppConfig, migrations: MigrationList): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    // Query errors surface as API errors (and 5xx are logged with the request id by the filter).
    logging: ['warn' as const],
  };
  if (config.databaseUrl) {
    return {
      ...common,
      url: config.databaseUrl,
      poolSize: config.dbPoolSize,
      connectTimeoutMS: config.dbConnectTimeoutMs,
      applicationName: 'zdm-api',
      extra: {
        // A request must not hang on a dead server: give up connecting quickly (→ 503), bound
        // statements, and let the pool drop broken clients so it recovers on its own: a client
        // whose query timed out is destroyed (TimeoutDiscardingClient), TCP keepalive finds dead
        // idle sockets, and no connection lives longer than DB_MAX_CONNECTION_LIFETIME_S.
        Client: TimeoutDiscardingClient,
        connectionTimeoutMillis: config.dbConnectTimeoutMs,
        statement_timeout: config.dbStatementTimeoutMs,
        query_timeout: config.dbStatementTimeoutMs + 1000,
        idleTimeoutMillis: 30_000,
        keepAlive: true,
        keepAliveInitialDelayMillis: 10_000,
        maxLifetimeSeconds: config.dbMaxConnectionLifetimeSeconds,
      },
    };
  }
  return { ...common, driver: embeddedDriver(config.embeddedDataDir), poolSize: 1 };
}
