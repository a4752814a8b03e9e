import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/** The field log lines carry the request id under (the request line and the exception filter's). */
export const REQUEST_ID_LOG_KEY = 'requestId';

/** Printable ASCII without spaces, at most 128 characters: what we accept from a client's X-Request-ID. */
const ACCEPTABLE_REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

/** Honour a sane incoming `X-Request-ID`, otherwise mint a UUID v4. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTABLE_REQUEST_ID.test(value) ? value : randomUUID();
}
