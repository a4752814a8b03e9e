import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationChannelEntity } from './notification-channel.entity';
import { NotificationConditionEntity } from './notification-condition.entity';
import { NotificationConditionsRepository } from './notification-conditions.repository';
import { NotificationDeliveryEntity } from './notification-delivery.entity';
import { NotificationEventEntity } from './notification-event.entity';
import { NotificationMetrics } from './notification.metrics';
import { NotificationOutbox } from './notification-outbox';
import { NotificationWorker } from './notification-worker';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { HttpWebhookSender } from './senders/http-webhook-sender';
import { MailSender } from './senders/mail-sender';
import { NodemailerMailSender } from './senders/nodemailer-mail-sender';
import { WebhookSender } from './senders/webhook-sender';

/**
 * Notifications (spec §15): the outbox other libs write to in their transactions, the delivery
 * worker (one per replica), email and webhook senders behind ports, channels and deliveries routes.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      NotificationEventEntity,
      NotificationChannelEntity,
      NotificationDeliveryEntity,
      NotificationConditionEntity,
    ]),
  ],
  controllers: [NotificationsController],
  providers: [
    NotificationsRepository,
    NotificationConditionsRepository,
    NotificationOutbox,
    NotificationsService,
    NotificationWorker,
    NotificationMetrics,
    { provide: MailSender, useClass: NodemailerMailSender },
    { provide: WebhookSender, useClass: HttpWebhookSender },
  ],
  exports: [NotificationOutbox, NotificationWorker],
})
export class NotificationsModule {}
