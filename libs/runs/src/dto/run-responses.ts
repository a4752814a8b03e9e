import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';

const PAGINATION_SCHEMA = {
  type: 'object',
  properties: {
    currentPage: { type: 'integer' },
    totalPages: { type: 'integer' },
    totalItems: { type: 'integer' },
    itemsPerPage: { type: 'integer' },
    hasNextPage: { type: 'boolean' },
    hasPreviousPage: { type: 'boolean' },
  },
};

/** A success answer of the §1 envelope with `data` typed as `model` (an array, with `pagination`, for lists). */
export function ApiRunsOk(
  status: 200 | 201,
  model: Type<unknown>,
  options: { description: string; message: string; list?: boolean },
) {
  const data = options.list ? { type: 'array', items: { $ref: getSchemaPath(model) } } : { $ref: getSchemaPath(model) };
  return applyDecorators(
    ApiExtraModels(model),
    ApiResponse({
      status,
      description: options.description,
      schema: {
        type: 'object',
        required: ['success', 'requestID', 'data', 'message', 'timestamp'],
        properties: {
          success: { type: 'boolean', enum: [true] },
          requestID: { type: 'string', format: 'uuid' },
          data,
          ...(options.list ? { pagination: PAGINATION_SCHEMA } : {}),
          message: { type: 'string', example: options.message },
          timestamp: { type: 'string', example: '2026-01-09 19:30:00' },
        },
      },
    }),
  );
}

/** An error answer of the §1 envelope (`error` a string, `code` the stable machine code). */
export function ApiRunsError(status: number, description: string, code: string) {
  return ApiResponse({
    status,
    description,
    schema: {
      type: 'object',
      required: ['success', 'requestID', 'error', 'timestamp'],
      properties: {
        success: { type: 'boolean', enum: [false] },
        requestID: { type: 'string', format: 'uuid' },
        error: { type: 'string' },
        code: { type: 'string', example: code },
        detail: {},
        timestamp: { type: 'string', example: '2026-01-09 19:30:00' },
      },
    },
  });
}
