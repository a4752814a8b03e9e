import { ApiPropertyOptions, getSchemaPath } from '@nestjs/swagger';
import { ScheduleObjectDto } from '@zdm/schedules';

/** `schedule`: a schedule object (a new schedule owned by the job) or an existing schedule id. */
export const SCHEDULE_REFERENCE_SCHEMA: ApiPropertyOptions = {
  oneOf: [
    { $ref: getSchemaPath(ScheduleObjectDto) },
    { type: 'integer', minimum: 1, maximum: 2_147_483_647 },
    { type: 'string', pattern: '^\\s*\\d{1,10}\\s*$' },
  ],
  description: 'A schedule object, or the id of an existing schedule whose values the job copies',
};

/** As `SCHEDULE_REFERENCE_SCHEMA`, or `null` (removes the job's schedule). */
export const NULLABLE_SCHEDULE_REFERENCE_SCHEMA: ApiPropertyOptions = {
  oneOf: [
    { $ref: getSchemaPath(ScheduleObjectDto) },
    { type: 'integer', minimum: 1, maximum: 2_147_483_647, nullable: true },
    { type: 'string', pattern: '^\\s*\\d{1,10}\\s*$' },
  ],
  description: 'A schedule object, the id of an existing schedule to copy, or `null` to remove the schedule',
};

/** `excludeDir` / `excludePartition` where an array is taken too. */
export const VALUE_LIST_OR_ARRAY_SCHEMA: ApiPropertyOptions = {
  oneOf: [
    { type: 'string', maxLength: 65536, description: 'separated by `,` or `|`' },
    { type: 'array', maxItems: 256, items: { type: 'string', maxLength: 1024 } },
  ],
};
