import { Logger } from '@nestjs/common';
import { pathUnsafeNameCandidateSql, pathUnsafeNameWarning } from '@zdm/common';
import { QueryRunner } from 'typeorm';

/**
 * For a migration that checks, and does not change (issue 21): lists in one warning the rows of
 * `table` whose `name` is not one path segment (no `/`, `\`, `.` or `..`), so an operator can rename
 * them. Nothing is renamed and it never fails on them.
 */
export async function reportPathUnsafeNames(q: QueryRunner, table: string): Promise<void> {
  const rows = (await q.query(
    `SELECT id, name FROM ${table} WHERE ${pathUnsafeNameCandidateSql('name')} ORDER BY id`,
  )) as { id: number; name: string }[];
  const warning = pathUnsafeNameWarning(table, rows);
  if (warning) new Logger('Migrations').warn(warning);
}
