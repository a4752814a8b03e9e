import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import {
  AppConfig,
  formatLocalDateTime,
  messages,
  pageWindow,
  paginate,
  Paginated,
  parseIdentifier,
  Refusal,
} from '@zdm/common';
import { DateTime } from 'luxon';
import { AuditFilter, AuditRepository, AuditRow } from './audit.repository';
import { AuditRecord } from './domain/audit-entry';
import { AuditQuery } from './dto/audit-query.dto';
import { AuditEntryView } from './dto/audit-entry.view';

/** Rows are written in batches: at most this many at once, at most FLUSH_MS after the request. */
const BATCH_SIZE = 200;
const FLUSH_MS = 200;
/** Rows kept while the database cannot take them; beyond, the oldest are dropped (and counted in a log line). */
const MAX_PENDING = 10_000;

/**
 * The audit log. `recordNow` writes a successful write's row before its answer is sent (a process
 * killed right after a 2xx loses no row); `record` queues a refusal or failure (never delays or
 * fails the request it describes), batches are written with one INSERT each, a read writes what is
 * queued first, and shutdown writes the rest.
 */
@Injectable()
export class AuditService implements OnModuleDestroy {
  private readonly logger = new Logger(AuditService.name);
  private pending: AuditRecord[] = [];
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly repository: AuditRepository,
    private readonly config: AppConfig,
  ) {}

  record(entry: AuditRecord): void {
    this.pending.push(entry);
    if (this.pending.length > MAX_PENDING) {
      const dropped = this.pending.splice(0, this.pending.length - MAX_PENDING);
      this.logger.error(`audit log: ${dropped.length} entries dropped (database not taking writes)`);
    }
    if (this.pending.length >= BATCH_SIZE) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS).unref();
  }

  /**
   * Writes one row now (one INSERT). When the database does not take it, the row joins the queue and
   * its retries instead: the write it describes is done, so its answer is not failed for the log.
   */
  async recordNow(entry: AuditRecord): Promise<void> {
    try {
      await this.repository.insert([entry]);
    } catch (error) {
      this.logger.warn({ err: error }, 'audit log: an entry could not be written now; queued for retry');
      this.record(entry);
    }
  }

  /** Writes everything queued so far (batches one after another). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  async list(query: AuditQuery): Promise<Paginated<AuditEntryView>> {
    await this.flush();
    const window = pageWindow(query, 'DESC');
    const filter = this.filterOf(query);
    const { rows, total } = await this.repository.page(filter, window.skip, window.take, window.order);
    return paginate(
      rows.map((row) => this.view(row)),
      window,
      total,
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.flush();
  }

  private async write(batch: AuditRecord[]): Promise<void> {
    for (let i = 0; i < batch.length; i += BATCH_SIZE) {
      const slice = batch.slice(i, i + BATCH_SIZE);
      try {
        await this.repository.insert(slice);
      } catch (error) {
        const unwritten = batch.slice(i);
        if (this.pending.length + unwritten.length <= MAX_PENDING) this.pending.unshift(...unwritten);
        this.logger.warn({ err: error }, `audit log: ${unwritten.length} entries not written yet, retrying`);
        this.timer ??= setTimeout(() => void this.flush(), 5 * FLUSH_MS).unref();
        return;
      }
    }
  }

  private filterOf(query: AuditQuery): AuditFilter {
    const filter: AuditFilter = { action: query.action };
    if (query.actor !== undefined) {
      const actor = parseIdentifier(query.actor, 'actor');
      if (actor.kind === 'id') filter.actorId = actor.id;
      else filter.actorEmail = actor.name.toLowerCase();
    }
    if (query.agent !== undefined) {
      const agent = parseIdentifier(query.agent, 'agent');
      if (agent.kind === 'id') filter.agentId = agent.id;
      else filter.agentName = agent.name;
    }
    if (query.from !== undefined) filter.from = this.time(query.from, 'from');
    if (query.to !== undefined) filter.to = this.time(query.to, 'to');
    return filter;
  }

  private time(value: string, field: string): Date {
    const zone = this.config.timeZone;
    const parsed = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(value)
      ? DateTime.fromSQL(value, { zone })
      : DateTime.fromISO(value, { zone });
    if (!parsed.isValid) throw Refusal.invalid(messages.audit.invalidTime(field));
    return parsed.toJSDate();
  }

  private view(row: AuditRow): AuditEntryView {
    return {
      id: Number(row.id),
      time: formatLocalDateTime(row.time, this.config.timeZone),
      actor: actorOf(row),
      action: row.action,
      method: row.method,
      path: row.path,
      target: row.target,
      requestID: row.request_id,
      status: row.status,
      outcome: row.outcome,
    };
  }
}

/** The user, else the API key, else the agent that made the write; null when no valid token was sent. */
function actorOf(row: AuditRow): AuditEntryView['actor'] {
  if (row.actor_id !== null) return { id: row.actor_id, email: row.actor_email, agent: null, apiKey: null };
  if (row.api_key_id !== null) {
    return { id: null, email: null, agent: null, apiKey: { id: row.api_key_id, name: row.api_key_name ?? '' } };
  }
  if (row.agent_id !== null) {
    return { id: null, email: null, agent: { id: row.agent_id, name: row.agent_name ?? '' }, apiKey: null };
  }
  return null;
}
