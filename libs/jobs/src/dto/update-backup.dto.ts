import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsName, localized, messages, Omittable } from '@zdm/common';
import { JOB_COMMANDS, JobCommand } from '../domain/job-command';
import { NULLABLE_SCHEDULE_REFERENCE_SCHEMA, VALUE_LIST_OR_ARRAY_SCHEMA } from './job-schemas';
import { JOB_MODES, JobMode, SCRIPT_RUNS, ScriptRun, USE_OPTIONS, UseOption } from '../domain/job-mode';
import { fieldOf } from './field-path';
import {
  digitsToNumber,
  IsMailList,
  IsRepositoryRef,
  IsScheduleReference,
  IsText,
  IsValueList,
} from './job-validators';
import { RepositoryRef } from './register-backup.dto';

/** `PUT /api/backups/:identifier` (spec §4.2): every field optional, at least one. */
export class UpdateBackupDto {
  /** New job name (not digits only). */
  @Omittable()
  @IsText(255)
  @IsName({ max: 255, fieldOf })
  changeName?: string;

  /** Job mode: full | increment | smart. */
  @Omittable()
  @IsIn(JOB_MODES, { message: localized((args) => messages.jobs.invalidType(fieldOf(args))) })
  mode?: JobMode;

  /** `start` the job now, or `stop` it. */
  @Omittable()
  @IsIn(JOB_COMMANDS, { message: localized((args) => messages.jobs.invalidStatusAction(fieldOf(args))) })
  status?: JobCommand;

  /** Repository rotation (1~30). */
  @Omittable()
  @Transform(digitsToNumber)
  @IsInt({ message: localized((args) => messages.jobs.invalidRotation(fieldOf(args))) })
  @Min(1, { message: localized((args) => messages.jobs.invalidRotation(fieldOf(args))) })
  @Max(30, { message: localized((args) => messages.jobs.invalidRotation(fieldOf(args))) })
  @ApiPropertyOptional({ type: 'integer' })
  rotation?: number;

  /** Compression: `use` | `not use`. */
  @Omittable()
  @IsIn(USE_OPTIONS, { message: localized((args) => messages.jobs.invalidUseOption(fieldOf(args))) })
  compression?: UseOption;

  /** Encryption: `use` | `not use`. */
  @Omittable()
  @IsIn(USE_OPTIONS, { message: localized((args) => messages.jobs.invalidUseOption(fieldOf(args))) })
  encryption?: UseOption;

  /** Directories to exclude: `,`/`|`-separated string or array (empty clears). */
  @ApiPropertyOptional(VALUE_LIST_OR_ARRAY_SCHEMA)
  @Omittable()
  @IsValueList(true)
  excludeDir?: string | string[];

  /** Event notification email(s). */
  @Omittable()
  @IsMailList()
  mailEvent?: string;

  /** Verify the new restore point after each successful backup run: `use` | `not use`. */
  @Omittable()
  @IsIn(USE_OPTIONS, { message: localized((args) => messages.jobs.invalidUseOption(fieldOf(args))) })
  verifyAfterBackup?: UseOption;

  /** Network limit (0: unlimited). */
  @Omittable()
  @Transform(digitsToNumber)
  @IsInt({ message: localized((args) => messages.jobs.invalidNetworkLimit(fieldOf(args))) })
  @Min(0, { message: localized((args) => messages.jobs.invalidNetworkLimit(fieldOf(args))) })
  @Max(2_147_483_647, { message: localized((args) => messages.jobs.invalidNetworkLimit(fieldOf(args))) })
  @ApiPropertyOptional({ type: 'integer' })
  networkLimit?: number;

  /** New schedule (object or existing schedule id); `null` removes the job's schedule. */
  @ApiPropertyOptional(NULLABLE_SCHEDULE_REFERENCE_SCHEMA)
  @Omittable()
  @IsScheduleReference({ allowNull: true })
  schedule?: Record<string, unknown> | number | string | null;

  /** Repository `{ type, path }`. */
  @Omittable()
  @IsRepositoryRef()
  repository?: RepositoryRef;

  /**
   * `false` pauses the job: its schedule slots neither fire nor count as missed, `nextRunAt` is
   * null, monitoring shows `paused`. `true` resumes it from its next slot (no catch-up of the paused
   * ones). Run-now still works while paused.
   */
  @Omittable()
  @IsBoolean({ message: localized((args) => messages.common.mustBeBoolean(fieldOf(args))) })
  enabled?: boolean;

  /** Script to run. */
  @Omittable()
  @IsText(1024)
  scriptPath?: string;

  /** When the script runs: `before` | `after` the job. */
  @Omittable()
  @IsIn(SCRIPT_RUNS, { message: localized((args) => messages.jobs.invalidScriptRun(fieldOf(args))) })
  scriptRun?: ScriptRun;
}
