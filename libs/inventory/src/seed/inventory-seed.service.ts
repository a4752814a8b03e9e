import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@zdm/database';
import type { InventorySeed } from './inventory-seed';
import { InventorySeedRepository } from './inventory-seed.repository';

/** Seeds an empty inventory once (demo mode), however many replicas start together. */
@Injectable()
export class InventorySeedService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: InventorySeedRepository,
  ) {}

  /**
   * Write `seed` in one transaction when the inventory has no center yet; `lockKey` is the advisory
   * lock replicas wait on (one seeds, the others then find it seeded). True when this call seeded.
   */
  seedIfEmpty(seed: InventorySeed, lockKey: number): Promise<boolean> {
    return this.transactions.run(async (tx) => {
      await this.repository.lock(tx, lockKey);
      if (!(await this.repository.isEmpty(tx))) return false;
      await this.repository.insert(tx, seed);
      return true;
    });
  }
}
