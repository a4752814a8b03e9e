import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { localized, messages } from '@zdm/common';
import { JOB_MODES, JobMode, SCRIPT_RUNS, ScriptRun, USE_OPTIONS, UseOption } from '../domain/job-mode';
import { fieldOf } from './field-path';
import { digitsToNumber, IsMailList, IsRepositoryRef, IsScheduleReference, IsText, IsValueList } from './job-validators';
import { RepositoryRef } from './register-backup.dto';

export const JOB_ACTIONS = ['start', 'stop'] as const;
export type JobAction = (typeof JOB_ACTIONS)[number];

/** `PUT /api/backups/:identifier` (spec §4.2): every field optional, at least one. */
export class UpdateBackupDto {
  /** New job name. */
  @IsOptional()
  @IsText(255)
  changeName?: string;

  /** Job mode: full | increment | smart. */
  @IsOptional()
  @IsIn(JOB_MODES, { message: localized((args) => messages.jobs.invalidType(fieldOf(args))) })
  mode?: JobMode;

  /** `start` the job now, or `stop` it. */
  @IsOptional()
  @IsIn(JOB_ACTIONS, { message: localized((args) => messages.jobs.invalidStatusAction(fieldOf(args))) })
  status?: JobAction;

  /** Repository rotation (1~30). */
  @IsOptional()
  @Transform(digitsToNumber)
  @IsInt({ message: localized((args) => messages.jobs.invalidRotation(fieldOf(args))) })
  @Min(1, { message: localized((args) => messages.jobs.invalidRotation(fieldOf(args))) })
  @Max(30, { message: localized((args) => messages.jobs.invalidRotation(fieldOf(args))) })
  rotation?: number;

  /** Compression: `use` | `not use`. */
  @IsOptional()
  @IsIn(USE_OPTIONS, { message: localized((args) => messages.jobs.invalidUseOption(fieldOf(args))) })
  compression?: UseOption;

  /** Encryption: `use` | `not use`. */
  @IsOptional()
  @IsIn(USE_OPTIONS, { message: localized((args) => messages.jobs.invalidUseOption(fieldOf(args))) })
  encryption?: UseOption;

  /** Directories to exclude: `,`/`|`-separated string or array (empty clears). */
  @IsOptional()
  @IsValueList(true)
  excludeDir?: string | string[];

  /** Event notification email(s). */
  @IsOptional()
  @IsMailList()
  mailEvent?: string;

  /** Network limit (0: unlimited). */
  @IsOptional()
  @Transform(digitsToNumber)
  @IsInt({ message: localized((args) => messages.jobs.invalidNetworkLimit(fieldOf(args))) })
  @Min(0, { message: localized((args) => messages.jobs.invalidNetworkLimit(fieldOf(args))) })
  @Max(2_147_483_647, { message: localized((args) => messages.jobs.invalidNetworkLimit(fieldOf(args))) })
  networkLimit?: number;

  /** New schedule (object or existing schedule id); `null` removes the job's schedule. */
  @IsOptional()
  @IsScheduleReference({ allowNull: true })
  schedule?: Record<string, unknown> | number | string | null;

  /** Repository `{ type, path }`. */
  @IsOptional()
  @IsRepositoryRef()
  repository?: RepositoryRef;

  /** Script to run. */
  @IsOptional()
  @IsText(1024)
  scriptPath?: string;

  /** When the script runs: `before` | `after` the job. */
  @IsOptional()
  @IsIn(SCRIPT_RUNS, { message: localized((args) => messages.jobs.invalidScriptRun(fieldOf(args))) })
  scriptRun?: ScriptRun;
}
