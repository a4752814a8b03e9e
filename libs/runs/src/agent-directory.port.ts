/**
 * Port: agents' names for run views (`agent: {id, name}`), and which servers have an agent online (an
 * agent call within AGENT_OFFLINE_AFTER_MS: monitoring's `waiting-for-agent`). Implemented by the
 * agents lib; without it a run shows `agent-<id>` and every server counts as having one.
 */
export abstract class AgentDirectory {
  abstract names(agentIds: number[]): Promise<Map<number, string>>;
  abstract serversWithAgentOnline(serverIds: number[]): Promise<Set<number>>;
}
