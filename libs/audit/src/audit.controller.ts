import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequiredRole, ResponseMessage } from '@zdm/common';
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
  @ResponseMessage('Audit log')
  list(@Query() query: AuditQuery) {
    return this.audit.list(query);
  }
}
