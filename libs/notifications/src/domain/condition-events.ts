import { NewNotificationEvent } from './notification-event';

/** What a `job.stale` event is about (its `data`). */
export interface JobStaleEventData {
  job: { id: number; name: string };
  server: { id: number; name: string };
  /** The first slot since the last success (ISO-8601): the one no successful run answered. */
  missedSlot: string;
  /** When the job became stale: `missedSlot` + RUN_STALE_GRACE_MS. */
  staleSince: string;
  /** The job's last successful run's end, null when it never succeeded. */
  lastSuccessAt: string | null;
  /** The job's latest run, if any. */
  lastRun: { id: number; state: string; result: string | null } | null;
}

/** What an `agent.offline` event is about (its `data`). */
export interface AgentOfflineEventData {
  agent: { id: number; name: string };
  server: { id: number; name: string };
  /** The agent's last call (ISO-8601). */
  lastSeenAt: string;
  /** AGENT_OFFLINE_AFTER_MS: silence longer than this is offline. */
  offlineAfterMs: number;
}

/** The `job.stale` event of a job: to its `mailEvent` addresses and subscribed channels. */
export function jobStaleEvent(data: JobStaleEventData, time: Date, mailTo: string[]): NewNotificationEvent {
  return { type: 'job.stale', time, data: { ...data }, mailTo };
}

/** The `agent.offline` event of an agent: to subscribed channels (no job is concerned). */
export function agentOfflineEvent(data: AgentOfflineEventData, time: Date): NewNotificationEvent {
  return { type: 'agent.offline', time, data: { ...data } };
}
