import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Transaction } from '@zdm/database';
import { DataSource } from 'typeorm';
import { ChannelType, DeliveryState } from './domain/notification-event';

export interface ChannelRow {
  id: number;
  type: ChannelType;
  target: string;
  events: string[];
  secret: string | null;
  created_at: Date;
}

/** A claimed delivery with what sending it needs: the event and the channel (or address). */
export interface DueDelivery {
  id: string;
  attempts: number;
  address: string | null;
  channel_id: number | null;
  channel_type: ChannelType | null;
  channel_target: string | null;
  channel_secret: string | null;
  event_id: string;
  event_type: string;
  event_time: Date;
  event_data: Record<string, unknown>;
}

export interface DeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  channel_id: number | null;
  channel_type: ChannelType | null;
  address: string | null;
  state: DeliveryState;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  sent_at: Date | null;
  sent_to: string | null;
}

export interface DeliveryFilter {
  state?: DeliveryState;
  channelId?: number;
}

/** Every SQL statement on `notification_events`, `notification_channels` and `notification_deliveries`. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Insert an event and its deliveries (every channel subscribed to its type, or only `channelId`,
   * and `addresses`), due at `time`, in the caller's transaction. Returns the event id.
   */
  async insertEvent(
    manager: Transaction,
    event: { type: string; time: Date; data: Record<string, unknown> },
    targets: { addresses: string[]; channelId?: number },
  ): Promise<string> {
    const [{ id }] = (await manager.query(
      'INSERT INTO notification_events (type, time, data) VALUES ($1, $2, $3) RETURNING id',
      [event.type, event.time, JSON.stringify(event.data)],
    )) as { id: string }[];
    if (targets.channelId !== undefined) {
      await manager.query(
        `INSERT INTO notification_deliveries (event_id, channel_id, state, next_attempt_at)
           VALUES ($1, $2, 'pending', $3)`,
        [id, targets.channelId, event.time],
      );
    } else {
      await manager.query(
        `INSERT INTO notification_deliveries (event_id, channel_id, state, next_attempt_at)
           SELECT $1, c.id, 'pending', $3 FROM notification_channels c WHERE $2 = ANY (c.events)`,
        [id, event.type, event.time],
      );
    }
    if (targets.addresses.length > 0) {
      await manager.query(
        `INSERT INTO notification_deliveries (event_id, address, state, next_attempt_at)
           SELECT $1, a, 'pending', $3 FROM unnest($2::varchar[]) AS a ON CONFLICT DO NOTHING`,
        [id, targets.addresses, event.time],
      );
    }
    return String(id);
  }

  /**
   * Claim up to `limit` due deliveries (pending or failed, `next_attempt_at` passed) in the caller's
   * short transaction `tx`: rows another replica holds are skipped (FOR UPDATE SKIP LOCKED), and each claimed
   * row gets `attempts + 1` and `next_attempt_at = leaseUntil`, so nobody else takes it until the
   * lease runs out (a replica killed mid-send leaves it to be retried then).
   */
  async claimDue(tx: Transaction, now: Date, leaseUntil: Date, limit: number): Promise<DueDelivery[]> {
    return (await tx.query(
      `WITH claimed AS (
             UPDATE notification_deliveries SET attempts = attempts + 1, next_attempt_at = $2
              WHERE id IN (SELECT id FROM notification_deliveries
                            WHERE state IN ('pending', 'failed') AND next_attempt_at <= $1
                            ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
              RETURNING id, attempts, address, channel_id, event_id)
           SELECT d.id, d.attempts, d.address, d.channel_id, c.type AS channel_type, c.target AS channel_target,
                  c.secret AS channel_secret, e.id AS event_id, e.type AS event_type, e.time AS event_time,
                  e.data AS event_data
             FROM claimed d
             JOIN notification_events e ON e.id = d.event_id
             LEFT JOIN notification_channels c ON c.id = d.channel_id
            ORDER BY d.id`,
      [now, leaseUntil, limit],
    )) as DueDelivery[];
  }

  /**
   * Records a claimed delivery sent. `attempts` is the claim's (each claim increments it): when the
   * lease ran out and another replica claimed the row since, this late answer changes nothing.
   */
  async markSent(id: string, attempts: number, at: Date, sentTo: string): Promise<void> {
    await this.db.query(
      `UPDATE notification_deliveries SET state = 'sent', sent_at = $3, sent_to = $4, last_error = NULL
        WHERE id = $1 AND attempts = $2 AND state IN ('pending', 'failed')`,
      [id, attempts, at, sentTo],
    );
  }

  /** Records a claimed delivery failed (retried at `nextAttemptAt`) or dead (null); same guard as markSent. */
  async markFailed(id: string, attempts: number, error: string, nextAttemptAt: Date | null): Promise<void> {
    await this.db.query(
      `UPDATE notification_deliveries
          SET state = CASE WHEN $4::timestamptz IS NULL THEN 'dead' ELSE 'failed' END,
              last_error = $3, next_attempt_at = COALESCE($4::timestamptz, next_attempt_at)
        WHERE id = $1 AND attempts = $2 AND state IN ('pending', 'failed')`,
      [id, attempts, error.slice(0, 2000), nextAttemptAt],
    );
  }

  async insertChannel(channel: Omit<ChannelRow, 'id'>): Promise<ChannelRow> {
    const [row] = (await this.db.query(
      `INSERT INTO notification_channels (type, target, events, secret, created_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, type, target, events, secret, created_at`,
      [channel.type, channel.target, channel.events, channel.secret, channel.created_at],
    )) as ChannelRow[];
    return row;
  }

  async channels(): Promise<ChannelRow[]> {
    return (await this.db.query(
      'SELECT id, type, target, events, secret, created_at FROM notification_channels ORDER BY id',
    )) as ChannelRow[];
  }

  async channel(id: number): Promise<ChannelRow | undefined> {
    const rows = (await this.db.query(
      'SELECT id, type, target, events, secret, created_at FROM notification_channels WHERE id = $1',
      [id],
    )) as ChannelRow[];
    return rows[0];
  }

  /** Deletes a channel (its deliveries go with it); false when there was none. */
  async deleteChannel(id: number): Promise<boolean> {
    const rows = (await this.db.query(
      'WITH deleted AS (DELETE FROM notification_channels WHERE id = $1 RETURNING id) SELECT id FROM deleted',
      [id],
    )) as { id: number }[];
    return rows.length > 0;
  }

  async deliveries(filter: DeliveryFilter, skip: number, take: number, order: 'ASC' | 'DESC') {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.state !== undefined) {
      params.push(filter.state);
      where.push(`d.state = $${params.length}`);
    }
    if (filter.channelId !== undefined) {
      params.push(filter.channelId);
      where.push(`d.channel_id = $${params.length}`);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = (await this.db.query(
      `SELECT count(*)::int AS total FROM notification_deliveries d ${clause}`,
      params,
    )) as { total: number }[];
    const rows = (await this.db.query(
      `SELECT d.id, d.event_id, e.type AS event_type, d.channel_id, c.type AS channel_type, d.address, d.state,
              d.attempts, d.next_attempt_at, d.last_error, d.sent_at, d.sent_to
         FROM notification_deliveries d
         JOIN notification_events e ON e.id = d.event_id
         LEFT JOIN notification_channels c ON c.id = d.channel_id
         ${clause} ORDER BY d.id ${order} OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, skip, take],
    )) as DeliveryRow[];
    return { rows, total };
  }

  /** Deliveries by state and channel type (`address` for a job's mailEvent addresses), for metrics. */
  async countByStateAndKind(): Promise<{ state: string; kind: string; count: number }[]> {
    return (await this.db.query(
      `SELECT d.state, COALESCE(c.type, 'address') AS kind, count(*)::int AS count
         FROM notification_deliveries d LEFT JOIN notification_channels c ON c.id = d.channel_id
        GROUP BY 1, 2`,
    )) as { state: string; kind: string; count: number }[];
  }

  /** When the oldest delivery not yet sent nor dead was due; null when there is none. */
  async oldestPendingSince(): Promise<Date | null> {
    const [row] = (await this.db.query(
      `SELECT min(e.time) AS since FROM notification_deliveries d JOIN notification_events e ON e.id = d.event_id
        WHERE d.state IN ('pending', 'failed')`,
    )) as { since: Date | null }[];
    return row?.since ? new Date(row.since) : null;
  }
}
