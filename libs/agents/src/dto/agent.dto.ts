import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsName, localized, messages, Omittable, PaginationQuery } from '@zdm/common';
import { IsIdentifier } from '@zdm/inventory';

/** `POST /api/agents`. */
export class RegisterAgentDto {
  /** The server the agent runs on: id or name. */
  @IsIdentifier()
  server: string | number;

  /** Name (default `<host>-agent`; one path segment: no `/`, `\`, `.` or `..`). */
  @Omittable()
  @IsString()
  @Length(1, 255)
  @IsName({ max: 255 })
  name?: string;
}

/** `GET /api/agents`. */
export class AgentListQuery extends PaginationQuery {
  /** Only the agents of this server (id or name). */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  server?: string;

  /** Only online or offline agents. */
  @IsOptional()
  @IsIn(['online', 'offline'], {
    message: localized(() => messages.common.mustBeOneOf('status', ['online', 'offline'])),
  })
  status?: 'online' | 'offline';
}

/** `POST /api/agent/heartbeat`. */
export class HeartbeatDto {
  /** The agent program's version. */
  @Omittable()
  @IsString()
  @Length(1, 64)
  @Matches(/^[\x20-\x7e]+$/, { message: localized(() => messages.common.invalidField('version', 'printable ASCII')) })
  version?: string;
}
