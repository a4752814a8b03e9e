import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Clock } from '@zdm/common';
import { TransactionRunner } from '@zdm/database';
import { afterFailure } from './domain/delivery-schedule';
import { eventMail } from './domain/event-mail';
import { mailAddresses, NotificationEvent } from './domain/notification-event';
import { webhookSignature } from './domain/webhook-signature';
import { DueDelivery, NotificationsRepository } from './notifications.repository';
import { DeliveryError } from './senders/delivery-error';
import { MailSender } from './senders/mail-sender';
import { WebhookSender } from './senders/webhook-sender';

/** Deliveries claimed at once. */
const BATCH = 20;
/** A claimed delivery is left to this replica this long (longer than an SMTP or webhook send may take). */
export const DELIVERY_LEASE_MS = 120_000;

/**
 * The delivery worker (one per replica): every NOTIFY_INTERVAL_MS it claims due deliveries (FOR
 * UPDATE SKIP LOCKED, leased; see NotificationsRepository.claimDue), sends each, and records it
 * `sent`, or `failed` with its next attempt (exponential backoff with jitter), or `dead` after 24 h
 * (or after a few permanent refusals). One failing target never holds up the others.
 */
@Injectable()
export class NotificationWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = false;

  constructor(
    private readonly repository: NotificationsRepository,
    private readonly transactions: TransactionRunner,
    private readonly mail: MailSender,
    private readonly webhooks: WebhookSender,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.notifications.intervalMs > 0) this.schedule();
  }

  /** Stops before the database closes (its `onApplicationShutdown`), after the send in progress. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /**
   * Deliver what is due now: batches until none is left. Returns how many deliveries were
   * attempted. Calls do not overlap (a call during one waits for it, then runs).
   */
  async tick(): Promise<number> {
    const previous = this.running ?? Promise.resolve(0);
    const next = previous.catch(() => 0).then(() => this.deliverDue());
    this.running = next;
    return next;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick()
        .catch((error: unknown) => this.logger.error({ err: error }, 'notification delivery tick failed'))
        .finally(() => this.schedule());
    }, this.config.notifications.intervalMs);
    this.timer.unref();
  }

  private async deliverDue(): Promise<number> {
    let attempted = 0;
    for (;;) {
      if (this.stopped) return attempted;
      const now = this.clock.now();
      const leaseUntil = new Date(now.getTime() + DELIVERY_LEASE_MS);
      const due = await this.transactions.run((tx) => this.repository.claimDue(tx, now, leaseUntil, BATCH));
      // The batch's sends run side by side: one after another, 20 targets at the 10 s webhook timeout
      // would outlast DELIVERY_LEASE_MS and another replica would send the rest again; and a local
      // receiver's round trips would bound throughput (bench:notifications).
      await Promise.all(due.map((delivery) => this.deliver(delivery)));
      attempted += due.length;
      if (due.length < BATCH) return attempted;
    }
  }

  private async deliver(delivery: DueDelivery): Promise<void> {
    const event: NotificationEvent = {
      id: String(delivery.event_id),
      type: delivery.event_type,
      time: new Date(delivery.event_time).toISOString(),
      data: delivery.event_data,
    };
    try {
      const sentTo = await this.send(delivery, event);
      await this.repository.markSent(delivery.id, delivery.attempts, this.clock.now(), sentTo);
    } catch (error) {
      const failure =
        error instanceof DeliveryError ? error : new DeliveryError(String((error as Error)?.message), 'transient');
      const next = afterFailure({
        attempts: delivery.attempts,
        kind: failure.kind,
        eventTime: new Date(delivery.event_time),
        now: this.clock.now(),
        random: Math.random(),
      });
      await this.repository.markFailed(
        delivery.id,
        delivery.attempts,
        failure.message,
        next.state === 'failed' ? next.nextAttemptAt : null,
      );
      this.logger.warn(
        { deliveryId: delivery.id, eventId: event.id, attempts: delivery.attempts, state: next.state },
        `notification delivery failed: ${failure.message}`,
      );
    }
  }

  /** Sends one delivery; answers where it went. */
  private async send(delivery: DueDelivery, event: NotificationEvent): Promise<string> {
    const headers = { 'X-ZDM-Event': event.type, 'X-ZDM-Delivery': String(delivery.id) };
    if (delivery.channel_type === 'webhook') {
      const url = delivery.channel_target ?? '';
      const body = JSON.stringify(event);
      const t = Math.floor(this.clock.now().getTime() / 1000);
      await this.webhooks.post({
        url,
        body,
        headers: { ...headers, 'X-ZDM-Signature': webhookSignature(delivery.channel_secret ?? '', t, body) },
      });
      return url;
    }
    const to = delivery.address !== null ? [delivery.address] : mailAddresses(delivery.channel_target);
    const { subject, text } = eventMail(event, this.config.notifications.language);
    const { sentTo } = await this.mail.send({
      to,
      subject,
      text,
      messageId: `<delivery-${delivery.id}.event-${event.id}@zdm>`,
      headers,
    });
    return sentTo;
  }
}
