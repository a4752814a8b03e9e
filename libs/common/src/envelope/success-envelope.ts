import { FastifyReply } from 'fastify';
import { Paginated } from '../pagination/paginated';
import { formatTimestamp } from '../time/timestamp';
import { DEFAULT_ENVELOPE_STYLE } from './envelope-style.decorator';
import { envelopeConfigOf } from './route-config';
import { SerializedData } from './serialized-data';

/**
 * The success envelope (spec §1) around a handler's result: `{ success, requestID, data, message,
 * timestamp }`, plus a top-level `pagination` for a `Paginated` result that carries one. Routes
 * without `@ResponseMessage` (docs, raw routes) are left alone. `SerializedData` (stored JSON
 * bytes) is written between the envelope's two halves without being serialized again.
 */
export function successEnvelope(result: unknown, reply: FastifyReply, timeZone: string): unknown {
  const route = envelopeConfigOf(reply.request);
  const message = route?.responseMessage;
  if (message === undefined) return result;
  const requestID = String(reply.request.id);
  const timestamp = formatTimestamp(new Date(), (route?.envelopeStyle ?? DEFAULT_ENVELOPE_STYLE).timestamp, timeZone);
  if (result instanceof SerializedData) {
    void reply.header('content-type', 'application/json; charset=utf-8');
    return result.enveloped(
      `{"success":true,"requestID":${JSON.stringify(requestID)},"data":`,
      `,"message":${JSON.stringify(message)},"timestamp":"${timestamp}"}`,
    );
  }
  if (result instanceof Paginated) {
    return result.pagination
      ? { success: true, requestID, data: result.items, pagination: result.pagination, message, timestamp }
      : { success: true, requestID, data: result.items, message, timestamp };
  }
  return { success: true, requestID, data: result ?? null, message, timestamp };
}
