import { ApiProperty } from '@nestjs/swagger';
import { ISO_TIMESTAMP_SCHEMA, LOCAL_TIMESTAMP_SCHEMA } from '@zdm/common';
import type { AgentStatus } from '../domain/agent-presence';

export class AgentServerView {
  @ApiProperty({ type: 'integer' })
  id: number;
  name: string;
}

/** An agent as `GET /api/agents` shows it. */
export class AgentView {
  @ApiProperty({ type: 'integer' })
  id: number;
  name: string;
  server: AgentServerView;
  /** `online` when its last call is within AGENT_OFFLINE_AFTER_MS. */
  status: AgentStatus;
  /** Last call (`YYYY-MM-DD HH:mm:ss`, configured zone); null when it never called. */
  @ApiProperty({ ...LOCAL_TIMESTAMP_SCHEMA, nullable: true })
  lastSeenAt: string | null;
  /** What the agent reported in its last heartbeat. */
  version: string | null;
  /** Runs it holds now (running or cancelling). */
  @ApiProperty({ type: 'integer' })
  activeRuns: number;
}

/** `POST /api/agents`: the token is shown this once. */
export class RegisteredAgentView {
  @ApiProperty({ type: 'integer' })
  id: number;
  name: string;
  server: AgentServerView;
  /** Send as `Authorization: Bearer <token>` on `/api/agent/…`. Stored only as a hash: keep it. */
  token: string;
}

/** `POST /api/agent/heartbeat`. */
export class HeartbeatView {
  /** The API's clock (ISO-8601 UTC), so an agent can tell its own clock's drift. */
  @ApiProperty(ISO_TIMESTAMP_SCHEMA)
  serverTime: string;
}
