import type { Role } from '@zdm/common';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * An API key (spec §16): a long-lived credential for a service or scraper, with a role of its own.
 * Only the key's SHA-256 is stored; revoking deletes the row (audit rows keep the key's id and name).
 */
@Entity({ name: 'api_keys' })
@Unique('uq_api_keys_key_hash', ['keyHash'])
@Check('ck_api_keys_role', `role IN ('admin', 'operator', 'viewer')`)
export class ApiKeyEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  id: number;

  @Column({ name: 'name', type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'role', type: 'varchar', length: 16 })
  role: Role;

  /** SHA-256 (hex) of the key; the key itself is shown once and never stored. */
  @Column({ name: 'key_hash', type: 'char', length: 64, select: false })
  keyHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The key's last use, recorded at most once a minute. */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  /** The key stops working at this time; null: never. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;
}
