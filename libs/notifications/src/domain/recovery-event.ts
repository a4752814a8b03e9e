import { NewNotificationEvent, NotificationEventType } from './notification-event';

/** What a `recovery.succeeded` / `recovery.failed` event is about (its `data`; spec §14, §15). */
export interface RecoveryEventData {
  /** The recovery job. */
  recovery: { id: number; name: string };
  /** The `restore` run that ended. */
  run: { id: number; result: string; errorMessage: string | null; startedAt: string | null; endedAt: string | null };
  /** The server the restore point was taken from. */
  source: { id: number; name: string };
  /** The server restored onto (its agent ran the restore). */
  target: { id: number; name: string };
  /** Source partition → target partition. */
  partitions: { source: string; target: string }[];
  /** The chain applied, oldest (the full) first. */
  chain: { image: string; level: string }[];
  /** The last lines of the run's log, oldest first. */
  logTail: string[];
}

/** The end of a recovery run as the recoveries lib knows it. */
export interface RecoveryEnded extends Omit<RecoveryEventData, 'run'> {
  run: { id: number; result: string | null; errorMessage: string | null; startedAt: Date | null; endedAt: Date | null };
  /** The recovery job's `mailEvent` addresses, if it has any. */
  mailTo?: string[];
}

/** The event a recovery run's result raises: success → succeeded; failed, lost, missed → failed; else none. */
export function recoveryEventType(result: string | null): NotificationEventType | undefined {
  switch (result ?? '') {
    case 'success':
    case 'warning':
      return 'recovery.succeeded';
    case 'failed':
    case 'lost':
    case 'missed':
      return 'recovery.failed';
    default:
      return undefined;
  }
}

/**
 * The event of an ended recovery run, for NotificationOutbox.record in the transaction that ended it;
 * undefined when its result raises none (cancelled, skipped).
 */
export function recoveryEvent(ended: RecoveryEnded, time: Date): NewNotificationEvent | undefined {
  const type = recoveryEventType(ended.run.result);
  if (!type) return undefined;
  const data: RecoveryEventData = {
    recovery: ended.recovery,
    run: {
      id: ended.run.id,
      result: ended.run.result ?? '',
      errorMessage: ended.run.errorMessage,
      startedAt: ended.run.startedAt?.toISOString() ?? null,
      endedAt: ended.run.endedAt?.toISOString() ?? null,
    },
    source: ended.source,
    target: ended.target,
    partitions: ended.partitions,
    chain: ended.chain,
    logTail: ended.logTail,
  };
  return { type, time, data: { ...data }, mailTo: ended.mailTo ?? [] };
}
