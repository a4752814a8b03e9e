import { Injectable } from '@nestjs/common';
import { AppConfig, Clock } from '@zdm/common';
import { AgentDirectory } from '@zdm/runs';
import { AgentsRepository } from './agents.repository';

/**
 * The runs lib's AgentDirectory port (bound in apps/api): agents' names for run views and which servers
 * have an agent online (monitoring's `waiting-for-agent`). Reads only the agents table, so the runs
 * lib's services that use it never wait on the agents lib's services that use them.
 */
@Injectable()
export class AgentsDirectory extends AgentDirectory {
  constructor(
    private readonly agents: AgentsRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** Agents' names by id (runs show `agent: {id, name}`), revoked ones included. */
  names(agentIds: number[]): Promise<Map<number, string>> {
    return this.agents.names(agentIds);
  }

  /** Which of these servers have an agent online now (the rule of `status` in the list). */
  serversWithAgentOnline(serverIds: number[]): Promise<Set<number>> {
    return this.agents.serversSeenSince(
      serverIds,
      new Date(this.clock.now().getTime() - this.config.agents.offlineAfterMs),
    );
  }
}
