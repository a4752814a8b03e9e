import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  Clock,
  formatLocalDateTime,
  messages,
  pageWindow,
  paginate,
  Paginated,
  parseNumericId,
  Refusal,
} from '@zdm/common';
import { ServersService } from '@zdm/inventory';
import { RunExecutionService } from '@zdm/runs';
import { AgentEntity } from './agent.entity';
import { AgentIdentity, AgentsRepository } from './agents.repository';
import { agentStatus, LAST_SEEN_WRITE_INTERVAL_MS } from './domain/agent-presence';
import { agentTokenHash, isWellFormedAgentToken, newAgentToken } from './domain/agent-token';
import { AgentListQuery, RegisterAgentDto } from './dto/agent.dto';
import { AgentView, HeartbeatView, RegisteredAgentView } from './dto/agent.view';

/** Registration, listing and revocation of agents, and who an agent token belongs to (spec §8). */
@Injectable()
export class AgentsService {
  constructor(
    private readonly agents: AgentsRepository,
    private readonly servers: ServersService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly execution: RunExecutionService,
  ) {}

  async register(dto: RegisterAgentDto): Promise<RegisteredAgentView> {
    const server = await this.servers.resolve(dto.server, 'server');
    const token = newAgentToken();
    const name = dto.name ?? `${server.name.replace(/\s*\([^)]*\)\s*$/, '')}-agent`;
    const id = await this.agents.insert({ name, serverId: server.id, tokenHash: agentTokenHash(token) });
    return { id, name, server: { id: server.id, name: server.name }, token };
  }

  async list(query: AgentListQuery): Promise<Paginated<AgentView>> {
    const serverId = query.server !== undefined ? (await this.servers.resolve(query.server, 'server')).id : undefined;
    const window = pageWindow(query);
    const online = query.status === undefined ? undefined : query.status === 'online';
    const [rows, total] = await this.agents.list({ serverId, online, seenSince: this.onlineSince() }, window);
    return paginate(await this.views(rows), window, total);
  }

  async get(id: string): Promise<AgentView> {
    return (await this.views([await this.find(id)]))[0];
  }

  /** Revokes the agent's token at once; the agent disappears from the lists. */
  async revoke(id: string): Promise<AgentView> {
    const agent = await this.find(id);
    const [view] = await this.views([agent]);
    if (!(await this.agents.revoke(agent.id, this.clock.now()))) throw this.notFound(id);
    return view;
  }

  /**
   * The agent a token belongs to, or 401. Every call reads the database (a revoked token fails at
   * once, on every replica) and records the call as `lastSeenAt` (at most once a second per agent).
   */
  async authenticate(token: string): Promise<AgentIdentity> {
    const invalid = new Refusal('UNAUTHORIZED', messages.agents.agentTokenInvalid());
    if (!isWellFormedAgentToken(token)) throw invalid;
    const agent = await this.agents.findByTokenHash(agentTokenHash(token));
    if (!agent) throw invalid;
    const now = this.clock.now();
    if (!agent.lastSeenAt || Math.abs(now.getTime() - agent.lastSeenAt.getTime()) >= LAST_SEEN_WRITE_INTERVAL_MS) {
      await this.agents.touch(agent.id, now);
    }
    return { id: agent.id, name: agent.name, serverId: agent.serverId, serverName: agent.serverName };
  }

  async heartbeat(agent: AgentIdentity, version: string | undefined): Promise<HeartbeatView> {
    const now = this.clock.now();
    await this.agents.touch(agent.id, now, version);
    return { serverTime: now.toISOString() };
  }

  /** Revokes the active agents of a server with that name (the demo mode re-registers its own at each start). */
  async revokeNamed(serverId: number, name: string): Promise<void> {
    for (const agent of await this.agents.findByServerAndName(serverId, name)) {
      await this.agents.revoke(agent.id, this.clock.now());
    }
  }

  /** Registered agents online and offline now (the rule of `status` in the list). */
  countByPresence(): Promise<{ online: number; offline: number }> {
    return this.agents.countByPresence(this.onlineSince());
  }

  private onlineSince(): Date {
    return new Date(this.clock.now().getTime() - this.config.agents.offlineAfterMs);
  }

  private async find(raw: string): Promise<AgentEntity> {
    const id = parseNumericId(raw, 'id');
    const agent = await this.agents.findActive(id);
    if (!agent) throw this.notFound(raw);
    return agent;
  }

  private notFound(id: string): Refusal {
    return Refusal.notFound(messages.agents.agentNotFound('id', id));
  }

  private async views(rows: AgentEntity[]): Promise<AgentView[]> {
    const active = rows.length
      ? await this.execution.activeRunsByAgent(rows.map((r) => r.id))
      : new Map<number, number>();
    const now = this.clock.now();
    return rows.map((agent) => ({
      id: agent.id,
      name: agent.name,
      server: { id: agent.serverId, name: agent.server?.name ?? '' },
      status: agentStatus(agent.lastSeenAt, now, this.config.agents.offlineAfterMs),
      lastSeenAt: agent.lastSeenAt ? formatLocalDateTime(agent.lastSeenAt, this.config.timeZone) : null,
      version: agent.version,
      activeRuns: active.get(agent.id) ?? 0,
    }));
  }
}
