export * from './data-source-options';
export * from './database.module';
export * from './embedded/exclusive-session.pool';
