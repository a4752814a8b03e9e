export * from './domain/recovery-job-name';
export * from './domain/recovery-point';
export * from './dto/recovery.view';
export * from './dto/register-recovery.dto';
export * from './recoveries.module';
export * from './recoveries.service';
export * from './recovery-runs';
export { migrations as recoveriesMigrations } from './migrations';
