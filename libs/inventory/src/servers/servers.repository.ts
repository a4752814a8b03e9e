import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PageWindow } from '@zdm/common';
import { containsPattern, Transaction } from '@zdm/database';
import { FindOptionsWhere, ILike, Repository } from 'typeorm';
import { PartitionEntity } from './partition.entity';
import { ServerOs } from './server';
import { ServerEntity } from './server.entity';

/** `GET /api/servers` filters (resolved). */
export interface ServerFilter {
  nameContains?: string;
  centerId?: number;
  os?: ServerOs;
}

export type NewServer = Pick<ServerEntity, 'name' | 'centerId' | 'os' | 'osVersion'>;
export type NewPartition = Pick<PartitionEntity, 'letter' | 'device' | 'filesystem' | 'size'>;

/** Every query of the `servers` aggregate: a server with its partitions. */
@Injectable()
export class ServersRepository {
  constructor(@InjectRepository(ServerEntity) private readonly servers: Repository<ServerEntity>) {}

  /** A server with its partitions, by id or name. */
  findOne(key: { id: number } | { name: string }): Promise<ServerEntity | null> {
    return this.servers.findOne({ where: key, relations: { partitions: true } });
  }

  page(filter: ServerFilter, window: PageWindow): Promise<[ServerEntity[], number]> {
    const where: FindOptionsWhere<ServerEntity> = {};
    if (filter.nameContains) where.name = ILike(containsPattern(filter.nameContains));
    if (filter.centerId !== undefined) where.centerId = filter.centerId;
    if (filter.os) where.os = filter.os;
    return this.servers.findAndCount({
      where,
      relations: { partitions: true },
      order: { id: window.order },
      skip: window.skip,
      take: window.take,
    });
  }

  /** A server and its partitions, in the caller's transaction `tx`; the new server's id. */
  async insert(tx: Transaction, server: NewServer, partitions: readonly NewPartition[]): Promise<number> {
    const saved = await tx.save(tx.create(ServerEntity, server));
    if (partitions.length > 0) {
      await tx.insert(
        PartitionEntity,
        partitions.map((p) => ({ ...p, serverId: saved.id })),
      );
    }
    return saved.id;
  }

  async delete(id: number): Promise<void> {
    await this.servers.delete({ id });
  }
}
