import type { UnauditedAnswer } from './not-audited.decorator';

/**
 * The name a route's audit rows carry: `<controller>.<handler>` with the controller's name
 * lower-camel and without `Controller` (`users.update`, `backupJobs.register`, `auth.issue`).
 */
export function routeAction(controller: { name: string }, handler: { name: string }): string {
  const base = controller.name.replace(/Controller$/, '');
  return `${base.charAt(0).toLowerCase()}${base.slice(1)}.${handler.name}`;
}

/** What the global guard leaves on a request for the audit log and the request log line. */
export interface AttributedRequest {
  /** Set for every request that reached a route (see routeAction). */
  routeAction?: string;
  /**
   * Why the request's credentials were refused (an AppException 401/403, or the error of the
   * lookup), set by the authentication hook before the body is read; the guard throws it.
   */
  authenticationFailure?: unknown;
  /** Set once the token checked out (`id`/`email` null and `apiKey` set for an API key, spec §16). */
  user?: { id: number | null; email: string | null; apiKey?: { id: number; name: string } };
  /** Set once an agent token checked out (agent routes, spec §8): the agent is the actor. */
  agent?: { id: number; name: string };
  /** The route's `@NotAudited` answers, if any. */
  unaudited?: readonly UnauditedAnswer[];
  /** What the write was about when neither path nor body says (a claim: the run handed out). */
  auditTarget?: string;
}
