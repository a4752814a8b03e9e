import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, formatLocalDateTime, messages, pageWindow, paginate, Paginated, Refusal } from '@zdm/common';
import { TransactionRunner } from '@zdm/database';
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { checkChannelTarget } from './domain/channel-target';
import { isPrivateAddress } from './domain/private-address';
import { CreateChannelDto } from './dto/create-channel.dto';
import { DeliveriesQuery } from './dto/deliveries-query.dto';
import { ChannelTestView, ChannelView, CreatedChannelView, DeliveryView } from './dto/notification.views';
import { ChannelRow, DeliveryRow, NotificationsRepository } from './notifications.repository';

/** Channels (admin) and the deliveries list (spec §15). */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: NotificationsRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** 400 naming `target` or `secret` when refused; a webhook without `secret` gets a generated one. */
  async createChannel(dto: CreateChannelDto): Promise<CreatedChannelView> {
    const checked = checkChannelTarget(dto.type, dto.target);
    if (!checked.ok) {
      const m = messages.notifications;
      switch (checked.reason) {
        case 'invalid-email':
          throw Refusal.invalid(m.invalidEmailTarget('target'));
        case 'invalid-url':
          throw Refusal.invalid(m.invalidWebhookTarget('target'));
        case 'url-credentials':
          throw Refusal.invalid(m.webhookTargetWithCredentials('target'));
      }
    }
    if (dto.type === 'email' && dto.secret !== undefined) {
      throw Refusal.invalid(messages.notifications.secretOnlyForWebhooks('secret'));
    }
    if (dto.type === 'webhook' && !this.config.notifications.allowPrivateTargets) {
      const host = new URL(checked.target).hostname.replace(/^\[|\]$/g, '');
      if (host === 'localhost' || (isIP(host) !== 0 && isPrivateAddress(host))) {
        throw Refusal.invalid(messages.notifications.privateWebhookTarget('target'));
      }
    }
    const secret = dto.type === 'webhook' ? (dto.secret ?? randomBytes(32).toString('hex')) : null;
    const row = await this.repository.insertChannel({
      type: dto.type,
      target: checked.target,
      events: [...new Set(dto.events)],
      secret,
      created_at: this.clock.now(),
    });
    return { ...this.channelView(row), secret };
  }

  async channels(): Promise<ChannelView[]> {
    return (await this.repository.channels()).map((row) => this.channelView(row));
  }

  async deleteChannel(idParam: string): Promise<ChannelView> {
    const row = await this.channel(idParam);
    await this.repository.deleteChannel(row.id);
    return this.channelView(row);
  }

  /** Records a `channel.test` event for this channel only; the worker delivers it like any other. */
  async testChannel(idParam: string): Promise<ChannelTestView> {
    const row = await this.channel(idParam);
    const now = this.clock.now();
    const eventId = await this.transactions.run((tx) =>
      this.repository.insertEvent(
        tx,
        { type: 'channel.test', time: now, data: { channel: { id: row.id, type: row.type } } },
        { addresses: [], channelId: row.id },
      ),
    );
    return { eventId: Number(eventId) };
  }

  async deliveries(query: DeliveriesQuery): Promise<Paginated<DeliveryView>> {
    const window = pageWindow(query, 'DESC');
    const { rows, total } = await this.repository.deliveries(
      { state: query.state, channelId: query.channel },
      window.skip,
      window.take,
      window.order,
    );
    return paginate(
      rows.map((row) => this.deliveryView(row)),
      window,
      total,
    );
  }

  private async channel(idParam: string): Promise<ChannelRow> {
    if (!/^\d{1,10}$/.test(idParam) || Number(idParam) < 1 || Number(idParam) > 2147483647) {
      throw Refusal.invalid(messages.notifications.invalidChannelId('id'));
    }
    const row = await this.repository.channel(Number(idParam));
    if (!row) throw Refusal.notFound(messages.notifications.channelNotFound('id', idParam));
    return row;
  }

  private channelView(row: ChannelRow): ChannelView {
    return {
      id: row.id,
      type: row.type,
      target: row.target,
      events: row.events,
      createdAt: formatLocalDateTime(new Date(row.created_at), this.config.timeZone),
    };
  }

  private deliveryView(row: DeliveryRow): DeliveryView {
    const done = row.state === 'sent' || row.state === 'dead';
    return {
      id: Number(row.id),
      event: { id: Number(row.event_id), type: row.event_type },
      channel: row.channel_id !== null && row.channel_type ? { id: row.channel_id, type: row.channel_type } : null,
      address: row.address,
      state: row.state,
      attempts: row.attempts,
      nextAttemptAt: done ? '-' : formatLocalDateTime(new Date(row.next_attempt_at), this.config.timeZone),
      lastError: row.last_error,
      sentAt: formatLocalDateTime(row.sent_at ? new Date(row.sent_at) : null, this.config.timeZone),
      sentTo: row.sent_to,
    };
  }
}
