import { Injectable } from '@nestjs/common';
import { addRouteHook, AttributedRequest, Clock, isUnaudited, routeMethods } from '@zdm/common';
import { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { AuditService } from './audit.service';
import { AuditRecord, isAuditedWrite, outcomeOf, pathOf, targetOf } from './domain/audit-entry';

/**
 * Feeds the audit log from the HTTP layer: every write that reached a route (the guard names the
 * route on the request) is recorded as its answer is sent, whatever the answer: created, refused
 * with 401/403/429, invalid, failed. A Fastify hook rather than a Nest interceptor, because
 * interceptors never see what the guard refused. The actor is the user of a user token, the key of an
 * API key or the agent of an agent token; a route's `@NotAudited` answers are left out.
 *
 * A successful write's row is inserted before its answer leaves (issue 21.3: rows queued for up to
 * 200 ms were lost when the process was killed right after a 2xx), at the cost of one INSERT.
 * Refusals and failures changed nothing and may come in floods: they stay queued (bounded).
 */
@Injectable()
export class AuditRecorder {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** On the routes of write methods only: a read never pays for the (async) hook. */
  attach(fastify: FastifyInstance): void {
    addRouteHook(fastify, 'onSend', hasAuditedWrite, async (request, reply, payload) => {
      const entry = this.entryOf(request, reply);
      if (entry === undefined) return payload;
      if (entry.outcome === 'success') await this.audit.recordNow(entry);
      else this.audit.record(entry);
      return payload;
    });
  }

  private entryOf(request: FastifyRequest & AttributedRequest, reply: FastifyReply): AuditRecord | undefined {
    if (request.routeAction === undefined || !isAuditedWrite(request.method)) return undefined;
    if (isUnaudited(reply.statusCode, request.unaudited)) return undefined;
    return {
      time: this.clock.now(),
      actorId: request.user?.id ?? null,
      actorEmail: request.user?.email ?? null,
      agentId: request.agent?.id ?? null,
      agentName: request.agent?.name ?? null,
      apiKeyId: request.user?.apiKey?.id ?? null,
      apiKeyName: request.user?.apiKey?.name ?? null,
      action: request.routeAction,
      method: request.method,
      path: pathOf(request.originalUrl),
      target: request.auditTarget ?? targetOf(request.params, request.body),
      requestId: String(request.id),
      status: reply.statusCode,
      outcome: outcomeOf(reply.statusCode),
    };
  }
}

function hasAuditedWrite(route: RouteOptions): boolean {
  return routeMethods(route).some(isAuditedWrite);
}
