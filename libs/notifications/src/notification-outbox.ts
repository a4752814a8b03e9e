import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { mailedToJobAddresses, NewNotificationEvent } from './domain/notification-event';
import { NotificationsRepository } from './notifications.repository';

/**
 * The outbox writer other libs call inside their own transaction (spec §15): the event and one
 * pending delivery per subscribed channel and per `mailTo` address commit or roll back with the
 * change that caused them. Sending is the NotificationWorker's, after the commit, so a mail server
 * or webhook that is down never delays nor fails the caller.
 */
@Injectable()
export class NotificationOutbox {
  constructor(private readonly repository: NotificationsRepository) {}

  /** Records `event` in the caller's transaction (`manager`); returns the event id. */
  record(manager: EntityManager, event: NewNotificationEvent): Promise<string> {
    const addresses = mailedToJobAddresses(event.type) ? (event.mailTo ?? []) : [];
    return this.repository.insertEvent(manager, event, { addresses });
  }
}
