import { Controller, Get, Headers, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  ApiEnvelope,
  ApiErrors,
  languageFromHeader,
  PaginationQuery,
  RequiredRole,
  ResponseMessage,
  SerializedData,
} from '@zdm/common';
import { RestorePointView } from './restore-point.view';
import { RestorePointsService } from './restore-points.service';

@ApiTags('Backup jobs')
@ApiBearerAuth()
@Controller('backups')
export class RestorePointsController {
  constructor(private readonly points: RestorePointsService) {}

  /** Every image of the job as a restore point, newest first: its chain and whether it restores, and why not (spec §13). */
  @Get(':identifier/restore-points')
  @RequiredRole('viewer')
  @ResponseMessage('Backup restore points')
  @ApiOperation({ operationId: 'listRestorePoints', summary: "A backup job's restore points, newest first" })
  @ApiParam({
    name: 'identifier',
    description: 'Job id (all digits) or job name',
    schema: { type: 'string', minLength: 1, maxLength: 1024 },
  })
  @ApiEnvelope(RestorePointView, {
    message: 'Backup restore points',
    description: 'Restore points, newest first',
    list: true,
    paginated: true,
  })
  @ApiErrors([400, 404], { descriptions: { 400: 'Invalid pagination', 404: 'Unknown job' } })
  list(
    @Param('identifier') identifier: string,
    @Query() query: PaginationQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<SerializedData> {
    return this.points.list(identifier, query, languageFromHeader(acceptLanguage));
  }
}
