import { FastifyAdapter } from '@nestjs/platform-fastify';
import { FastifyHttpOptions, FastifyReply } from 'fastify';
import { Server } from 'node:http';
import { successEnvelope } from './success-envelope';

/**
 * Nest's Fastify adapter with the success envelope put on every handler's result: Nest hands each
 * result (and nothing else: errors go through the exception filter) to `reply`. A global Nest
 * interceptor did this before; Nest runs interceptors through an rxjs pipeline with two
 * `AsyncResource.bind` calls per request (on Node 20 each defines two deprecated getters).
 */
export class EnvelopingFastifyAdapter extends FastifyAdapter {
  constructor(
    private readonly timeZone: string,
    options: FastifyHttpOptions<Server>,
  ) {
    super(options);
  }

  override reply(response: Parameters<FastifyAdapter['reply']>[0], body: unknown, statusCode?: number) {
    const envelope = isFastifyReply(response) ? successEnvelope(body, response, this.timeZone) : body;
    return super.reply(response, envelope, statusCode);
  }
}

function isFastifyReply(response: unknown): response is FastifyReply {
  return typeof (response as FastifyReply | undefined)?.request === 'object';
}
