import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, MetricsRegistry } from '@zdm/common';
import { Gauge } from 'prom-client';
import { AgentsRepository } from './agents.repository';

/**
 * Prometheus metrics of agents (spec §10): `zdm_agents{status="online"|"offline"}`, the registered
 * (not revoked) agents by presence — online = a call within `AGENT_OFFLINE_AFTER_MS` — read from the
 * database at scrape, so every replica answers the same.
 */
@Injectable()
export class AgentMetrics {
  constructor(metrics: MetricsRegistry, agents: AgentsRepository, config: AppConfig, clock: Clock) {
    new Gauge({
      name: 'zdm_agents',
      help: 'Registered agents by presence (online: a call within AGENT_OFFLINE_AFTER_MS)',
      labelNames: ['status'] as const,
      registers: [metrics.registry],
      async collect() {
        const seenSince = new Date(clock.now().getTime() - config.agents.offlineAfterMs);
        const counts = await agents.countByPresence(seenSince);
        this.set({ status: 'online' }, counts.online);
        this.set({ status: 'offline' }, counts.offline);
      },
    });
  }
}
