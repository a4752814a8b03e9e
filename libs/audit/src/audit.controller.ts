import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, RequiredRole, ResponseMessage } from '@zdm/common';
import { AuditEntryView } from './dto/audit-entry.view';
import { AuditService } from './audit.service';
import { AuditQuery } from './dto/audit-query.dto';

@ApiTags('Audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Every write (who, what, when, request id, outcome), newest first; filters `actor`, `action`, `from`, `to`. */
  @Get()
  @RequiredRole('admin')
  @ApiOperation({ operationId: 'listAuditEntries', summary: 'The audit log: every write, newest first' })
  @ApiEnvelope(AuditEntryView, { message: 'Audit log', list: true, paginated: true })
  @ResponseMessage('Audit log')
  list(@Query() query: AuditQuery) {
    return this.audit.list(query);
  }
}
