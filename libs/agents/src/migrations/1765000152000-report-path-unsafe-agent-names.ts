import { reportPathUnsafeNames } from '@zdm/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A check, not a change (issue 21): names now have to be one path segment (no `/`, `\`, `.` or
 * `..`), and rows of `agents` stored before the rule may not be. Each such row is listed in a
 * warning so an operator can rename it; nothing is renamed and the migration never fails on them.
 */
export class ReportPathUnsafeAgentNames1765000152000 implements MigrationInterface {
  name = 'ReportPathUnsafeAgentNames1765000152000';

  async up(q: QueryRunner): Promise<void> {
    await reportPathUnsafeNames(q, 'agents');
  }

  async down(): Promise<void> {
    // Nothing was changed.
  }
}
