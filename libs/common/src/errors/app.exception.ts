import { HttpException, HttpStatus } from '@nestjs/common';
import { messages } from '../messages/message-catalog';
import { LocalizedText } from '../messages/localized-text';

/** Stable machine codes carried by error bodies (`code`). */
export type ErrorCode =
  | 'VALIDATION_ERROR'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'JOB_NAME_ALREADY_EXISTS'
  | 'SCHEDULE_IN_USE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'IMAGE_OF_ANOTHER_SERVER'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'DATABASE_UNAVAILABLE'
  | 'REPOSITORY_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

/** One failed field, for `detail`. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * The one exception type of the API: an HTTP status, a stable code, a localized message and an
 * optional detail. The global exception filter renders it; nothing else builds error bodies.
 *
 * `errorText` overrides what is shown as `error` when a seed documents the code itself there
 * (409 `"error": "JOB_NAME_ALREADY_EXISTS"`).
 */
export class AppException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: ErrorCode,
    readonly text: LocalizedText,
    readonly detail?: unknown,
  ) {
    super(text.en, status);
  }

  static badRequest(text: LocalizedText, detail?: unknown): AppException {
    return new AppException(HttpStatus.BAD_REQUEST, 'VALIDATION_ERROR', text, detail);
  }

  static notFound(text: LocalizedText, detail?: unknown): AppException {
    return new AppException(HttpStatus.NOT_FOUND, 'NOT_FOUND', text, detail);
  }

  /** 403 naming the role needed (and the field, when one field needs more than the route). */
  static forbidden(role: string, field?: string): AppException {
    return new AppException(
      HttpStatus.FORBIDDEN,
      'FORBIDDEN',
      field ? messages.common.forbiddenField(field, role) : messages.common.forbidden(role),
    );
  }

  /** 429, with the seconds the client should wait (sent as Retry-After). */
  static tooManyRequests(text: LocalizedText, retryAfterSeconds: number): AppException {
    const exception = new AppException(HttpStatus.TOO_MANY_REQUESTS, 'RATE_LIMITED', text);
    exception.retryAfterSeconds = retryAfterSeconds;
    return exception;
  }

  /** Seconds for Retry-After (429, 503). */
  retryAfterSeconds?: number;

  static conflict(code: ErrorCode, text: LocalizedText, detail?: unknown): AppException {
    return new AppException(HttpStatus.CONFLICT, code, text, detail);
  }

  /** 422: well-formed input the request's context refuses (an Idempotency-Key reused with another body). */
  static unprocessable(code: ErrorCode, text: LocalizedText, detail?: unknown): AppException {
    return new AppException(HttpStatus.UNPROCESSABLE_ENTITY, code, text, detail);
  }
}
