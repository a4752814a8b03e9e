import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiExtraModels, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, ID_SCHEMA, RequiredRole, ResponseMessage } from '@zdm/common';
import { CREATE_SCHEDULE_EXAMPLES } from './schedule.examples';
import { CreateScheduleDto, NextRunsQuery, PreviewScheduleDto, ScheduleListQuery } from './schedule.dto';
import { ScheduleFieldsDto, ScheduleObjectDto } from './schedule-object.dto';
import {
  RegisteredSchedulesView,
  ScheduleNextRunsView,
  SchedulePreviewView,
  ScheduleRemovalView,
  ScheduleView,
} from './schedule.view';
import { SchedulesService } from './schedules.service';

const ID_PARAM = { name: 'id', schema: ID_SCHEMA, description: 'Schedule id' };

@ApiTags('Schedules')
@ApiBearerAuth()
@ApiExtraModels(ScheduleFieldsDto, ScheduleObjectDto)
@Controller('schedules')
export class SchedulesController {
  constructor(private readonly schedules: SchedulesService) {}

  @Post()
  @RequiredRole('operator')
  @ResponseMessage('Schedule registered successfully')
  @ApiOperation({ operationId: 'createSchedule', summary: 'Register a schedule' })
  @ApiBody({ type: CreateScheduleDto, examples: CREATE_SCHEDULE_EXAMPLES })
  @ApiEnvelope(RegisteredSchedulesView, { status: 201, message: 'Schedule registered successfully' })
  @ApiErrors([404], { descriptions: { 404: 'Unknown center or user' } })
  @ResponseMessage('Schedule registered successfully')
  register(@Body() dto: CreateScheduleDto): Promise<RegisteredSchedulesView> {
    return this.schedules.register(dto);
  }

  /** Beyond: description and next runs of an unsaved schedule body. */
  @Post('preview')
  @RequiredRole('viewer')
  @HttpCode(200)
  @ApiOperation({ operationId: 'previewSchedule', summary: 'Describe an unsaved schedule and list its next runs' })
  @ApiEnvelope(SchedulePreviewView, { message: 'Schedule preview' })
  @ApiErrors([404], { descriptions: { 404: 'Unknown schedule id given as basic/advanced' } })
  @ResponseMessage('Schedule preview')
  preview(@Body() dto: PreviewScheduleDto): Promise<SchedulePreviewView> {
    return this.schedules.preview(dto);
  }

  @Get()
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'listSchedules', summary: 'List schedules' })
  @ApiEnvelope(ScheduleView, { message: 'Schedule information list', list: true, paginated: true })
  @ApiErrors([404], { descriptions: { 404: 'Unknown center' } })
  @ResponseMessage('Schedule information list')
  list(@Query() query: ScheduleListQuery) {
    return this.schedules.list(query);
  }

  @Get(':id')
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'getSchedule', summary: 'One schedule by id' })
  @ApiParam(ID_PARAM)
  @ApiEnvelope(ScheduleView, { message: 'Schedule information retrieved' })
  @ApiErrors([404])
  @ResponseMessage('Schedule information retrieved')
  get(@Param('id') id: string): Promise<ScheduleView> {
    return this.schedules.get(id);
  }

  /** Beyond: the next run times (DST-correct, in the schedule's zone). */
  @Get(':id/next-runs')
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'listScheduleNextRuns', summary: "A schedule's next run times" })
  @ApiParam(ID_PARAM)
  @ApiEnvelope(ScheduleNextRunsView, { message: 'Schedule next run times' })
  @ApiErrors([404])
  @ResponseMessage('Schedule next run times')
  nextRuns(@Param('id') id: string, @Query() query: NextRunsQuery): Promise<ScheduleNextRunsView> {
    return this.schedules.nextRunsOf(id, query.count);
  }

  @Delete(':id')
  @RequiredRole('operator')
  @HttpCode(200)
  @ApiOperation({ operationId: 'deleteSchedule', summary: 'Remove a schedule (409 while a job uses it)' })
  @ApiParam(ID_PARAM)
  @ApiEnvelope(ScheduleRemovalView, { message: 'Schedule has been successfully deleted' })
  @ApiErrors([404, 409], { descriptions: { 409: 'A backup job uses the schedule (the message names it)' } })
  @ResponseMessage('Schedule has been successfully deleted')
  remove(@Param('id') id: string): Promise<ScheduleRemovalView> {
    return this.schedules.remove(id);
  }
}
