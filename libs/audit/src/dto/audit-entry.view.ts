import { ApiProperty } from '@nestjs/swagger';
import { LOCAL_TIMESTAMP_SCHEMA } from '@zdm/common';

/** The agent that made a write with its token (agent protocol, spec §8). */
export class AuditAgentView {
  @ApiProperty({ type: 'integer' })
  id: number;
  /** Its name when the call was made. */
  name: string;
}

/** The API key a write was made with (spec §16). */
export class AuditApiKeyView {
  @ApiProperty({ type: 'integer' })
  id: number;
  /** Its name when the call was made. */
  name: string;
}

/**
 * Who made a write: a user (`id`, `email`; `agent` and `apiKey` null), an API key (`apiKey` set,
 * the rest null) or, on the agent protocol's routes, an agent (`agent` set, the rest null).
 */
export class AuditActorView {
  /** The user's id; null when an agent or an API key made the write. */
  id: number | null;
  /** The user's email as it was then; null when an agent or an API key made the write. */
  email: string | null;
  agent: AuditAgentView | null;
  apiKey: AuditApiKeyView | null;
}

/** One audit log entry (spec §12). */
export class AuditEntryView {
  /** Entry id. */
  @ApiProperty({ type: 'integer' })
  id: number;
  /** When the answer was sent (`YYYY-MM-DD HH:mm:ss`, configured zone). */
  @ApiProperty(LOCAL_TIMESTAMP_SCHEMA)
  time: string;
  /** Who made the write (a user, an API key or an agent); `null` when no valid token was sent. */
  @ApiProperty({
    type: 'object',
    nullable: true,
    required: ['id', 'email', 'agent', 'apiKey'],
    selfRequired: true,
    properties: {
      id: { type: 'integer', nullable: true, description: "The user's id; null for an agent or an API key" },
      email: { type: 'string', nullable: true, description: "The user's email; null for an agent or an API key" },
      agent: {
        type: 'object',
        nullable: true,
        required: ['id', 'name'],
        description: 'The agent that made the write (agent protocol routes); null for a user or an API key',
        properties: { id: { type: 'integer' }, name: { type: 'string' } },
      },
      apiKey: {
        type: 'object',
        nullable: true,
        required: ['id', 'name'],
        description: 'The API key the write was made with (its name as it was then); null for a user or an agent',
        properties: { id: { type: 'integer' }, name: { type: 'string' } },
      },
    },
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
