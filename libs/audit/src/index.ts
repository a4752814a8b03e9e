export * from './audit-recorder';
export * from './audit.module';
export * from './audit.service';
export * from './domain/audit-entry';
export * from './dto/audit-entry.view';
export * from './dto/audit-query.dto';
export { migrations as auditMigrations } from './migrations';
