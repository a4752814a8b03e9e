import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Every SQL statement on `notification_conditions` (the lasting conditions already reported). */
@Injectable()
export class NotificationConditionsRepository {
  /** The objects reported as in the condition `kind`, ascending. */
  async reported(manager: EntityManager, kind: string): Promise<number[]> {
    const rows = (await manager.query(
      'SELECT object_id FROM notification_conditions WHERE kind = $1 ORDER BY object_id',
      [kind],
    )) as { object_id: number | string }[];
    return rows.map((row) => Number(row.object_id));
  }

  /**
   * Records `objectIds` as in the condition unless a row says so already (another replica's tick);
   * answers the ids THIS statement inserted, i.e. the transitions this transaction is to report.
   * Concurrent inserts of one key wait for each other: the loser's ON CONFLICT sees the winner's row.
   */
  async raise(manager: EntityManager, kind: string, objectIds: number[], since: Date): Promise<number[]> {
    if (objectIds.length === 0) return [];
    const rows = (await manager.query(
      `INSERT INTO notification_conditions (kind, object_id, since)
         SELECT $1, id, $3 FROM unnest($2::integer[]) AS id ORDER BY id
         ON CONFLICT (kind, object_id) DO NOTHING
         RETURNING object_id`,
      [kind, objectIds, since],
    )) as { object_id: number | string }[];
    return rows.map((row) => Number(row.object_id)).sort((a, b) => a - b);
  }

  /** Forgets the condition of `objectIds` (recovered or gone), so a later transition is reported again. */
  async clear(manager: EntityManager, kind: string, objectIds: number[]): Promise<void> {
    if (objectIds.length === 0) return;
    await manager.query('DELETE FROM notification_conditions WHERE kind = $1 AND object_id = ANY ($2::integer[])', [
      kind,
      objectIds,
    ]);
  }
}
