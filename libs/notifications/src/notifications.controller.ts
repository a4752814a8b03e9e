import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, RequiredRole, ResponseMessage } from '@zdm/common';
import { CreateChannelDto } from './dto/create-channel.dto';
import { DeliveriesQuery } from './dto/deliveries-query.dto';
import { ChannelTestView, ChannelView, CreatedChannelView, DeliveryView } from './dto/notification.views';
import { NotificationsService } from './notifications.service';

const CHANNEL_ID_PARAM = {
  name: 'id',
  description: 'Channel id',
  schema: { type: 'integer', minimum: 1, maximum: 2147483647 },
} as const;

@ApiTags('Notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Add a channel: email addresses or a webhook URL, and the events it gets. A webhook's secret is shown once. */
  @Post('channels')
  @RequiredRole('admin')
  @ApiOperation({ operationId: 'createNotificationChannel', summary: 'Add a notification channel' })
  @ApiEnvelope(CreatedChannelView, { status: 201, message: 'Notification channel created' })
  @ApiErrors([400], { descriptions: { 400: 'Invalid type, target, events or secret' } })
  @ResponseMessage('Notification channel created')
  create(@Body() dto: CreateChannelDto): Promise<CreatedChannelView> {
    return this.notifications.createChannel(dto);
  }

  /** Every channel (without secrets). */
  @Get('channels')
  @RequiredRole('admin')
  @ApiOperation({ operationId: 'listNotificationChannels', summary: 'Notification channels' })
  @ApiEnvelope(ChannelView, { message: 'Notification channels', list: true })
  @ResponseMessage('Notification channels')
  list(): Promise<ChannelView[]> {
    return this.notifications.channels();
  }

  /** Remove a channel and its deliveries. */
  @Delete('channels/:id')
  @RequiredRole('admin')
  @HttpCode(200)
  @ApiOperation({ operationId: 'deleteNotificationChannel', summary: 'Remove a notification channel' })
  @ApiParam(CHANNEL_ID_PARAM)
  @ApiEnvelope(ChannelView, { message: 'Notification channel deleted' })
  @ApiErrors([400, 404], { descriptions: { 400: 'Channel id is not a number', 404: 'Unknown channel' } })
  @ResponseMessage('Notification channel deleted')
  remove(@Param('id') id: string): Promise<ChannelView> {
    return this.notifications.deleteChannel(id);
  }

  /** Record a `channel.test` event for this channel; the delivery worker sends it like any event. */
  @Post('channels/:id/test')
  @RequiredRole('admin')
  @HttpCode(202)
  @ApiOperation({ operationId: 'testNotificationChannel', summary: 'Send a test event to a channel' })
  @ApiParam(CHANNEL_ID_PARAM)
  @ApiEnvelope(ChannelTestView, { status: 202, message: 'Notification test queued' })
  @ApiErrors([400, 404], { descriptions: { 400: 'Channel id is not a number', 404: 'Unknown channel' } })
  @ResponseMessage('Notification test queued')
  test(@Param('id') id: string): Promise<ChannelTestView> {
    return this.notifications.testChannel(id);
  }

  /** Deliveries, newest first; filters `state`, `channel`. */
  @Get('deliveries')
  @RequiredRole('admin')
  @ApiOperation({ operationId: 'listNotificationDeliveries', summary: 'Notification deliveries, newest first' })
  @ApiEnvelope(DeliveryView, { message: 'Notification deliveries', list: true, paginated: true })
  @ApiErrors([400], { descriptions: { 400: 'Invalid filter or pagination' } })
  @ResponseMessage('Notification deliveries')
  deliveries(@Query() query: DeliveriesQuery) {
    return this.notifications.deliveries(query);
  }
}
