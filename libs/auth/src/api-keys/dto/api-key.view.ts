import { ApiProperty } from '@nestjs/swagger';
import { Role, ROLES } from '@zdm/common';

/** An API key as `GET /api/api-keys` shows it: never the key, which is shown once at creation. */
export class ApiKeyView {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;
  @ApiProperty({ example: 'prometheus' })
  name: string;
  @ApiProperty({ enum: ROLES, example: 'viewer' })
  role: Role;
  /** When it was created (ISO-8601 UTC). */
  @ApiProperty({ format: 'date-time', example: '2026-01-10T03:00:00.000Z' })
  createdAt: string;
  /** Its last use (ISO-8601 UTC), recorded at most once a minute; null when never used. */
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', example: '2026-01-10T03:15:00.000Z' })
  lastUsedAt: string | null;
  /** When it stops working (ISO-8601 UTC); null: never. */
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', example: null })
  expiresAt: string | null;
}

/** `POST /api/api-keys`: the key is shown this once. */
export class CreatedApiKeyView {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;
  @ApiProperty({ example: 'prometheus' })
  name: string;
  @ApiProperty({ enum: ROLES, example: 'viewer' })
  role: Role;
  /** When it stops working (ISO-8601 UTC); null: never. */
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', example: null })
  expiresAt: string | null;
  /** Send as `Authorization: Bearer <key>`. Stored only as a hash: keep it, it is not shown again. */
  @ApiProperty({ example: 'zdmk_3q2Xc0G2YJ8r8pZ1mM0bVt5m1Yl3V2dX4nQ7aK9sPzA' })
  key: string;
}
