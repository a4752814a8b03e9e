import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IDENTIFIER_SCHEMA, LOCAL_TIMESTAMP_PATTERN, localized, messages, Omittable } from '@zdm/common';
import { USE_OPTIONS, UseOption } from '@zdm/jobs';

const MAX_INT4 = 2_147_483_647;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_TIME = new RegExp(LOCAL_TIMESTAMP_PATTERN);

const invalid = (field: string, rule: string) => ({
  message: localized(() => messages.common.invalidField(field, rule)),
});

/** A server reference: a positive integer id or a non-empty name (≤ 255). */
function IsServerReference(field: string): PropertyDecorator {
  return ValidateBy({
    name: 'isServerReference',
    validator: {
      validate: (value: unknown) =>
        (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_INT4) ||
        (typeof value === 'string' && value.trim().length > 0 && value.length <= 255),
      defaultMessage: localized((args) =>
        args.value === undefined || args.value === null
          ? messages.common.requiredField(field)
          : messages.common.invalidIdentifier(field),
      ),
    },
  });
}

/** `point`: "latest", `{ image }` or `{ before }` (one key), each a string. */
function IsPointChoice(): PropertyDecorator {
  return ValidateBy({
    name: 'isPointChoice',
    validator: {
      validate: (value: unknown) => {
        if (value === 'latest') return true;
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
        const entries = Object.entries(value);
        if (entries.length !== 1) return false;
        const [key, v] = entries[0];
        if (typeof v !== 'string') return false;
        if (key === 'image') return v.length > 0 && v.length <= 1024;
        if (key === 'before') return LOCAL_TIME.test(v) || ISO_WITH_OFFSET.test(v);
        return false;
      },
      defaultMessage: localized((args) => {
        const before = (args.value as { before?: unknown } | null)?.before;
        return typeof args.value === 'object' && args.value !== null && before !== undefined
          ? messages.recoveries.invalidBefore('point.before')
          : messages.recoveries.invalidPoint('point');
      }),
    },
  });
}

/** One source partition → one target partition (mount points or drives). */
export class RecoveryPartitionDto {
  /** Mount point or drive of the source server (`/`, `/boot/efi`, `C:`). */
  @IsDefined({ message: localized(() => messages.common.requiredField('partitions[].source')) })
  @IsString(invalid('partitions[].source', 'a mount point or drive'))
  @MinLength(1, invalid('partitions[].source', 'a mount point or drive'))
  @MaxLength(255, invalid('partitions[].source', 'at most 255 characters'))
  source: string;

  /** Mount point or drive of the target server. */
  @IsDefined({ message: localized(() => messages.common.requiredField('partitions[].target')) })
  @IsString(invalid('partitions[].target', 'a mount point or drive'))
  @MinLength(1, invalid('partitions[].target', 'a mount point or drive'))
  @MaxLength(255, invalid('partitions[].target', 'at most 255 characters'))
  target: string;
}

export const POINT_CHOICE_SCHEMA: ApiPropertyOptions = {
  oneOf: [
    { type: 'string', enum: ['latest'] },
    {
      type: 'object',
      required: ['image'],
      additionalProperties: false,
      properties: { image: { type: 'string', minLength: 1, maxLength: 1024, description: 'Image file name' } },
    },
    {
      type: 'object',
      required: ['before'],
      additionalProperties: false,
      properties: {
        before: {
          type: 'string',
          description:
            "The newest restorable point taken at or before this time: 'YYYY-MM-DD HH:mm:ss' (the API's zone) or ISO-8601 with an offset",
          example: '2026-01-09 19:30:00',
        },
      },
    },
  ],
  description: 'Which restore point: "latest" restorable (default), an image, or the newest before a time',
};

/** Body of `POST /api/recoveries` (spec §14). */
export class RegisterRecoveryDto {
  /** The server whose restore points are restored: id or name. */
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsServerReference('source')
  source: string | number;

  /** The server restored onto (its agent runs the restore): id or name. */
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsServerReference('target')
  target: string | number;

  /** Source → target partitions; default: every partition with a restore point, onto the same mount point. */
  @ApiPropertyOptional({ type: [RecoveryPartitionDto] })
  @Omittable()
  @IsArray(invalid('partitions', 'an array of { source, target }'))
  @ArrayMinSize(1, invalid('partitions', 'at least one partition'))
  @ArrayMaxSize(256, invalid('partitions', 'at most 256 partitions'))
  @ValidateNested({ each: true })
  @Type(() => RecoveryPartitionDto)
  partitions?: RecoveryPartitionDto[];

  @ApiPropertyOptional(POINT_CHOICE_SCHEMA)
  @Omittable()
  @IsPointChoice()
  point?: 'latest' | { image: string } | { before: string };

  /** Base of the recovery jobs' names (default: the target server's name without ` (ip)`). */
  @Omittable()
  @IsString(invalid('jobName', 'a name'))
  @Matches(/^(?!\d+$)[^\s/\\][^/\\]*$/, invalid('jobName', 'a name: not digits only, no slashes'))
  @MaxLength(200, invalid('jobName', 'at most 200 characters'))
  jobName?: string;

  /** `use` (default): queue the restore runs at once. */
  @ApiPropertyOptional({ enum: USE_OPTIONS })
  @Omittable()
  @IsIn(USE_OPTIONS, { message: localized(() => messages.common.mustBeOneOf('autoStart', USE_OPTIONS)) })
  autoStart?: UseOption;

  /** Replace what the target directory holds (default false: a non-empty target fails the run). */
  @Omittable()
  @IsBoolean(invalid('overwrite', 'true or false'))
  overwrite?: boolean;
}
