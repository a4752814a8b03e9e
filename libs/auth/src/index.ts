export * from './admin-bootstrap';
export * from './agent-token-check';
export * from './auth.module';
export * from './authenticated-user';
export * from './bearer-token';
export { LoginLimiter } from './login-limit/login-limiter';
export * from './public.decorator';
export { RequestAuthenticator } from './request-authenticator';
export { migrations as authMigrations } from './migrations';
