import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

/** An answer the audit log may leave out: every success (2xx/3xx), or one exact status. */
export type UnauditedAnswer = 'success' | number;

export const NOT_AUDITED = 'zdm:not-audited';

/**
 * Answers of a write route the audit log leaves out (spec §12 audits writes that change what an
 * operator cares about). For the agent protocol's routine calls: a heartbeat, progress or log line
 * that succeeded is not an audit event (the agent's `lastSeenAt` and the run's log already hold it),
 * a claim that found nothing (204) changed nothing; a refused or failed call is always recorded.
 * The OpenAPI operation carries the list as `x-audit-omits`.
 */
export const NotAudited = (...answers: UnauditedAnswer[]) =>
  applyDecorators(SetMetadata(NOT_AUDITED, answers), ApiExtension('x-audit-omits', answers));

/** Whether a write answered with `status` is left out of the audit log by its route's `@NotAudited`. */
export function isUnaudited(status: number, answers: readonly UnauditedAnswer[] | undefined): boolean {
  if (!answers) return false;
  return answers.some((answer) => (answer === 'success' ? status < 400 : answer === status));
}
