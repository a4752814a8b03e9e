import { CreateAuditLog1764000301000 } from './1764000301000-create-audit-log';

export const migrations = [CreateAuditLog1764000301000];
