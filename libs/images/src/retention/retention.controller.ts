import { Controller, Get, Headers, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, languageFromHeader, RequiredRole, ResponseMessage } from '@zdm/common';
import { RetentionService } from './retention.service';
import { RetentionPreviewView } from './retention.view';

@ApiTags('Backup jobs')
@ApiBearerAuth()
@Controller('backups')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  /** Which of the job's images `rotation` keeps and which the next successful run removes, with reasons (spec §9). */
  @Get(':identifier/retention')
  @RequiredRole('viewer')
  @ResponseMessage('Backup retention preview')
  @ApiOperation({
    operationId: 'previewBackupRetention',
    summary: 'Which images retention keeps and removes, with reasons',
  })
  @ApiParam({
    name: 'identifier',
    description: 'Job id (all digits) or job name',
    schema: { type: 'string', minLength: 1, maxLength: 1024 },
  })
  @ApiEnvelope(RetentionPreviewView, { message: 'Backup retention preview' })
  @ApiErrors([404], { descriptions: { 404: 'Unknown job' } })
  preview(
    @Param('identifier') identifier: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<RetentionPreviewView> {
    return this.retention.preview(identifier, languageFromHeader(acceptLanguage));
  }
}
