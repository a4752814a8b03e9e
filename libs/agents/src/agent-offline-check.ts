import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@zdm/database';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock } from '@zdm/common';
import { agentOfflineEvent, ConditionCheck, NotificationOutbox } from '@zdm/notifications';
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
export class AgentOfflineCheck extends ConditionCheck {
  constructor(
    private readonly transactions: TransactionRunner,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agents: AgentsRepository,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {
    super(config.notifications.checkIntervalMs, 'agent.offline');
  }

  protected checkNow(): Promise<number[]> {
    const now = this.clock.now();
    const offlineAfterMs = this.config.agents.offlineAfterMs;
    return this.transactions.run(async (manager) => {
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
