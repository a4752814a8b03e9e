import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ERROR_CODE_VALUES, ErrorCode } from '../errors/error-codes';

/** `YYYY-MM-DD HH:mm:ss` in the configured time zone (spec §1). */
export const LOCAL_TIMESTAMP_PATTERN = '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$';
/** ISO-8601 UTC without milliseconds (the images route's seed: `2026-01-09T10:30:00Z`). */
export const ISO_UTC_TIMESTAMP_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$';
/** ISO-8601 with an offset (`Z` or `±hh:mm`), optional fraction: every `date-time` of a body (spec §16). */
export const ISO_TIMESTAMP_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$';

/**
 * The two timestamp shapes a body may carry (spec §16): the envelope's local style of §1
 * (`YYYY-MM-DD HH:mm:ss` in the configured zone, never typed `date-time`) or ISO-8601 with an offset
 * (typed `date-time`). Never an ISO string without offset, never a local time typed `date-time`.
 */
export const LOCAL_TIMESTAMP_SCHEMA = {
  type: 'string',
  pattern: LOCAL_TIMESTAMP_PATTERN,
  example: '2026-01-09 19:30:00',
} as const;
/** The local style, or `-` for "not yet" (`lastRunTime`, `sentAt` …). */
export const LOCAL_TIMESTAMP_OR_DASH_SCHEMA = {
  type: 'string',
  pattern: '^(-|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})$',
  example: '2026-01-09 19:30:00',
} as const;
export const ISO_TIMESTAMP_SCHEMA = {
  type: 'string',
  format: 'date-time',
  pattern: ISO_TIMESTAMP_PATTERN,
  example: '2026-01-09T10:30:00Z',
} as const;

/** A UUID v4 per request, or the client's own `X-Request-ID` (printable ASCII, ≤ 128). */
export const REQUEST_ID_SCHEMA = {
  type: 'string',
  pattern: '^[\\x21-\\x7e]{1,128}$',
  description: 'UUID v4 minted per request, or the `X-Request-ID` the client sent',
  example: '2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1',
} as const;

/** `pagination` of a list answer, present when the client sent `page` or `limit` (spec §1). */
export class PaginationMeta {
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  currentPage: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  totalPages: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 2 })
  totalItems: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 20 })
  itemsPerPage: number;
  @ApiProperty({ example: false })
  hasNextPage: boolean;
  @ApiProperty({ example: false })
  hasPreviousPage: boolean;
}

/** The error envelope (spec §1): `error` is a message string; `code` a stable machine code. */
export class ErrorEnvelope {
  @ApiProperty({ enum: [false], example: false })
  success: false;
  @ApiProperty(REQUEST_ID_SCHEMA)
  requestID: string;
  @ApiProperty({
    description: 'What went wrong, naming the field and the rule broken.',
    example: 'type은 full, increment, smart중 하나여야 합니다',
  })
  error: string;
  @ApiPropertyOptional({
    description: 'Stable machine code (`ErrorCode`): switch on it, not on the message.',
    enum: ERROR_CODE_VALUES,
    enumName: 'ErrorCode',
    example: 'VALIDATION_ERROR',
  })
  code?: ErrorCode;
  @ApiPropertyOptional({
    description: 'Further detail (e.g. every failed field as `{ field, message }`).',
    oneOf: [{ type: 'array', items: {} }, { type: 'object' }, { type: 'string' }, { type: 'number' }],
  })
  detail?: unknown;
  @ApiProperty({ pattern: LOCAL_TIMESTAMP_PATTERN, example: '2026-01-09 19:30:00' })
  timestamp: string;
}

export class ErrorCodeAndMessage {
  @ApiProperty({ enum: ERROR_CODE_VALUES, enumName: 'ErrorCode', example: 'VALIDATION_ERROR' })
  code: ErrorCode;
  @ApiProperty({ example: '서버 이름이 필요합니다.' })
  message: string;
}

/** The images route's error envelope (its seed): `error: { code, message }`, ISO-UTC timestamp. */
export class ObjectErrorEnvelope {
  @ApiProperty({ enum: [false], example: false })
  success: false;
  @ApiProperty(REQUEST_ID_SCHEMA)
  requestID: string;
  @ApiProperty({ type: ErrorCodeAndMessage })
  error: ErrorCodeAndMessage;
  @ApiProperty({ format: 'date-time', pattern: ISO_UTC_TIMESTAMP_PATTERN, example: '2026-01-09T10:30:00Z' })
  timestamp: string;
}

/** `center` / `server` / `user` in bodies: an id (all digits, number or string) or a name (spec §1). */
export const IDENTIFIER_SCHEMA: ApiPropertyOptions = {
  oneOf: [
    { type: 'integer', minimum: 1, maximum: 2_147_483_647 },
    { type: 'string', minLength: 1, maxLength: 255 },
  ],
  description: 'Id (an integer, or a string of digits) or name',
  example: 1,
};

/** A numeric id in a path or query (PostgreSQL `integer`). */
export const ID_SCHEMA: SchemaObject & ApiPropertyOptions = { type: 'integer', minimum: 1, maximum: 2_147_483_647 };
