import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/** The field log lines carry the request id under (the request line and the exception filter's). */
export const REQUEST_ID_LOG_KEY = 'requestId';

/**
 * What we accept from a client's X-Request-ID: letters, digits and `._:-`, at most 128 characters
 * (UUIDs, trace ids). Anything else (quotes, angle brackets, slashes, control characters) could
 * forge log fields or travel into other systems' headers and pages, so a new id is minted instead.
 */
export const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Honour a sane incoming `X-Request-ID`, otherwise mint a UUID v4. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTABLE_REQUEST_ID.test(value) ? value : randomUUID();
}
