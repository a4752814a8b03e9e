export type AgentStatus = 'online' | 'offline';

/** `online` when the agent's last call is within `offlineAfterMs` of `now` (spec §8). */
export function agentStatus(lastSeenAt: Date | null, now: Date, offlineAfterMs: number): AgentStatus {
  if (!lastSeenAt) return 'offline';
  return now.getTime() - lastSeenAt.getTime() <= offlineAfterMs ? 'online' : 'offline';
}

/**
 * Whether an agent counts as gone offline for `agent.offline` (spec §15): it called at least once (an
 * agent registered and never started has not gone anywhere) and is offline by `agentStatus`.
 */
export function agentGoneOffline(lastSeenAt: Date | null, now: Date, offlineAfterMs: number): boolean {
  return lastSeenAt !== null && agentStatus(lastSeenAt, now, offlineAfterMs) === 'offline';
}

/** Last-seen writes are skipped when the stored value is younger than this (one write per agent per second at most). */
export const LAST_SEEN_WRITE_INTERVAL_MS = 1000;
