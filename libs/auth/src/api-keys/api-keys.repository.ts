import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PageWindow, Role } from '@zdm/common';
import { DataSource } from 'typeorm';
import { ApiKeyEntity } from './api-key.entity';

/** A key as the authentication hook needs it (found by its hash). */
export interface ApiKeyIdentity {
  id: number;
  name: string;
  role: Role;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}

interface IdentityRow {
  id: number;
  name: string;
  role: Role;
  expires_at: Date | string | null;
  last_used_at: Date | string | null;
}

const dateOf = (value: Date | string | null) => (value === null ? null : new Date(value));

/** Every query on `api_keys`. */
@Injectable()
export class ApiKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get keys() {
    return this.dataSource.getRepository(ApiKeyEntity);
  }

  async insert(values: {
    name: string;
    role: Role;
    keyHash: string;
    createdAt: Date;
    expiresAt: Date | null;
  }): Promise<ApiKeyEntity> {
    const result = await this.keys.insert(values);
    const id = (result.identifiers[0] as { id: number }).id;
    return (await this.keys.findOneBy({ id }))!;
  }

  list(window: PageWindow): Promise<[ApiKeyEntity[], number]> {
    return this.keys.findAndCount({ order: { id: window.order }, skip: window.skip, take: window.take });
  }

  find(id: number): Promise<ApiKeyEntity | null> {
    return this.keys.findOneBy({ id });
  }

  /** Revokes: the row goes, so the next request with the key finds nothing, on every replica. */
  async delete(id: number): Promise<boolean> {
    const result = await this.keys.delete({ id });
    return (result.affected ?? 0) > 0;
  }

  /** The key a hash belongs to (the unique index on `key_hash` makes this one indexed read). */
  async findByHash(keyHash: string): Promise<ApiKeyIdentity | undefined> {
    const rows: IdentityRow[] = await this.dataSource.query(
      'SELECT id, name, role, expires_at, last_used_at FROM api_keys WHERE key_hash = $1',
      [keyHash],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      name: row.name,
      role: row.role,
      expiresAt: dateOf(row.expires_at),
      lastUsedAt: dateOf(row.last_used_at),
    };
  }

  /**
   * Records a use, unless another request (on any replica) recorded one within `intervalMs` before
   * `at`: the condition makes concurrent writers of the same minute a single write.
   */
  async recordUse(id: number, at: Date, intervalMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_keys SET last_used_at = $2
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= $2::timestamptz - $3 * interval '1 millisecond')`,
      [id, at, intervalMs],
    );
  }
}
