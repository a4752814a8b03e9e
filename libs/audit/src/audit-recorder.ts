import { Injectable } from '@nestjs/common';
import { AttributedRequest, isUnaudited } from '@zdm/common';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuditService } from './audit.service';
import { isAuditedWrite, outcomeOf, pathOf, targetOf } from './domain/audit-entry';

/**
 * Feeds the audit log from the HTTP layer: every write that reached a route (the guard names the
 * route on the request) is recorded as its answer is sent, whatever the answer: created, refused
 * with 401/403/429, invalid, failed. A Fastify hook rather than a Nest interceptor, because
 * interceptors never see what the guard refused. The actor is the user of a user token or the agent of
 * an agent token; a route's `@NotAudited` answers are left out.
 */
@Injectable()
export class AuditRecorder {
  constructor(private readonly audit: AuditService) {}

  attach(fastify: FastifyInstance): void {
    fastify.addHook('onSend', (request, reply, payload, done) => {
      this.recordAnswer(request, reply);
      done(null, payload);
    });
  }

  private recordAnswer(request: FastifyRequest & AttributedRequest, reply: FastifyReply): void {
    if (request.routeAction === undefined || !isAuditedWrite(request.method)) return;
    if (isUnaudited(reply.statusCode, request.unaudited)) return;
    this.audit.record({
      time: new Date(),
      actorId: request.user?.id ?? null,
      actorEmail: request.user?.email ?? null,
      agentId: request.agent?.id ?? null,
      agentName: request.agent?.name ?? null,
      action: request.routeAction,
      method: request.method,
      path: pathOf(request.originalUrl),
      target: request.auditTarget ?? targetOf(request.params, request.body),
      requestId: String(request.id),
      status: reply.statusCode,
      outcome: outcomeOf(reply.statusCode),
    });
  }
}
