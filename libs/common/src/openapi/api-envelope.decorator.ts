import { applyDecorators, HttpStatus, Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import {
  ErrorEnvelope,
  ISO_UTC_TIMESTAMP_PATTERN,
  LOCAL_TIMESTAMP_PATTERN,
  ObjectErrorEnvelope,
  PaginationMeta,
  REQUEST_ID_SCHEMA,
} from './envelope.view';

export interface ApiEnvelopeOptions {
  /** Success status (default 200). */
  status?: number;
  /** The message this route always sends (its `@ResponseMessage`). */
  message: string;
  description?: string;
  /** `data` is an array of the model. */
  list?: boolean;
  /** The answer carries `pagination` when `page` or `limit` was sent. */
  paginated?: boolean;
  /** The images route's seed uses ISO-UTC timestamps. */
  timestamp?: 'local' | 'iso-utc';
  /** Named examples of the whole body. */
  examples?: Record<string, { summary?: string; value: unknown }>;
}

/** The §1 success envelope's schema with `data` of the given schema. */
export function envelopeSchema(
  data: SchemaObject | ReferenceObject,
  options: Pick<ApiEnvelopeOptions, 'message' | 'paginated' | 'timestamp'>,
): SchemaObject {
  const timestamp: SchemaObject =
    options.timestamp === 'iso-utc'
      ? { type: 'string', format: 'date-time', pattern: ISO_UTC_TIMESTAMP_PATTERN }
      : { type: 'string', pattern: LOCAL_TIMESTAMP_PATTERN, example: '2026-01-09 19:30:00' };
  return {
    type: 'object',
    required: ['success', 'requestID', 'data', 'message', 'timestamp'],
    properties: {
      success: { type: 'boolean', enum: [true] },
      requestID: { ...REQUEST_ID_SCHEMA },
      data,
      ...(options.paginated
        ? {
            pagination: {
              description: 'Present when `page` or `limit` was sent.',
              allOf: [{ $ref: getSchemaPath(PaginationMeta) }],
            },
          }
        : {}),
      message: { type: 'string', enum: [options.message] },
      timestamp,
    },
  };
}

/**
 * "Envelope of T" / "list of T" / "paginated list of T": documents the route's success answer as the
 * §1 envelope with `data` typed by a class the Swagger plugin sees (`null` for an empty `data`).
 */
export function ApiEnvelope(
  model: Type<unknown> | null,
  options: ApiEnvelopeOptions,
): MethodDecorator & ClassDecorator {
  const item: SchemaObject | ReferenceObject = model
    ? { $ref: getSchemaPath(model) }
    : { nullable: true, type: 'object' };
  const data: SchemaObject | ReferenceObject = options.list ? { type: 'array', items: item } : item;
  return applyDecorators(
    ApiExtraModels(...(model ? [model] : []), PaginationMeta),
    ApiResponse({
      status: options.status ?? HttpStatus.OK,
      description: options.description ?? options.message,
      content: {
        'application/json': {
          schema: envelopeSchema(data, options),
          ...(options.examples ? { examples: options.examples } : {}),
        },
      },
    }),
  );
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (the message names the field); nothing written',
  401: 'Missing, invalid or expired token',
  403: 'The caller may not use this route',
  404: 'Unknown reference (the message names it)',
  409: 'Conflict with existing data',
  413: 'Body larger than BODY_LIMIT_BYTES',
  414: 'Path parameter too long',
  415: 'Body of a content type the route does not take (send application/json)',
  422: 'Well-formed input the request refuses in its context (the message names the field)',
  429: 'Too many requests from this client',
  500: 'Internal error (logged with the request id)',
  503: 'Database unavailable',
};

export interface ApiErrorOptions {
  /** `object`: the images route's `error: { code, message }`. */
  form?: 'string' | 'object';
  /** Per-status descriptions overriding the defaults. */
  descriptions?: Partial<Record<number, string>>;
  /** Per-status examples of the whole body. */
  examples?: Partial<Record<number, unknown>>;
}

export function errorEnvelopeModel(form: 'string' | 'object' = 'string'): Type<unknown> {
  return form === 'object' ? ObjectErrorEnvelope : ErrorEnvelope;
}

/** Documents the error statuses a route answers, each with the route's error envelope. */
export function ApiErrors(statuses: number[], options: ApiErrorOptions = {}): MethodDecorator & ClassDecorator {
  const model = errorEnvelopeModel(options.form);
  return applyDecorators(
    ApiExtraModels(model),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: options.descriptions?.[status] ?? ERROR_DESCRIPTIONS[status] ?? `HTTP ${status}`,
        content: {
          'application/json': {
            schema: { $ref: getSchemaPath(model) },
            ...(options.examples?.[status] !== undefined ? { example: options.examples[status] } : {}),
          },
        },
      }),
    ),
  );
}

export const ERROR_STATUS_DESCRIPTIONS = ERROR_DESCRIPTIONS;
