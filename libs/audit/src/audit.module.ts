import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditRecorder } from './audit-recorder';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/** The audit log (spec §12): every write recorded, `GET /api/audit` for admins. */
@Module({
  controllers: [AuditController],
  providers: [AuditRepository, AuditService, AuditRecorder],
  exports: [AuditService, AuditRecorder],
})
export class AuditModule {}
