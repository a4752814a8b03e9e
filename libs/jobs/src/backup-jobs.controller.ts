import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, AppException, CurrentActor, languageFromHeader, RequiredRole, ResponseMessage } from '@zdm/common';
import { BackupJobsService } from './backup-jobs.service';
import { firstScriptField } from './domain/script-fields';
import { BackupListQuery, DeleteBackupQuery } from './dto/backup-list.query.dto';
import { RegisterBackupDto } from './dto/register-backup.dto';
import { UpdateBackupDto } from './dto/update-backup.dto';
import { BackupRegistrationService } from './registration/backup-registration.service';
import {
  REGISTER_BACKUP_BAD_REQUEST_EXAMPLE,
  REGISTER_BACKUP_CONFLICT_EXAMPLE,
  REGISTER_BACKUP_CREATED_EXAMPLE,
  REGISTER_BACKUP_REQUEST_EXAMPLES,
} from './register-backup.examples';

@ApiTags('Backup jobs')
@ApiBearerAuth()
@Controller('backups')
export class BackupJobsController {
  constructor(
    private readonly registration: BackupRegistrationService,
    private readonly jobs: BackupJobsService,
  ) {}

  /** Register backup jobs: one per partition (seed `post-backups.md`). */
  @Post()
  @RequiredRole('operator')
  @ResponseMessage('Backup job registration completed')
  @ApiBody({ type: RegisterBackupDto, examples: REGISTER_BACKUP_REQUEST_EXAMPLES })
  @ApiCreatedResponse({
    description: 'At least one job was created',
    schema: { example: REGISTER_BACKUP_CREATED_EXAMPLE },
  })
  @ApiBadRequestResponse({
    description: 'Invalid input, nothing written',
    schema: { example: REGISTER_BACKUP_BAD_REQUEST_EXAMPLE },
  })
  @ApiConflictResponse({
    description: 'An explicit individual.jobName exists',
    schema: { example: REGISTER_BACKUP_CONFLICT_EXAMPLE },
  })
  register(
    @Body() dto: RegisterBackupDto,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    assertMaySetScripts(dto, actor);
    return this.registration.register(dto, actor.id, languageFromHeader(acceptLanguage));
  }

  /** Backup jobs, filtered and paginated. */
  @Get()
  @RequiredRole('viewer')
  @ResponseMessage('Backup job list')
  list(@Query() query: BackupListQuery) {
    return this.jobs.list(query);
  }

  /** One backup job by id or name. */
  @Get(':identifier')
  @RequiredRole('viewer')
  @ResponseMessage('Backup job retrieved')
  get(@Param('identifier') identifier: string) {
    return this.jobs.get(identifier);
  }

  /** Change a backup job (by id or name). */
  @Put(':identifier')
  @RequiredRole('operator')
  @ResponseMessage('Backup job updated')
  update(@Param('identifier') identifier: string, @Body() dto: UpdateBackupDto, @CurrentActor() actor: Actor) {
    assertMaySetScripts(dto, actor);
    return this.jobs.update(identifier, dto);
  }

  /** Remove a backup job (by id or name) or a registration's jobs (by its jobName), with their schedules. */
  @Delete(':identifier')
  @RequiredRole('operator')
  @HttpCode(200)
  @ResponseMessage('Backup job deleted')
  remove(@Param('identifier') identifier: string, @Query() query: DeleteBackupQuery) {
    return this.jobs.remove(identifier, query);
  }
}

/** Operators manage jobs, but only admins set what an agent executes (403 naming the field). */
function assertMaySetScripts(dto: Parameters<typeof firstScriptField>[0], actor: Actor): void {
  const field = firstScriptField(dto);
  if (field && actor.role !== 'admin') throw AppException.forbidden('admin', field);
}
