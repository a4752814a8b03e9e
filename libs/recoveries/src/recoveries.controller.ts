import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, PaginationQuery, RequiredRole, ResponseMessage } from '@zdm/common';
import { RunView } from '@zdm/runs';
import { RegisterRecoveryDto } from './dto/register-recovery.dto';
import { RecoveryRegistrationResult, RecoveryView } from './dto/recovery.view';
import { RecoveriesService } from './recoveries.service';

const IDENTIFIER_PARAM = {
  name: 'identifier',
  description: 'Recovery job id (all digits) or name',
  schema: { type: 'string', minLength: 1, maxLength: 1024 },
} as const;

/** Recovery jobs (spec §14): restore a restore point onto a server through its agent. */
@ApiTags('Recoveries')
@ApiBearerAuth()
@Controller('recoveries')
export class RecoveriesController {
  constructor(private readonly recoveries: RecoveriesService) {}

  /**
   * Register recovery jobs, one per partition, each with the chain it will apply; with `autoStart:
   * use` (default) a restore run is queued for the target server's agents at once. Validated first:
   * a refusal writes nothing.
   */
  @Post()
  @RequiredRole('operator')
  @ResponseMessage('Recovery jobs registered')
  @ApiOperation({ operationId: 'registerRecoveries', summary: 'Restore a restore point onto a server' })
  @ApiEnvelope(RecoveryRegistrationResult, {
    status: 201,
    message: 'Recovery jobs registered',
    description: 'One recovery job per partition',
  })
  @ApiErrors([400, 404, 409], {
    descriptions: {
      400: 'Invalid body, target partition smaller than the source partition (both sizes named), or OS family mismatch',
      404: 'Unknown server, partition or point image',
      409: 'NO_RESTORE_POINT (detail: each point and why it does not restore), RECOVERY_IN_PROGRESS (the target partition has an active recovery), RECOVERY_NAME_TAKEN, JOB_ALREADY_RUNNING (the source job runs)',
    },
  })
  register(@Body() dto: RegisterRecoveryDto): Promise<RecoveryRegistrationResult> {
    return this.recoveries.register(dto);
  }

  @Get()
  @RequiredRole('viewer')
  @ResponseMessage('Recovery job list')
  @ApiOperation({ operationId: 'listRecoveries', summary: 'Recovery jobs with their latest run' })
  @ApiEnvelope(RecoveryView, {
    message: 'Recovery job list',
    description: 'Recovery jobs',
    list: true,
    paginated: true,
  })
  @ApiErrors([400], { descriptions: { 400: 'Invalid pagination' } })
  list(@Query() query: PaginationQuery) {
    return this.recoveries.list(query);
  }

  @Get(':identifier')
  @RequiredRole('viewer')
  @ResponseMessage('Recovery job retrieved')
  @ApiOperation({ operationId: 'getRecovery', summary: 'One recovery job with its latest run' })
  @ApiParam(IDENTIFIER_PARAM)
  @ApiEnvelope(RecoveryView, { message: 'Recovery job retrieved', description: 'The recovery job' })
  @ApiErrors([400, 404], { descriptions: { 400: 'Invalid identifier', 404: 'Unknown recovery job' } })
  get(@Param('identifier') identifier: string): Promise<RecoveryView> {
    return this.recoveries.get(identifier);
  }

  /** The recovery's restore runs, newest first (their logs: `GET /api/runs/:id/log`, cancel: `POST /api/runs/:id/cancel`). */
  @Get(':identifier/runs')
  @RequiredRole('viewer')
  @ResponseMessage('Recovery run list')
  @ApiOperation({ operationId: 'listRecoveryRuns', summary: "A recovery job's restore runs, newest first" })
  @ApiParam(IDENTIFIER_PARAM)
  @ApiEnvelope(RunView, {
    message: 'Recovery run list',
    description: 'Runs, newest first',
    list: true,
    paginated: true,
  })
  @ApiErrors([400, 404], { descriptions: { 400: 'Invalid pagination', 404: 'Unknown recovery job' } })
  history(@Param('identifier') identifier: string, @Query() query: PaginationQuery) {
    return this.recoveries.history(identifier, query);
  }

  /** Run the recovery again: the same point onto the same partition. */
  @Post(':identifier/runs')
  @RequiredRole('operator')
  @ResponseMessage('Recovery run queued')
  @ApiOperation({ operationId: 'retryRecovery', summary: 'Run a recovery job again' })
  @ApiParam(IDENTIFIER_PARAM)
  @ApiEnvelope(RunView, {
    status: 201,
    message: 'Recovery run queued',
    description: 'Restore run queued (kind restore)',
  })
  @ApiErrors([400, 404, 409], {
    descriptions: {
      400: 'Invalid identifier',
      404: 'Unknown recovery job',
      409: 'RECOVERY_IN_PROGRESS (a run onto the target partition is active), NO_RESTORE_POINT (the point no longer restores), JOB_ALREADY_RUNNING (the source job runs)',
    },
  })
  retry(@Param('identifier') identifier: string): Promise<RunView> {
    return this.recoveries.retry(identifier);
  }

  /** Delete a recovery job; its runs stay in the source backup job's history. */
  @Delete(':identifier')
  @RequiredRole('operator')
  @ResponseMessage('Recovery job deleted')
  @ApiOperation({ operationId: 'deleteRecovery', summary: 'Delete a recovery job' })
  @ApiParam(IDENTIFIER_PARAM)
  @ApiEnvelope(RecoveryView, { message: 'Recovery job deleted', description: 'The recovery job as it was' })
  @ApiErrors([400, 404, 409], {
    descriptions: {
      400: 'Invalid identifier',
      404: 'Unknown recovery job',
      409: 'RECOVERY_IN_PROGRESS: a run of the recovery is not done',
    },
  })
  remove(@Param('identifier') identifier: string): Promise<RecoveryView> {
    return this.recoveries.remove(identifier);
  }
}
