import { applyDecorators, SetMetadata } from '@nestjs/common';
import { addToRouteConfig } from './route-config';

export const RESPONSE_MESSAGE = 'zdm:response-message';

/**
 * The fixed `message` of a route's success envelope (spec: one string per endpoint). Stored as Nest
 * metadata (the OpenAPI document reads it) and in the Fastify route config, where the envelope
 * (success-envelope.ts) finds it for the request at hand.
 */
export const ResponseMessage = (message: string) =>
  applyDecorators(SetMetadata(RESPONSE_MESSAGE, message), addToRouteConfig({ responseMessage: message }));
