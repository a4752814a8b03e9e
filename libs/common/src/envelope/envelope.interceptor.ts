import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyReply, FastifyRequest } from 'fastify';
import { map, Observable } from 'rxjs';
import { AppConfig } from '../config/app-config';
import { formatTimestamp } from '../time/timestamp';
import { Paginated } from '../pagination/paginated';
import { DEFAULT_ENVELOPE_STYLE, ENVELOPE_STYLE, EnvelopeStyleOptions } from './envelope-style.decorator';
import { RESPONSE_MESSAGE } from './response-message.decorator';
import { SerializedData } from './serialized-data';

/** Wraps every handler's return value in the success envelope (spec §1). */
@Injectable()
export class EnvelopeInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const targets = [context.getHandler(), context.getClass()];
    const message = this.reflector.getAllAndOverride<string | undefined>(RESPONSE_MESSAGE, targets);
    if (message === undefined) return next.handle(); // docs, raw routes
    const style =
      this.reflector.getAllAndOverride<EnvelopeStyleOptions | undefined>(ENVELOPE_STYLE, targets) ??
      DEFAULT_ENVELOPE_STYLE;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return next.handle().pipe(
      map((result: unknown) => {
        const requestID = String(request.id);
        const timestamp = formatTimestamp(new Date(), style.timestamp, this.config.timeZone);
        if (result instanceof SerializedData) {
          void context
            .switchToHttp()
            .getResponse<FastifyReply>()
            .header('content-type', 'application/json; charset=utf-8');
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
      }),
    );
  }
}
