import { messages } from '../messages/message-catalog';
import { LocalizedText } from '../messages/localized-text';
import { ERROR_CODES, ErrorCode } from './error-codes';

/**
 * What domain code throws when a rule refuses: a code of the one table (`ERROR_CODES`), a localized
 * message and an optional `detail`, and no HTTP status. Plans, transitions and services' rules say
 * *what* is refused; the exception filter turns a refusal into its status through the table (the
 * code's row), so HTTP stays at the edge.
 */
export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: LocalizedText,
    readonly detail?: unknown,
  ) {
    super(text.en);
    this.name = 'Refusal';
  }

  /** Input that breaks a rule (the message and `detail` name the field). */
  static invalid(text: LocalizedText, detail?: unknown): Refusal {
    return new Refusal('VALIDATION_ERROR', text, detail);
  }

  /** An unknown reference (the message names it). */
  static notFound(text: LocalizedText, detail?: unknown): Refusal {
    return new Refusal('NOT_FOUND', text, detail);
  }

  /** The caller's role may not do this (naming the role needed, and the field when one field needs more). */
  static forbidden(role: string, field?: string): Refusal {
    return new Refusal(
      'FORBIDDEN',
      field ? messages.common.forbiddenField(field, role) : messages.common.forbidden(role),
    );
  }

  /** The request conflicts with what exists (`code` says how). */
  static conflict(code: ErrorCode, text: LocalizedText, detail?: unknown): Refusal {
    return new Refusal(code, text, detail);
  }
}

/** The HTTP status a refusal is answered with: its code's row in `ERROR_CODES`. */
export function refusalStatus(refusal: Refusal): number {
  return ERROR_CODES[refusal.code].statuses[0];
}
