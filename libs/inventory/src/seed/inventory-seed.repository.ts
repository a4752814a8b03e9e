import { Injectable } from '@nestjs/common';
import type { Transaction } from '@zdm/database';
import { CenterEntity } from '../centers/center.entity';
import { RepositoryEntity } from '../repositories/repository.entity';
import { PartitionEntity } from '../servers/partition.entity';
import { ServerEntity } from '../servers/server.entity';
import type { InventorySeed } from './inventory-seed';

/** The statements of a seed: every inventory table it writes, inside the caller's transaction. */
@Injectable()
export class InventorySeedRepository {
  /** Wait for (and then hold until commit) the seed's advisory lock, so replicas seed once. */
  async lock(tx: Transaction, key: number): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [key]);
  }

  async isEmpty(tx: Transaction): Promise<boolean> {
    return (await tx.count(CenterEntity)) === 0;
  }

  async insert(tx: Transaction, seed: InventorySeed): Promise<void> {
    const centers = new Map<string, number>();
    for (const c of seed.centers) {
      centers.set(c.name, (await tx.save(tx.create(CenterEntity, c))).id);
    }
    await tx.insert(
      RepositoryEntity,
      seed.repositories.map((r) => ({ centerId: centers.get(r.center)!, type: r.type, path: r.path })),
    );
    for (const s of seed.servers) {
      const server = await tx.save(
        tx.create(ServerEntity, { name: s.name, centerId: centers.get(s.center)!, os: s.os, osVersion: s.osVersion }),
      );
      await tx.insert(
        PartitionEntity,
        s.partitions.map((p) => ({ ...p, serverId: server.id })),
      );
    }
  }
}
