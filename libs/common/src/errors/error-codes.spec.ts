import { ERROR_CODE_VALUES, ERROR_CODES, errorCodesOfStatus, isErrorCode } from './error-codes';

describe('ERROR_CODES (the one table of error codes)', () => {
  it('gives every code an error status and a meaning', () => {
    for (const code of ERROR_CODE_VALUES) {
      const definition = ERROR_CODES[code];
      expect({ code, ok: definition.statuses.every((s) => s >= 400 && s <= 599) }).toEqual({ code, ok: true });
      expect(definition.meaning.length).toBeGreaterThan(0);
      expect(code).toMatch(/^[A-Z][A-Z_]+[A-Z]$/);
    }
  });

  it.each([
    [400, ['VALIDATION_ERROR', 'IMAGE_OF_ANOTHER_SERVER']],
    [401, ['UNAUTHORIZED']],
    [403, ['FORBIDDEN']],
    [404, ['NOT_FOUND', 'INVALID_CREDENTIALS']],
    [413, ['PAYLOAD_TOO_LARGE']],
    [414, ['URI_TOO_LONG']],
    [415, ['UNSUPPORTED_MEDIA_TYPE']],
    [422, ['IDEMPOTENCY_KEY_REUSED']],
    [429, ['RATE_LIMITED']],
    [500, ['INTERNAL_SERVER_ERROR']],
    [503, ['DATABASE_UNAVAILABLE', 'REPOSITORY_UNAVAILABLE']],
  ])('sends %i with %j', (status, codes) => {
    expect(errorCodesOfStatus(status)).toEqual(codes);
  });

  it.each([
    ['VALIDATION_ERROR', true],
    ['RUN_NOT_OWNED', true],
    ['validation_error', false],
    ['toString', false],
    [42, false],
  ])('isErrorCode(%p) is %p', (value, expected) => {
    expect(isErrorCode(value)).toBe(expected);
  });
});
