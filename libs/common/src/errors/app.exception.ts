import { HttpException, HttpStatus } from '@nestjs/common';
import { messages } from '../messages/message-catalog';
import { LocalizedText } from '../messages/localized-text';
import { ErrorCode } from './error-codes';
import { Refusal, refusalStatus } from './refusal';

export type { ErrorCode } from './error-codes';

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

  /** A domain refusal as the HTTP layer answers it (its status from the code's row of the table). */
  static fromRefusal(refusal: Refusal): AppException {
    return new AppException(refusalStatus(refusal), refusal.code, refusal.text, refusal.detail);
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
