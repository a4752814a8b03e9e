import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `runs.idempotency_hash`: the SHA-256 of the run-now request an Idempotency-Key came with (spec
 * §13 "Idempotency is about the request"), so the same key with another body is refused (422)
 * instead of answering the old run. Runs made before it have NULL (their body is unknown).
 */
export class AddRunIdempotencyHash1765000200000 implements MigrationInterface {
  name = 'AddRunIdempotencyHash1765000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE runs ADD COLUMN idempotency_hash varchar(64)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE runs DROP COLUMN idempotency_hash`);
  }
}
