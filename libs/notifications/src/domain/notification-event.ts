/** Every event type spec §15 names; this slice records the `run.*` ones. */
export const NOTIFICATION_EVENT_TYPES = [
  'run.failed',
  'run.lost',
  'run.missed',
  'run.succeeded',
  'job.stale',
  'agent.offline',
  'image.corrupt',
  'recovery.succeeded',
  'recovery.failed',
] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];

export const CHANNEL_TYPES = ['email', 'webhook'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const DELIVERY_STATES = ['pending', 'sent', 'failed', 'dead'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** What a run event is about (the `data` of `run.*` events). */
export interface RunEventData {
  job: { id: number; name: string };
  server: { id: number; name: string };
  run: { id: number; result: string; errorMessage: string | null; startedAt: string | null; endedAt: string | null };
  /** The last lines of the run's log, oldest first. */
  logTail: string[];
  /** The job's next slot (ISO-8601), null when none is scheduled. */
  nextSlot: string | null;
}

/** An event as the outbox takes it from the lib that causes it. */
export interface NewNotificationEvent {
  type: NotificationEventType;
  time: Date;
  data: Record<string, unknown>;
  /**
   * A job's `mailEvent` addresses: each gets the event by email (never `run.succeeded`, which only
   * channels subscribing to it get).
   */
  mailTo?: string[];
}

/** An event as it is delivered (the webhook body). */
export interface NotificationEvent {
  id: string;
  type: string;
  time: string;
  data: Record<string, unknown>;
}

/** Whether a job's `mailEvent` addresses get events of this type. */
export function mailedToJobAddresses(type: NotificationEventType): boolean {
  return type !== 'run.succeeded';
}

/** The addresses of a `mailEvent` value (`a@x; B@y,c@z`), lower-cased, each once, in order. */
export function mailAddresses(value: string | null | undefined): string[] {
  const addresses = (value ?? '')
    .split(/[,;]/)
    .map((part) => part.trim().toLowerCase())
    .filter((address) => address !== '');
  return [...new Set(addresses)];
}
