import type { Server } from '@zdm/inventory';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/** A registered agent (spec §8). Revoking sets `revokedAt`; the row stays for the runs that name it. */
@Entity({ name: 'agents' })
@Unique('uq_agents_token_hash', ['tokenHash'])
@Index('ix_agents_server', ['serverId'], { where: 'revoked_at IS NULL' })
export class AgentEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  id: number;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name: string;

  @Column({ name: 'server_id', type: 'integer' })
  serverId: number;

  @ManyToOne('ServerEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'server_id', foreignKeyConstraintName: 'agents_server_id_fkey' })
  server?: Server;

  /** SHA-256 (hex) of the token; the token itself is shown once and never stored. */
  @Column({ name: 'token_hash', type: 'char', length: 64, select: false })
  tokenHash: string;

  @Column({ name: 'version', type: 'varchar', length: 64, nullable: true })
  version: string | null;

  @Column({ name: 'last_seen_at', type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
