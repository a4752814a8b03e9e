import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ID_SCHEMA, localized, messages, PaginationQuery } from '@zdm/common';
import { JOB_MODES } from '../domain/job-mode';
import { JOB_STATUSES } from '../domain/job-status';
import { IsIdentifier, REPOSITORY_TYPES } from '@zdm/inventory';
import type { RepositoryType } from '@zdm/inventory';
import { IsText } from './job-validators';

const BOOLEANS = ['true', 'false', '1', '0'] as const;

/** `GET /api/backups` filters (spec §4.2) and pagination. */
export class BackupListQuery extends PaginationQuery {
  /** Job id. */
  @ApiPropertyOptional(ID_SCHEMA)
  @IsOptional()
  @Matches(/^\d{1,10}$/, { message: localized(() => messages.common.invalidNumericId('jobId')) })
  jobId?: string;

  /** Part of the job name (case-insensitive). */
  @IsOptional()
  @IsText(255)
  jobName?: string;

  /** Server id or name. */
  @IsOptional()
  @IsIdentifier()
  server?: string;

  /** Job mode: full | increment | smart. */
  @ApiPropertyOptional({ enum: JOB_MODES })
  @IsOptional()
  @IsText(32)
  mode?: string;

  /** Partition (exact: `/`, `/boot/efi`, `C:`). */
  @IsOptional()
  @IsText(255)
  partition?: string;

  /** Job status (case-insensitive). */
  @ApiPropertyOptional({ enum: JOB_STATUSES })
  @IsOptional()
  @IsText(32)
  status?: string;

  /** Repository type: smb | nfs. */
  @IsOptional()
  @IsIn(REPOSITORY_TYPES, { message: localized(() => messages.jobs.invalidRepositoryType('repositoryType')) })
  repositoryType?: RepositoryType;

  /** Repository path (exact). */
  @IsOptional()
  @IsText(1024)
  @MaxLength(1024)
  repositoryPath?: string;

  /** `true` adds `job.info.options`. */
  @IsOptional()
  @IsIn(BOOLEANS, { message: localized(() => messages.jobs.invalidBoolean('detail')) })
  detail?: string;
}

/** `DELETE /api/backups/:identifier?partition=` */
export class DeleteBackupQuery {
  /** Only the job of this partition (when the identifier names a registration with several). */
  @IsOptional()
  @IsText(255)
  partition?: string;
}
