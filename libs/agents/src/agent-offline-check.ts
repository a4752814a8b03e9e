import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock } from '@zdm/common';
import { agentOfflineEvent, NotificationOutbox } from '@zdm/notifications';
import { DataSource } from 'typeorm';
import { AgentsRepository } from './agents.repository';
import { agentGoneOffline } from './domain/agent-presence';

/**
 * The `agent.offline` check (spec §15), in every replica every NOTIFY_CHECK_INTERVAL_MS: an agent
 * that called before and is silent for more than AGENT_OFFLINE_AFTER_MS (the presence rule of
 * GET /api/agents) is reported once when it goes offline, to subscribed channels;
 * NotificationOutbox.recordConditions makes that once across replicas and ticks, and forgets the
 * agent when it calls again (or is revoked), so a later outage is reported again.
 */
@Injectable()
export class AgentOfflineCheck implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AgentOfflineCheck.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number[]>;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agents: AgentsRepository,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.notifications.checkIntervalMs > 0) this.schedule();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One check now; answers the agents this call reported offline. Calls do not overlap. */
  check(): Promise<number[]> {
    const previous = this.running ?? Promise.resolve([]);
    const next = previous.catch(() => []).then(() => this.checkNow());
    this.running = next;
    return next;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.check()
        .catch((error: unknown) => this.logger.error({ err: error }, 'agent.offline check failed'))
        .finally(() => this.schedule());
    }, this.config.notifications.checkIntervalMs);
    this.timer.unref();
  }

  private checkNow(): Promise<number[]> {
    const now = this.clock.now();
    const offlineAfterMs = this.config.agents.offlineAfterMs;
    return this.dataSource.transaction(async (manager) => {
      const offline = new Map(
        (await this.agents.seenAgents(manager))
          .filter((agent) => agentGoneOffline(agent.lastSeenAt, now, offlineAfterMs))
          .map((agent) => [agent.id, agent]),
      );
      return this.outbox.recordConditions(manager, 'agent.offline', [...offline.keys()], now, (agentId) => {
        const agent = offline.get(agentId)!;
        return agentOfflineEvent(
          {
            agent: { id: agent.id, name: agent.name },
            server: { id: agent.serverId, name: agent.serverName },
            lastSeenAt: agent.lastSeenAt.toISOString(),
            offlineAfterMs,
          },
          now,
        );
      });
    });
  }
}
