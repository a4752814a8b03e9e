import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginationQuery } from '@zdm/common';

/** `GET /api/audit` filters (spec §12), with `page`, `limit`, `sort` (default newest first). */
export class AuditQuery extends PaginationQuery {
  /** Who: a user id or an email. */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  actor?: string;

  /** Which agent (agent protocol calls): an agent id or name. */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  agent?: string;

  /** What: an action name as the log shows it (`users.update`, `backupJobs.register`). */
  @IsOptional()
  @IsString()
  @MaxLength(128)
  action?: string;

  /** From this time on: ISO-8601 (`2026-11-30T14:00:00Z`) or `YYYY-MM-DD HH:mm:ss` in the configured zone. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  from?: string;

  /** Up to this time (same forms as `from`). */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  to?: string;
}
