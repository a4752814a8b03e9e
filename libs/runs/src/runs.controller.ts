import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, RequiredRole, ResponseMessage } from '@zdm/common';
import { FastifyReply } from 'fastify';
import { MonitoringQuery, RunHistoryQuery, RunLogQuery, RunNowDto, VerifyRunDto } from './dto/run-query.dto';
import { MonitoringItemView, RunLogPageView, RunView } from './dto/run.view';
import { EmptyBodyAsObject } from './empty-body.interceptor';
import { RunVerificationService } from './run-verification.service';
import { RunsService } from './runs.service';

const IDENTIFIER_PARAM = {
  name: 'identifier',
  description: 'Job id (all digits) or job name',
  schema: { type: 'string', minLength: 1, maxLength: 1024 },
} as const;

const RUN_ID_PARAM = {
  name: 'id',
  description: 'Run id',
  schema: { type: 'integer', minimum: 1, maximum: 2147483647 },
} as const;

/** Runs of backup jobs (spec §7): run now, history, one run, cancel, log, monitoring. Viewers read, operators start and cancel. */
@ApiTags('Backup runs')
@ApiBearerAuth()
@Controller()
export class RunsController {
  constructor(
    private readonly runs: RunsService,
    private readonly verification: RunVerificationService,
  ) {}

  /**
   * Run a job now. The same `Idempotency-Key` for the same job with the same body answers the run it
   * made (200) instead of queueing a second one; with another body it is refused (422).
   */
  @Post('backups/:identifier/runs')
  @RequiredRole('operator')
  @UseInterceptors(EmptyBodyAsObject)
  @ResponseMessage('Backup run queued')
  @ApiHeader({ name: 'idempotency-key', required: false, description: 'Up to 255 visible ASCII characters' })
  @ApiOperation({ operationId: 'runBackupJob', summary: 'Run a backup job now' })
  @ApiParam(IDENTIFIER_PARAM)
  @ApiEnvelope(RunView, {
    status: 201,
    message: 'Backup run queued',
    description: 'Run queued (trigger manual, state queued)',
  })
  @ApiEnvelope(RunView, { message: 'Backup run queued', description: 'The run this Idempotency-Key made before' })
  @ApiErrors([400, 404, 409, 422], {
    descriptions: {
      400: 'Invalid level or Idempotency-Key',
      404: 'Unknown job',
      409: 'The job has a run that is not done (named in the message)',
      422: 'IDEMPOTENCY_KEY_REUSED: the Idempotency-Key made a run with another request body',
    },
  })
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

  /**
   * Verify a restore point (spec §13): queues a run of kind `verify` of the point's chain (`image`, or
   * the job's newest point) for an agent of the job's server. What it finds marks the images.
   */
  @Post('backups/:identifier/verify')
  @RequiredRole('operator')
  @UseInterceptors(EmptyBodyAsObject)
  @ResponseMessage('Backup verification queued')
  @ApiOperation({ operationId: 'verifyBackupJob', summary: "Verify a backup job's restore point" })
  @ApiParam(IDENTIFIER_PARAM)
  @ApiEnvelope(RunView, {
    status: 201,
    message: 'Backup verification queued',
    description: 'Verify run queued (kind verify, state queued)',
  })
  @ApiErrors([400, 404, 409], {
    descriptions: {
      400: 'Invalid image',
      404: 'Unknown job, or no restore point of that image (named in the message)',
      409: 'NOTHING_TO_VERIFY: the job has no restore point; JOB_ALREADY_RUNNING: a run of the job is not done',
    },
  })
  verify(@Param('identifier') identifier: string, @Body() dto: VerifyRunDto): Promise<RunView> {
    return this.verification.verify(identifier, dto);
  }

  /** A job's runs, newest first. */
  @Get('backups/:identifier/runs')
  @RequiredRole('viewer')
  @ResponseMessage('Backup run list')
  @ApiOperation({ operationId: 'listBackupRuns', summary: "A backup job's runs, newest first" })
  @ApiParam(IDENTIFIER_PARAM)
  @ApiEnvelope(RunView, { message: 'Backup run list', description: 'Runs, newest first', list: true, paginated: true })
  @ApiErrors([400, 404], { descriptions: { 400: 'Invalid filter or pagination', 404: 'Unknown job' } })
  history(@Param('identifier') identifier: string, @Query() query: RunHistoryQuery) {
    return this.runs.history(identifier, query);
  }

  /** One item per job: latest run, last success, next slot and health. */
  @Get('backups/monitoring')
  @RequiredRole('viewer')
  @ResponseMessage('Backup monitoring')
  @ApiOperation({ operationId: 'getBackupMonitoring', summary: 'Every backup job with its latest run and health' })
  @ApiEnvelope(MonitoringItemView, {
    message: 'Backup monitoring',
    description: 'Jobs with their health',
    list: true,
    paginated: true,
  })
  @ApiErrors([400, 404], { descriptions: { 400: 'Invalid filter or pagination', 404: 'Unknown server' } })
  monitoring(@Query() query: MonitoringQuery) {
    return this.runs.monitoring(query);
  }

  /** One run. */
  @Get('runs/:id')
  @RequiredRole('viewer')
  @ResponseMessage('Backup run retrieved')
  @ApiOperation({ operationId: 'getBackupRun', summary: 'One backup run' })
  @ApiParam(RUN_ID_PARAM)
  @ApiEnvelope(RunView, { message: 'Backup run retrieved', description: 'The run' })
  @ApiErrors([400, 404], { descriptions: { 400: 'Run id is not a number', 404: 'Unknown run' } })
  get(@Param('id') id: string): Promise<RunView> {
    return this.runs.get(id);
  }

  /** Cancel a run: a queued run ends at once, a running one becomes `cancelling` until its agent stops. */
  @Post('runs/:id/cancel')
  @RequiredRole('operator')
  @HttpCode(200)
  @ResponseMessage('Backup run cancelled')
  @ApiOperation({ operationId: 'cancelBackupRun', summary: 'Cancel a backup run' })
  @ApiParam(RUN_ID_PARAM)
  @ApiEnvelope(RunView, { message: 'Backup run cancelled', description: 'The run after the cancel' })
  @ApiErrors([400, 404, 409], {
    descriptions: { 400: 'Run id is not a number', 404: 'Unknown run', 409: 'The run has already ended' },
  })
  cancel(@Param('id') id: string): Promise<RunView> {
    return this.runs.cancel(id);
  }

  /** A page of a run's log lines from `start`. */
  @Get('runs/:id/log')
  @RequiredRole('viewer')
  @ResponseMessage('Backup run log')
  @ApiOperation({ operationId: 'getBackupRunLog', summary: "A page of a backup run's log lines" })
  @ApiParam(RUN_ID_PARAM)
  @ApiEnvelope(RunLogPageView, { message: 'Backup run log', description: 'Log lines' })
  @ApiErrors([400, 404], { descriptions: { 400: 'Invalid id, start or limit', 404: 'Unknown run' } })
  log(@Param('id') id: string, @Query() query: RunLogQuery): Promise<RunLogPageView> {
    return this.runs.log(id, query);
  }
}
