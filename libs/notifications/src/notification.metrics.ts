import { Injectable } from '@nestjs/common';
import { Clock, MetricsRegistry } from '@zdm/common';
import { Gauge } from 'prom-client';
import { NotificationsRepository } from './notifications.repository';

/**
 * Prometheus metrics of notifications (spec §15), read from the database at scrape (every replica
 * answers the same):
 * - `zdm_notification_deliveries{state,channel_type}`: deliveries by state and channel type
 *   (`address` for a job's mailEvent addresses);
 * - `zdm_notification_oldest_pending_seconds`: age of the oldest event with a delivery still
 *   pending or failed (0 when none).
 */
@Injectable()
export class NotificationMetrics {
  constructor(metrics: MetricsRegistry, repository: NotificationsRepository, clock: Clock) {
    const registers = [metrics.registry];
    new Gauge({
      name: 'zdm_notification_deliveries',
      help: 'Notification deliveries stored, by state and channel type (address: a job mailEvent address)',
      labelNames: ['state', 'channel_type'] as const,
      registers,
      async collect() {
        this.reset();
        for (const row of await repository.countByStateAndKind()) {
          this.set({ state: row.state, channel_type: row.kind }, row.count);
        }
      },
    });
    new Gauge({
      name: 'zdm_notification_oldest_pending_seconds',
      help: 'Age in seconds of the oldest event with a delivery not yet sent nor dead (0 when none)',
      registers,
      async collect() {
        const since = await repository.oldestPendingSince();
        this.set(since ? Math.max(0, (clock.now().getTime() - since.getTime()) / 1000) : 0);
      },
    });
  }
}
