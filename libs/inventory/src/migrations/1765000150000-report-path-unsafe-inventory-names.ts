import { reportPathUnsafeNames } from '@zdm/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A check, not a change (issue 21): names now have to be one path segment (no `/`, `\`, `.` or
 * `..`), and rows of `centers` and `servers` stored before the rule may not be. Each such row is
 * listed in a warning so an operator can rename it; nothing is renamed and the migration never
 * fails on them.
 */
export class ReportPathUnsafeInventoryNames1765000150000 implements MigrationInterface {
  name = 'ReportPathUnsafeInventoryNames1765000150000';

  async up(q: QueryRunner): Promise<void> {
    await reportPathUnsafeNames(q, 'centers');
    await reportPathUnsafeNames(q, 'servers');
  }

  async down(): Promise<void> {
    // Nothing was changed.
  }
}
