import { Injectable } from '@nestjs/common';
import {
  Actor,
  Clock,
  messages,
  pageWindow,
  paginate,
  Paginated,
  PaginationQuery,
  parseNumericId,
  Refusal,
} from '@zdm/common';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeysRepository } from './api-keys.repository';
import { apiKeyHash, isWellFormedApiKey, newApiKey } from './domain/api-key-secret';
import { judgeApiKey, LAST_USED_WRITE_INTERVAL_MS, shouldRecordUse } from './domain/api-key-use';
import { ApiKeyView, CreatedApiKeyView } from './dto/api-key.view';
import { CreateApiKeyDto } from './dto/create-api-key.dto';

const unauthorized = (text = messages.auth.apiKeyInvalid()) => new Refusal('UNAUTHORIZED', text);

/** API keys (spec §16): creation (the key shown once), listing, revocation, and who a key is. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    const now = this.clock.now();
    const expiresAt = dto.expiresAt === undefined ? null : new Date(dto.expiresAt);
    if (expiresAt !== null && expiresAt.getTime() <= now.getTime()) {
      throw Refusal.invalid(messages.auth.expiresAtInPast());
    }
    const key = newApiKey();
    const row = await this.keys.insert({
      name: dto.name,
      role: dto.role,
      keyHash: apiKeyHash(key),
      createdAt: now,
      expiresAt,
    });
    return { id: row.id, name: row.name, role: row.role, expiresAt: isoOrNull(row.expiresAt), key };
  }

  async list(query: PaginationQuery): Promise<Paginated<ApiKeyView>> {
    const window = pageWindow(query);
    const [rows, total] = await this.keys.list(window);
    return paginate(rows.map(viewOf), window, total);
  }

  /** Revokes at once: the next request with the key, on any replica, is refused (401). */
  async revoke(raw: string): Promise<ApiKeyView> {
    const id = parseNumericId(raw, 'id');
    const key = await this.keys.find(id);
    if (!key || !(await this.keys.delete(id))) throw Refusal.notFound(messages.auth.apiKeyNotFound(raw));
    return viewOf(key);
  }

  /**
   * Who a key speaks for, or 401. Every request reads the database by the key's hash (one indexed
   * read; no cache to outlive a revocation) and records the use at most once a minute per key.
   */
  async authenticate(key: string): Promise<Actor & { apiKey: { id: number; name: string } }> {
    if (!isWellFormedApiKey(key)) throw unauthorized();
    const found = await this.keys.findByHash(apiKeyHash(key));
    if (!found) throw unauthorized();
    const now = this.clock.now();
    if (judgeApiKey(found, now) === 'expired') throw unauthorized(messages.auth.apiKeyExpired());
    if (shouldRecordUse(found.lastUsedAt, now)) await this.keys.recordUse(found.id, now, LAST_USED_WRITE_INTERVAL_MS);
    return { id: null, email: null, role: found.role, apiKey: { id: found.id, name: found.name } };
  }
}

function viewOf(key: ApiKeyEntity): ApiKeyView {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: isoOrNull(key.lastUsedAt),
    expiresAt: isoOrNull(key.expiresAt),
  };
}

function isoOrNull(time: Date | null): string | null {
  return time === null ? null : time.toISOString();
}
