/** The agent an agent token belongs to (the agents lib's `AgentIdentity` has at least these). */
export interface AgentTokenHolder {
  id: number;
  name: string;
}

/**
 * Port: checks an agent token against the agents table, answering its agent or throwing 401 (the
 * agents lib's AgentsService, bound in apps/api). The authentication hook calls it before the body
 * of an agent route's request is read.
 */
export abstract class AgentTokenCheck {
  abstract authenticate(token: string): Promise<AgentTokenHolder>;
}
