export * from './data-source-options';
export * from './database.module';
export * from './embedded/exclusive-session.pool';
export { startMemoryDatabasesFrom } from './embedded/embedded-driver';
export * from './transaction-runner';
export * from './like-pattern';
export * from './path-unsafe-names.report';
