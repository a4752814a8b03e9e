import { Injectable } from '@nestjs/common';
import { MetricsRegistry } from '@zdm/common';
import { Gauge } from 'prom-client';
import { AgentsService } from './agents.service';

/**
 * Prometheus metrics of agents (spec §10): `zdm_agents{status="online"|"offline"}`, the registered
 * (not revoked) agents by presence — online = a call within `AGENT_OFFLINE_AFTER_MS`, the rule of
 * `GET /api/agents` — read from the database at scrape, so every replica answers the same.
 */
@Injectable()
export class AgentMetrics {
  constructor(metrics: MetricsRegistry, agents: AgentsService) {
    new Gauge({
      name: 'zdm_agents',
      help: 'Registered agents by presence (online: a call within AGENT_OFFLINE_AFTER_MS)',
      labelNames: ['status'] as const,
      registers: [metrics.registry],
      async collect() {
        const counts = await agents.countByPresence();
        this.set({ status: 'online' }, counts.online);
        this.set({ status: 'offline' }, counts.offline);
      },
    });
  }
}
