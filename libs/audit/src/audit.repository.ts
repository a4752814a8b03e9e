import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditOutcome, AuditRecord } from './domain/audit-entry';

/** Filters of a read, already parsed. */
export interface AuditFilter {
  actorId?: number;
  actorEmail?: string;
  agentId?: number;
  agentName?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

export interface AuditRow {
  id: string;
  time: Date;
  actor_id: number | null;
  actor_email: string | null;
  agent_id: number | null;
  agent_name: string | null;
  api_key_id: number | null;
  api_key_name: string | null;
  action: string;
  method: string;
  path: string;
  target: string | null;
  request_id: string;
  status: number;
  outcome: AuditOutcome;
}

const COLUMNS = [
  'time',
  'actor_id',
  'actor_email',
  'agent_id',
  'agent_name',
  'api_key_id',
  'api_key_name',
  'action',
  'method',
  'path',
  'target',
  'request_id',
  'status',
  'outcome',
] as const;

/** Every SQL statement on `audit_log`. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One multi-row INSERT for a batch. */
  async insert(records: AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    const values: unknown[] = [];
    const rows = records.map((r, i) => {
      values.push(
        r.time,
        r.actorId,
        r.actorEmail,
        r.agentId,
        r.agentName,
        r.apiKeyId,
        r.apiKeyName,
        r.action,
        r.method,
        r.path,
        r.target,
        r.requestId,
        r.status,
        r.outcome,
      );
      return `(${COLUMNS.map((_, c) => `$${i * COLUMNS.length + c + 1}`).join(', ')})`;
    });
    await this.db.query(`INSERT INTO audit_log (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`, values);
  }

  /** A page of rows matching `filter` in time order, and how many match. */
  async page(
    filter: AuditFilter,
    skip: number,
    take: number,
    order: 'ASC' | 'DESC',
  ): Promise<{ rows: AuditRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.actorId !== undefined) add('actor_id = ?', filter.actorId);
    if (filter.actorEmail !== undefined) add('actor_email = ?', filter.actorEmail);
    if (filter.agentId !== undefined) add('agent_id = ?', filter.agentId);
    if (filter.agentName !== undefined) add('agent_name = ?', filter.agentName);
    if (filter.action !== undefined) add('action = ?', filter.action);
    if (filter.from !== undefined) add('time >= ?', filter.from);
    if (filter.to !== undefined) add('time <= ?', filter.to);
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM audit_log ${clause}`, params)) as {
      total: number;
    }[];
    const rows = (await this.db.query(
      `SELECT id, time, actor_id, actor_email, agent_id, agent_name, api_key_id, api_key_name, action, method, path, target, request_id, status, outcome
         FROM audit_log ${clause} ORDER BY time ${order}, id ${order} OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, skip, take],
    )) as AuditRow[];
    return { rows, total: total ?? 0 };
  }
}
