import { Controller, Get, Headers, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { languageFromHeader, RequiredRole, ResponseMessage } from '@zdm/common';
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
  @ApiOkResponse({ type: RetentionPreviewView })
  @ApiNotFoundResponse({ description: 'Unknown job' })
  preview(
    @Param('identifier') identifier: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<RetentionPreviewView> {
    return this.retention.preview(identifier, languageFromHeader(acceptLanguage));
  }
}
