import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiTags,
} from '@nestjs/swagger';
import { languageFromHeader, ResponseMessage } from '@zdm/common';
import { FastifyRequest } from 'fastify';
import { BackupJobsService } from './backup-jobs.service';
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
    @Req() request: FastifyRequest & { user?: { id: number } },
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    return this.registration.register(dto, request.user?.id, languageFromHeader(acceptLanguage));
  }

  /** Backup jobs, filtered and paginated. */
  @Get()
  @ResponseMessage('Backup job list')
  list(@Query() query: BackupListQuery) {
    return this.jobs.list(query);
  }

  /** One backup job by id or name. */
  @Get(':identifier')
  @ResponseMessage('Backup job retrieved')
  get(@Param('identifier') identifier: string) {
    return this.jobs.get(identifier);
  }

  /** Change a backup job (by id or name). */
  @Put(':identifier')
  @ResponseMessage('Backup job updated')
  update(@Param('identifier') identifier: string, @Body() dto: UpdateBackupDto) {
    return this.jobs.update(identifier, dto);
  }

  /** Remove a backup job (by id or name) or a registration's jobs (by its jobName), with their schedules. */
  @Delete(':identifier')
  @HttpCode(200)
  @ResponseMessage('Backup job deleted')
  remove(@Param('identifier') identifier: string, @Query() query: DeleteBackupQuery) {
    return this.jobs.remove(identifier, query);
  }
}
