export * from './agent-api.client';
export * from './byte-progress';
export * from './contained-path';
export * from './partition-directory';
export * from './reference-agent';
export * from './run-performer';
export * from './server-clock';
