import { AppException } from '../errors/app.exception';
import { messages } from '../messages/message-catalog';

/** A reference by numeric id or by name (users: by email) — spec §1 "Identifiers". */
export type Identifier = { kind: 'id'; id: number } | { kind: 'name'; name: string };

const MAX_INT4 = 2_147_483_647;
const MAX_NAME_LENGTH = 255;

/**
 * An all-digit value (number or string) is an id; anything else is a name. Rejects empty values,
 * non-integers, ids outside PostgreSQL's `integer` and over-long names with a 400 naming `field`.
 */
export function parseIdentifier(value: unknown, field: string): Identifier {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > MAX_INT4) {
      throw AppException.badRequest(messages.common.invalidIdentifier(field));
    }
    return { kind: 'id', id: value };
  }
  if (typeof value !== 'string') {
    throw AppException.badRequest(messages.common.invalidIdentifier(field));
  }
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH) {
    throw AppException.badRequest(messages.common.invalidIdentifier(field));
  }
  if (/^\d+$/.test(trimmed)) {
    const id = Number(trimmed);
    if (id < 1 || id > MAX_INT4) throw AppException.badRequest(messages.common.invalidIdentifier(field));
    return { kind: 'id', id };
  }
  return { kind: 'name', name: trimmed };
}

/** Schedules (and other numeric-only references): digits only, within `integer`. */
export function parseNumericId(value: unknown, field: string): number {
  const raw = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d+$/.test(raw)) throw AppException.badRequest(messages.common.invalidNumericId(field));
  const id = Number(raw);
  if (id < 1 || id > MAX_INT4) throw AppException.badRequest(messages.common.invalidNumericId(field));
  return id;
}

export function describeIdentifier(identifier: Identifier): string {
  return identifier.kind === 'id' ? String(identifier.id) : identifier.name;
}
