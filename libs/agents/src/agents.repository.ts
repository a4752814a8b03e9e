import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PageWindow } from '@zdm/common';
import { DataSource, EntityManager, FindOptionsWhere, In, IsNull, LessThan, MoreThanOrEqual, Or } from 'typeorm';
import { AgentEntity } from './agent.entity';

/** Who called, as the token guard finds it. */
export interface AgentIdentity {
  id: number;
  name: string;
  serverId: number;
  serverName: string;
}

interface TokenRow {
  id: number;
  name: string;
  server_id: number;
  server_name: string;
  last_seen_at: Date | string | null;
}

/** An agent that called at least once, with its server (the `agent.offline` check). */
export interface AgentPresenceRow {
  id: number;
  name: string;
  serverId: number;
  serverName: string;
  lastSeenAt: Date;
}

/** Every query on `agents`. */
@Injectable()
export class AgentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get agents() {
    return this.dataSource.getRepository(AgentEntity);
  }

  async insert(values: { name: string; serverId: number; tokenHash: string }): Promise<number> {
    const result = await this.agents.insert(values);
    return (result.identifiers[0] as { id: number }).id;
  }

  /** A registered, not revoked agent with its server. */
  findActive(id: number): Promise<AgentEntity | null> {
    return this.agents.findOne({ where: { id, revokedAt: IsNull() }, relations: { server: true } });
  }

  /** Not revoked agents; `seenSince` splits online (`>=`) from offline. */
  list(
    filter: { serverId?: number; online?: boolean; seenSince: Date },
    window: PageWindow,
  ): Promise<[AgentEntity[], number]> {
    const where: FindOptionsWhere<AgentEntity> = { revokedAt: IsNull() };
    if (filter.serverId !== undefined) where.serverId = filter.serverId;
    if (filter.online === true) where.lastSeenAt = MoreThanOrEqual(filter.seenSince);
    if (filter.online === false) where.lastSeenAt = Or(IsNull(), LessThan(filter.seenSince));
    return this.agents.findAndCount({
      where,
      relations: { server: true },
      order: { id: window.order },
      skip: window.skip,
      take: window.take,
    });
  }

  /** Not revoked agents, online (seen at or after `seenSince`) and offline. */
  /** Which of `serverIds` have a registered agent seen at or after `seenSince`. */
  async serversSeenSince(serverIds: number[], seenSince: Date): Promise<Set<number>> {
    if (!serverIds.length) return new Set();
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT server_id FROM agents
        WHERE revoked_at IS NULL AND last_seen_at >= $2 AND server_id = ANY($1::integer[])`,
      [serverIds, seenSince],
    )) as { server_id: number }[];
    return new Set(rows.map((r) => Number(r.server_id)));
  }

  async countByPresence(seenSince: Date): Promise<{ online: number; offline: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE last_seen_at >= $1)::int AS online,
              count(*) FILTER (WHERE last_seen_at IS NULL OR last_seen_at < $1)::int AS offline
         FROM agents WHERE revoked_at IS NULL`,
      [seenSince],
    )) as { online: number; offline: number }[];
    return { online: Number(row?.online ?? 0), offline: Number(row?.offline ?? 0) };
  }

  /** Holds the agent's row until the transaction ends (claims of one agent one at a time). */
  /** Every agent that is not revoked and called at least once, with its server, by id. */
  async seenAgents(manager: EntityManager): Promise<AgentPresenceRow[]> {
    const rows = (await manager.query(
      `SELECT a.id, a.name, a.server_id, s.name AS server_name, a.last_seen_at
         FROM agents a JOIN servers s ON s.id = a.server_id
        WHERE a.revoked_at IS NULL AND a.last_seen_at IS NOT NULL
        ORDER BY a.id`,
    )) as (TokenRow & { last_seen_at: Date | string })[];
    return rows.map((row) => ({
      id: Number(row.id),
      name: row.name,
      serverId: Number(row.server_id),
      serverName: row.server_name,
      lastSeenAt: new Date(row.last_seen_at),
    }));
  }

  async lockAgent(manager: EntityManager, id: number): Promise<void> {
    await manager.query('SELECT id FROM agents WHERE id = $1 FOR UPDATE', [id]);
  }

  /** Revokes at once: the token guard reads `revoked_at` on every call. */
  async revoke(id: number, at: Date): Promise<boolean> {
    const result = await this.agents.update({ id, revokedAt: IsNull() }, { revokedAt: at });
    return (result.affected ?? 0) > 0;
  }

  /** The agent a token hash belongs to, unless revoked; `lastSeenAt` for the write-skip check. */
  async findByTokenHash(tokenHash: string): Promise<(AgentIdentity & { lastSeenAt: Date | null }) | undefined> {
    const rows: TokenRow[] = await this.dataSource.query(
      `SELECT a.id, a.name, a.server_id, s.name AS server_name, a.last_seen_at
         FROM agents a JOIN servers s ON s.id = a.server_id
        WHERE a.token_hash = $1 AND a.revoked_at IS NULL`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      name: row.name,
      serverId: row.server_id,
      serverName: row.server_name,
      lastSeenAt: row.last_seen_at === null ? null : new Date(row.last_seen_at),
    };
  }

  async touch(id: number, at: Date, version?: string): Promise<void> {
    if (version === undefined) await this.agents.update({ id }, { lastSeenAt: at });
    else await this.agents.update({ id }, { lastSeenAt: at, version });
  }

  async names(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.agents.find({ where: { id: In(ids) }, select: { id: true, name: true } });
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Active agents named `name` of a server (the demo mode replaces its own). */
  findByServerAndName(serverId: number, name: string): Promise<AgentEntity[]> {
    return this.agents.find({ where: { serverId, name, revokedAt: IsNull() } });
  }
}
