import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { RequiredRole, ResponseMessage } from '@zdm/common';
import { FastifyReply } from 'fastify';
import { MonitoringQuery, RunHistoryQuery, RunLogQuery, RunNowDto } from './dto/run-query.dto';
import { ApiRunsError, ApiRunsOk } from './dto/run-responses';
import { MonitoringItemView, RunLogPageView, RunView } from './dto/run.view';
import { EmptyBodyAsObject } from './empty-body.interceptor';
import { RunsService } from './runs.service';

const UNAUTHORIZED = ApiRunsError(401, 'Missing, invalid or expired token', 'UNAUTHORIZED');

/** Runs of backup jobs (spec §7): run now, history, one run, cancel, log, monitoring. Viewers read, operators start and cancel. */
@ApiTags('Backup runs')
@ApiBearerAuth()
@Controller()
export class RunsController {
  constructor(private readonly runs: RunsService) {}

  /**
   * Run a job now. The same `Idempotency-Key` for the same job answers the run it made (200) instead
   * of queueing a second one.
   */
  @Post('backups/:identifier/runs')
  @RequiredRole('operator')
  @UseInterceptors(EmptyBodyAsObject)
  @ResponseMessage('Backup run queued')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Up to 255 visible ASCII characters' })
  @ApiRunsOk(201, RunView, { description: 'Run queued (trigger manual, state queued)', message: 'Backup run queued' })
  @ApiRunsOk(200, RunView, { description: 'The run this Idempotency-Key made before', message: 'Backup run queued' })
  @ApiRunsError(400, 'Invalid level or Idempotency-Key', 'VALIDATION_ERROR')
  @UNAUTHORIZED
  @ApiRunsError(404, 'Unknown job', 'NOT_FOUND')
  @ApiRunsError(409, 'The job has a run that is not done (named in the message)', 'JOB_ALREADY_RUNNING')
  async runNow(
    @Param('identifier') identifier: string,
    @Body() dto: RunNowDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<RunView> {
    const { run, created } = await this.runs.runNow(identifier, dto, idempotencyKey);
    void reply.status(created ? 201 : 200);
    return run;
  }

  /** A job's runs, newest first. */
  @Get('backups/:identifier/runs')
  @RequiredRole('viewer')
  @ResponseMessage('Backup run list')
  @ApiRunsOk(200, RunView, { description: 'Runs, newest first', message: 'Backup run list', list: true })
  @ApiRunsError(400, 'Invalid filter or pagination', 'VALIDATION_ERROR')
  @UNAUTHORIZED
  @ApiRunsError(404, 'Unknown job', 'NOT_FOUND')
  history(@Param('identifier') identifier: string, @Query() query: RunHistoryQuery) {
    return this.runs.history(identifier, query);
  }

  /** One item per job: latest run, last success, next slot and health. */
  @Get('backups/monitoring')
  @RequiredRole('viewer')
  @ResponseMessage('Backup monitoring')
  @ApiRunsOk(200, MonitoringItemView, {
    description: 'Jobs with their health',
    message: 'Backup monitoring',
    list: true,
  })
  @ApiRunsError(400, 'Invalid filter or pagination', 'VALIDATION_ERROR')
  @UNAUTHORIZED
  @ApiRunsError(404, 'Unknown server', 'NOT_FOUND')
  monitoring(@Query() query: MonitoringQuery) {
    return this.runs.monitoring(query);
  }

  /** One run. */
  @Get('runs/:id')
  @RequiredRole('viewer')
  @ResponseMessage('Backup run retrieved')
  @ApiRunsOk(200, RunView, { description: 'The run', message: 'Backup run retrieved' })
  @ApiRunsError(400, 'Run id is not a number', 'VALIDATION_ERROR')
  @UNAUTHORIZED
  @ApiRunsError(404, 'Unknown run', 'NOT_FOUND')
  get(@Param('id') id: string): Promise<RunView> {
    return this.runs.get(id);
  }

  /** Cancel a run: a queued run ends at once, a running one becomes `cancelling` until its agent stops. */
  @Post('runs/:id/cancel')
  @RequiredRole('operator')
  @HttpCode(200)
  @ResponseMessage('Backup run cancelled')
  @ApiRunsOk(200, RunView, { description: 'The run after the cancel', message: 'Backup run cancelled' })
  @ApiRunsError(400, 'Run id is not a number', 'VALIDATION_ERROR')
  @UNAUTHORIZED
  @ApiRunsError(404, 'Unknown run', 'NOT_FOUND')
  @ApiRunsError(409, 'The run has already ended', 'RUN_ALREADY_DONE')
  cancel(@Param('id') id: string): Promise<RunView> {
    return this.runs.cancel(id);
  }

  /** A page of a run's log lines from `start`. */
  @Get('runs/:id/log')
  @RequiredRole('viewer')
  @ResponseMessage('Backup run log')
  @ApiRunsOk(200, RunLogPageView, { description: 'Log lines', message: 'Backup run log' })
  @ApiRunsError(400, 'Invalid id, start or limit', 'VALIDATION_ERROR')
  @UNAUTHORIZED
  @ApiRunsError(404, 'Unknown run', 'NOT_FOUND')
  log(@Param('id') id: string, @Query() query: RunLogQuery): Promise<RunLogPageView> {
    return this.runs.log(id, query);
  }
}
