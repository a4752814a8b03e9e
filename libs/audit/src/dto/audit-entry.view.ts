import { ApiProperty } from '@nestjs/swagger';

/** Who made a write (null when no valid token was sent). */
export class AuditActorView {
  id: number;
  email: string | null;
}

/** One audit log entry (spec §12). */
export class AuditEntryView {
  /** Entry id. */
  @ApiProperty({ type: 'integer' })
  id: number;
  /** When the answer was sent (`YYYY-MM-DD HH:mm:ss`, configured zone). */
  time: string;
  /** Who made the write; `null` when no valid token was sent. */
  @ApiProperty({
    type: 'object',
    nullable: true,
    required: ['id', 'email'],
    properties: { id: { type: 'integer' }, email: { type: 'string', nullable: true } },
  })
  actor: AuditActorView | null;
  /** Route that was called: `<controller>.<handler>` (`users.update`). */
  action: string;
  /** HTTP method and path, as sent. */
  method: string;
  path: string;
  /** What it was about: the path parameter, or the name/email the body gave. */
  target: string | null;
  /** The request id (`X-Request-ID`) of the call, to find its log lines. */
  requestID: string;
  /** HTTP status answered. */
  @ApiProperty({ type: 'integer' })
  status: number;
  /** `success` (2xx), `denied` (401/403/429) or `failure`. */
  @ApiProperty({ enum: ['success', 'denied', 'failure'] })
  outcome: 'success' | 'denied' | 'failure';
}
