import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { CREATE_SCHEDULE_EXAMPLES } from './schedule.examples';
import { RequiredRole, ResponseMessage } from '@zdm/common';
import { CreateScheduleDto, NextRunsQuery, PreviewScheduleDto, ScheduleListQuery } from './schedule.dto';
import { SchedulesService } from './schedules.service';

@ApiTags('Schedules')
@ApiBearerAuth()
@Controller('schedules')
export class SchedulesController {
  constructor(private readonly schedules: SchedulesService) {}

  @Post()
  @RequiredRole('operator')
  @ResponseMessage('Schedule registered successfully')
  @ApiBody({ type: CreateScheduleDto, examples: CREATE_SCHEDULE_EXAMPLES })
  register(@Body() dto: CreateScheduleDto) {
    return this.schedules.register(dto);
  }

  /** Beyond: description and next runs of an unsaved schedule body. */
  @Post('preview')
  @RequiredRole('viewer')
  @HttpCode(200)
  @ResponseMessage('Schedule preview')
  preview(@Body() dto: PreviewScheduleDto) {
    return this.schedules.preview(dto);
  }

  @Get()
  @RequiredRole('viewer')
  @ResponseMessage('Schedule information list')
  list(@Query() query: ScheduleListQuery) {
    return this.schedules.list(query);
  }

  @Get(':id')
  @RequiredRole('viewer')
  @ResponseMessage('Schedule information retrieved')
  get(@Param('id') id: string) {
    return this.schedules.get(id);
  }

  /** Beyond: the next run times (DST-correct, in the schedule's zone). */
  @Get(':id/next-runs')
  @RequiredRole('viewer')
  @ResponseMessage('Schedule next run times')
  nextRuns(@Param('id') id: string, @Query() query: NextRunsQuery) {
    return this.schedules.nextRunsOf(id, query.count);
  }

  @Delete(':id')
  @RequiredRole('operator')
  @HttpCode(200)
  @ResponseMessage('Schedule has been successfully deleted')
  remove(@Param('id') id: string) {
    return this.schedules.remove(id);
  }
}
