import { Transform, Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsName, LocalizedText, localized, messages, Omittable } from '@zdm/common';
import { REPOSITORY_TYPES } from '@zdm/inventory';
import { SCHEDULE_REFERENCE_SCHEMA, VALUE_LIST_OR_ARRAY_SCHEMA } from './job-schemas';
import type { RepositoryType } from '@zdm/inventory';
import { JOB_MODES, JobMode, SCRIPT_RUNS, ScriptRun, USE_OPTIONS, UseOption } from '../domain/job-mode';
import { fieldOf, setFieldPrefix } from './field-path';
import {
  digitsToNumber,
  IsMailList,
  IsObjectArray,
  IsPartitionArray,
  IsRepositoryRef,
  IsReference,
  IsScheduleReference,
  IsText,
  IsValueList,
  requiredOr,
} from './job-validators';

const required = localized((args) => messages.common.requiredField(fieldOf(args)));
/** A rule's message naming the field (or "required" when the value is missing). */
const ruleMessage = (build: (field: string) => LocalizedText) => ({ message: requiredOr(build) });
export const MAX_PARTITIONS = 256;

/** `repository`: `{ type: smb|nfs, path }` (checked by `IsRepositoryRef`). */
export class RepositoryRef {
  @ApiProperty({ enum: REPOSITORY_TYPES })
  type: RepositoryType;
  /** Share or export path (`/mnt/backup`). */
  @ApiProperty({ minLength: 1, maxLength: 1024, example: '/ZConverter' })
  path: string;
}

/**
 * The settings a job takes, shared by the request's top level and its `individual` entries
 * (spec §4.1). Field paths in messages come from `field-path.ts`.
 */
abstract class JobSettingsDto {
  /** Repository rotation (1~30, default 1). */
  @Omittable()
  @Transform(digitsToNumber)
  @IsInt(ruleMessage((field) => messages.jobs.invalidRotation(field)))
  @Min(1, ruleMessage((field) => messages.jobs.invalidRotation(field)))
  @Max(30, ruleMessage((field) => messages.jobs.invalidRotation(field)))
  @ApiPropertyOptional({ type: 'integer' })
  rotation?: number;

  /** Compression: `use` | `not use`. */
  @Omittable()
  @IsIn(USE_OPTIONS, ruleMessage((field) => messages.jobs.invalidUseOption(field)))
  compression?: UseOption;

  /** Encryption: `use` | `not use`. */
  @Omittable()
  @IsIn(USE_OPTIONS, ruleMessage((field) => messages.jobs.invalidUseOption(field)))
  encryption?: UseOption;

  /** Event notification email(s). */
  @Omittable()
  @IsMailList()
  mailEvent?: string;

  /** Network limit (0: unlimited). */
  @Omittable()
  @Transform(digitsToNumber)
  @IsInt(ruleMessage((field) => messages.jobs.invalidNetworkLimit(field)))
  @Min(0, ruleMessage((field) => messages.jobs.invalidNetworkLimit(field)))
  @Max(2_147_483_647, ruleMessage((field) => messages.jobs.invalidNetworkLimit(field)))
  @ApiPropertyOptional({ type: 'integer' })
  networkLimit?: number;

  /** Start the job right after registration: `use` | `not use`. */
  @Omittable()
  @IsIn(USE_OPTIONS, ruleMessage((field) => messages.jobs.invalidUseOption(field)))
  autoStart?: UseOption;

  /** Verify the new restore point after each successful backup run: `use` | `not use` (default). */
  @Omittable()
  @IsIn(USE_OPTIONS, ruleMessage((field) => messages.jobs.invalidUseOption(field)))
  verifyAfterBackup?: UseOption;

  /** Script to run. */
  @Omittable()
  @IsText(1024)
  scriptPath?: string;

  /** When the script runs: `before` | `after` the job. */
  @Omittable()
  @IsIn(SCRIPT_RUNS, ruleMessage((field) => messages.jobs.invalidScriptRun(field)))
  scriptRun?: ScriptRun;
}

/** One `individual` entry: per-partition overrides (seed "individual 객체 구조"). */
export class IndividualJobDto extends JobSettingsDto {
  /** The partition this entry configures (added to the job list when absent from `partition`). */
  @IsDefined({ message: required })
  @IsText(255)
  partition: string;

  /** Center id or name (default: the request's center). */
  @ApiPropertyOptional(IDENTIFIER_SCHEMA)
  @Omittable()
  @IsReference()
  center?: string | number;

  /** Server id or name (default: the request's server). */
  @ApiPropertyOptional(IDENTIFIER_SCHEMA)
  @Omittable()
  @IsReference()
  server?: string | number;

  /** Job mode. */
  @Omittable()
  @IsIn(JOB_MODES, ruleMessage((field) => messages.jobs.invalidType(field)))
  type?: JobMode;

  /** Repository. */
  @Omittable()
  @IsRepositoryRef()
  repository?: RepositoryRef;

  /** Job name, used verbatim (no partition suffix; not digits only). */
  @Omittable()
  @IsText(255)
  @IsName({ max: 255, fieldOf })
  jobName?: string;

  /** Schedule object or existing schedule id. */
  @ApiPropertyOptional(SCHEDULE_REFERENCE_SCHEMA)
  @Omittable()
  @IsScheduleReference()
  schedule?: Record<string, unknown> | number | string;

  /** Job description. */
  @Omittable()
  @IsText(1000)
  description?: string;

  /** Directories to exclude: `,`/`|`-separated string or array. */
  @ApiPropertyOptional(VALUE_LIST_OR_ARRAY_SCHEMA)
  @Omittable()
  @IsValueList(true)
  excludeDir?: string | string[];

  /** Partitions to exclude: `,`/`|`-separated string or array. */
  @ApiPropertyOptional(VALUE_LIST_OR_ARRAY_SCHEMA)
  @Omittable()
  @IsValueList(true)
  excludePartition?: string | string[];
}

/** `POST /api/backups` (seed `post-backups.md`, spec §4.1). */
export class RegisterBackupDto extends JobSettingsDto {
  /** Center id (digits) or name. */
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsDefined({ message: required })
  @IsReference()
  center: string | number;

  /** Server id (digits) or name. */
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsDefined({ message: required })
  @IsReference()
  server: string | number;

  /** Job mode: full | increment | smart. */
  @IsDefined({ message: required })
  @IsIn(JOB_MODES, ruleMessage((field) => messages.jobs.invalidType(field)))
  type: JobMode;

  /** Partitions to back up; `[]` = every partition of the server. */
  @ApiProperty({
    type: 'array',
    maxItems: 256,
    items: { type: 'string', minLength: 1, maxLength: 255 },
    example: ['/'],
  })
  @IsDefined({ message: required })
  @IsPartitionArray(MAX_PARTITIONS)
  partition: string[];

  /** Repository `{ type, path }`. */
  @IsDefined({ message: required })
  @IsRepositoryRef()
  repository: RepositoryRef;

  /** Job name; each partition's job is named `jobName` + partition suffix. */
  @Omittable()
  @IsText(255)
  @IsName({ max: 255, fieldOf })
  jobName?: string;

  /** User id (digits) or email (default: the caller). */
  @ApiPropertyOptional(IDENTIFIER_SCHEMA)
  @Omittable()
  @IsReference()
  user?: string | number;

  /** Schedule object or existing schedule id. */
  @ApiPropertyOptional(SCHEDULE_REFERENCE_SCHEMA)
  @Omittable()
  @IsScheduleReference()
  schedule?: Record<string, unknown> | number | string;

  /** Directories to exclude, separated by `,` or `|`. */
  @Omittable()
  @IsValueList(false)
  excludeDir?: string;

  /** Partitions to exclude, separated by `,` or `|`. */
  @Omittable()
  @IsValueList(false)
  excludePartition?: string;

  /** Per-partition settings. */
  @Omittable()
  @IsObjectArray(MAX_PARTITIONS)
  @ValidateNested({ each: true })
  @Type(() => IndividualJobDto)
  @Transform(({ value }) => {
    if (Array.isArray(value)) {
      value.forEach((entry: unknown, i) => {
        setFieldPrefix(entry, `individual[${i}]`);
      });
    }
    return value;
  })
  individual?: IndividualJobDto[];
}
