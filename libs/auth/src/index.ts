export * from './admin-bootstrap';
export * from './auth.module';
export * from './authenticated-user';
export * from './bearer-token';
export * from './public.decorator';
export { migrations as authMigrations } from './migrations';
