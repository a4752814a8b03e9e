import { CreateAuditLog1764000301000 } from './1764000301000-create-audit-log';
import { AddAuditLogAgent1764000730000 } from './1764000730000-add-audit-log-agent';
import { AddAuditLogApiKey1765000510000 } from './1765000510000-add-audit-log-api-key';

export const migrations = [CreateAuditLog1764000301000, AddAuditLogAgent1764000730000, AddAuditLogApiKey1765000510000];
