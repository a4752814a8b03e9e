import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiExtraModels, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  ApiEnvelope,
  ApiErrors,
  AppException,
  CurrentActor,
  languageFromHeader,
  RequiredRole,
  ResponseMessage,
} from '@zdm/common';
import { ScheduleFieldsDto, ScheduleObjectDto } from '@zdm/schedules';
import { FastifyRequest } from 'fastify';
import { BackupJobView, JobRemovalResult, JobUpdateResult } from './backup-job.view';
import { BackupJobsService } from './backup-jobs.service';
import { firstScriptField } from './domain/script-fields';
import { BackupListQuery, DeleteBackupQuery } from './dto/backup-list.query.dto';
import { RegisterBackupDto } from './dto/register-backup.dto';
import { UpdateBackupDto } from './dto/update-backup.dto';
import { BackupRegistrationService } from './registration/backup-registration.service';
import { RegistrationResult } from './registration/registration-result.view';
import {
  REGISTER_BACKUP_BAD_REQUEST_EXAMPLE,
  REGISTER_BACKUP_CONFLICT_EXAMPLE,
  REGISTER_BACKUP_CREATED_EXAMPLE,
  REGISTER_BACKUP_REQUEST_EXAMPLES,
} from './register-backup.examples';

const IDENTIFIER_PARAM = {
  name: 'identifier',
  description: 'Job id (all digits) or job name',
  schema: { type: 'string', minLength: 1, maxLength: 1024 },
} as const;

@ApiTags('Backup jobs')
@ApiBearerAuth()
@ApiExtraModels(ScheduleObjectDto, ScheduleFieldsDto)
@Controller('backups')
export class BackupJobsController {
  constructor(
    private readonly registration: BackupRegistrationService,
    private readonly jobs: BackupJobsService,
  ) {}

  /** Register backup jobs: one per partition (seed `post-backups.md`). */
  @Post()
  @RequiredRole('operator')
  @ApiOperation({ operationId: 'registerBackupJobs', summary: 'Register backup jobs, one per partition' })
  @ApiBody({ type: RegisterBackupDto, examples: REGISTER_BACKUP_REQUEST_EXAMPLES })
  @ApiEnvelope(RegistrationResult, {
    status: 201,
    message: 'Backup job registration completed',
    description: 'At least one job was created (`results[]` reports each partition)',
    examples: { seed: { summary: 'Seed answer', value: REGISTER_BACKUP_CREATED_EXAMPLE } },
  })
  @ApiErrors([404, 409], {
    descriptions: {
      404: 'Unknown center, server, user, repository or schedule id (the message names it); nothing written',
      409: 'An explicit `individual[].jobName` exists, or no job could be created because of names taken',
    },
    examples: { 409: REGISTER_BACKUP_CONFLICT_EXAMPLE },
  })
  @ApiErrors([400], { examples: { 400: REGISTER_BACKUP_BAD_REQUEST_EXAMPLE } })
  @ResponseMessage('Backup job registration completed')
  register(
    @Body() dto: RegisterBackupDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<RegistrationResult> {
    assertMaySetScripts(dto, actor);
    return this.registration.register(
      dto,
      actor.id ?? undefined,
      languageFromHeader(request.headers['accept-language']),
    );
  }

  /** Backup jobs, filtered and paginated. */
  @Get()
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'listBackupJobs', summary: 'List backup jobs' })
  @ApiEnvelope(BackupJobView, { message: 'Backup job list', list: true, paginated: true })
  @ApiErrors([404], { descriptions: { 404: 'Unknown server' } })
  @ResponseMessage('Backup job list')
  list(@Query() query: BackupListQuery) {
    return this.jobs.list(query);
  }

  /** One backup job by id or name. */
  @Get(':identifier')
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'getBackupJob', summary: 'One backup job by id or name' })
  @ApiParam(IDENTIFIER_PARAM)
  @ApiEnvelope(BackupJobView, { message: 'Backup job retrieved' })
  @ApiErrors([404])
  @ResponseMessage('Backup job retrieved')
  get(@Param('identifier') identifier: string): Promise<BackupJobView> {
    return this.jobs.get(identifier);
  }

  /** Change a backup job (by id or name). */
  @Put(':identifier')
  @RequiredRole('operator')
  @ApiOperation({ operationId: 'updateBackupJob', summary: 'Change a backup job (by id or name)' })
  @ApiParam(IDENTIFIER_PARAM)
  @ApiEnvelope(JobUpdateResult, { message: 'Backup job updated' })
  @ApiErrors([404, 409], {
    descriptions: { 409: 'The new name exists, or the job cannot start/stop in its current status' },
  })
  @ResponseMessage('Backup job updated')
  update(
    @Param('identifier') identifier: string,
    @Body() dto: UpdateBackupDto,
    @CurrentActor() actor: Actor,
  ): Promise<JobUpdateResult> {
    assertMaySetScripts(dto, actor);
    return this.jobs.update(identifier, dto);
  }

  /** Remove a backup job (by id or name) or a registration's jobs (by its jobName), with their schedules. */
  @Delete(':identifier')
  @RequiredRole('operator')
  @HttpCode(200)
  @ApiOperation({ operationId: 'deleteBackupJob', summary: 'Remove a backup job with its schedule' })
  @ApiParam(IDENTIFIER_PARAM)
  @ApiEnvelope(JobRemovalResult, { message: 'Backup job deleted' })
  @ApiErrors([404])
  @ResponseMessage('Backup job deleted')
  remove(@Param('identifier') identifier: string, @Query() query: DeleteBackupQuery): Promise<JobRemovalResult> {
    return this.jobs.remove(identifier, query);
  }
}

/** Operators manage jobs, but only admins set what an agent executes (403 naming the field). */
function assertMaySetScripts(dto: Parameters<typeof firstScriptField>[0], actor: Actor): void {
  const field = firstScriptField(dto);
  if (field && actor.role !== 'admin') throw AppException.forbidden('admin', field);
}
