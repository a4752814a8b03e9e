import { RunEntity } from './run.entity';

/**
 * Port: what happens after a run ends (spec §8/§9: ingest the run's image into the catalog, then
 * enforce retention after a success). Declared here, implemented by a higher lib (agents/images),
 * bound in apps/api. Called by `RunExecutionService.complete` after the completion is committed and
 * before the agent's call returns, once per run (a repeated completion does not call it again). A
 * listener may write to the run's log (`RunExecutionService.appendLog`); its errors are logged and
 * do not undo the completion.
 */
export abstract class RunCompletedListener {
  abstract onRunCompleted(run: RunEntity): Promise<void>;
}

/**
 * Port: agents' names for run views (`agent: {id, name}`), and which servers have an agent online (an
 * agent call within AGENT_OFFLINE_AFTER_MS: monitoring's `waiting-for-agent`). Implemented by the
 * agents lib; without it a run shows `agent-<id>` and every server counts as having one.
 */
export abstract class AgentDirectory {
  abstract names(agentIds: number[]): Promise<Map<number, string>>;
  abstract serversWithAgentOnline(serverIds: number[]): Promise<Set<number>>;
}
