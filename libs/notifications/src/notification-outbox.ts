import { Injectable } from '@nestjs/common';
import type { Transaction } from '@zdm/database';
import { conditionChanges } from './domain/condition-transition';
import { mailedToJobAddresses, NewNotificationEvent, NotificationEventType } from './domain/notification-event';
import { NotificationConditionsRepository } from './notification-conditions.repository';
import { NotificationsRepository } from './notifications.repository';

/**
 * The outbox writer other libs call inside their own transaction (spec §15): the event and one
 * pending delivery per subscribed channel and per `mailTo` address commit or roll back with the
 * change that caused them. Sending is the NotificationWorker's, after the commit, so a mail server
 * or webhook that is down never delays nor fails the caller.
 */
@Injectable()
export class NotificationOutbox {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly conditions: NotificationConditionsRepository,
  ) {}

  /** Records `event` in the caller's transaction (`manager`); returns the event id. */
  record(manager: Transaction, event: NewNotificationEvent): Promise<string> {
    const addresses = mailedToJobAddresses(event.type) ? (event.mailTo ?? []) : [];
    return this.repository.insertEvent(manager, event, { addresses });
  }

  /**
   * A periodic check's observation of a lasting condition (`job.stale`, `agent.offline`): `observed`
   * are the objects in it now. Objects no longer in it are forgotten; objects newly in it are
   * recorded, and for each one THIS call recorded, `eventOf(id)` is written to the outbox in the
   * same transaction (`manager`). Every replica may check at once and on every tick: a transition is
   * reported once (the conditional insert of one replica wins), and again only after a recovery.
   * Returns the ids reported by this call.
   */
  async recordConditions(
    manager: Transaction,
    kind: NotificationEventType,
    observed: number[],
    now: Date,
    eventOf: (objectId: number) => Promise<NewNotificationEvent | undefined> | NewNotificationEvent | undefined,
  ): Promise<number[]> {
    const changes = conditionChanges(await this.conditions.reported(manager, kind), observed);
    await this.conditions.clear(manager, kind, changes.clear);
    const raised = await this.conditions.raise(manager, kind, changes.raise, now);
    for (const id of raised) {
      const event = await eventOf(id);
      if (event) await this.record(manager, event);
    }
    return raised;
  }
}
