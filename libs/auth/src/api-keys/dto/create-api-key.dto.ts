import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, Matches } from 'class-validator';
import { IsName, localized, messages, Omittable, Role, ROLES } from '@zdm/common';

/** ISO-8601 with an offset (`Z` or `±hh:mm`): a time without one would depend on the server's zone. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `POST /api/api-keys` (spec §16). */
export class CreateApiKeyDto {
  /** What the key is for (`prometheus`, `billing-sync`); 1–100 characters. Names need not be unique (rotate a key by creating its successor first). */
  @IsString({ message: localized(() => messages.common.nameLength('name', 100)) })
  @IsName({ max: 100, displayOnly: true })
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'prometheus' })
  name: string;

  /** What the key may do, as a user of that role may: `viewer` reads (and scrapes `/api/metrics`), `operator` also manages jobs, schedules and runs, `admin` everything. */
  @IsIn(ROLES, { message: localized(() => messages.common.mustBeOneOf('role', ROLES)) })
  @ApiProperty({ enum: ROLES, example: 'viewer' })
  role: Role;

  /** When the key stops working (ISO-8601 with offset, in the future); omitted: never. */
  @Omittable()
  @IsString({ message: localized(() => messages.auth.expiresAtInvalid()) })
  @Matches(ISO_WITH_OFFSET, { message: localized(() => messages.auth.expiresAtInvalid()) })
  @IsISO8601({ strict: true }, { message: localized(() => messages.auth.expiresAtInvalid()) })
  @ApiPropertyOptional({ format: 'date-time', example: '2027-01-01T00:00:00Z' })
  expiresAt?: string;
}
