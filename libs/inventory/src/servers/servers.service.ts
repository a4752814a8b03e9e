import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@zdm/database';
import {
  describeIdentifier,
  isReferencedRowViolation,
  isUniqueViolation,
  messages,
  pageWindow,
  paginate,
  Paginated,
  parseIdentifier,
  Refusal,
} from '@zdm/common';
import { CentersService } from '../centers/centers.service';
import { CreateServerDto, ServerListQuery } from './server.dto';
import { ServerEntity } from './server.entity';
import { ServerFilter, ServersRepository } from './servers.repository';
import { partitionViews, PartitionView, serverView, ServerView } from './server.view';

@Injectable()
export class ServersService {
  constructor(
    private readonly servers: ServersRepository,
    private readonly centers: CentersService,
    private readonly transactions: TransactionRunner,
  ) {}

  /** A server (with its partitions) by id or name; 404 naming `field` when unknown. */
  async resolve(value: unknown, field = 'server'): Promise<ServerEntity> {
    const identifier = parseIdentifier(value, field);
    const server = await this.servers.findOne(
      identifier.kind === 'id' ? { id: identifier.id } : { name: identifier.name },
    );
    if (!server) throw Refusal.notFound(messages.inventory.serverNotFound(field, describeIdentifier(identifier)));
    return server;
  }

  async get(identifier: string): Promise<ServerView> {
    return serverView(await this.resolve(identifier, 'identifier'));
  }

  async partitions(identifier: string): Promise<PartitionView[]> {
    return partitionViews((await this.resolve(identifier, 'identifier')).partitions);
  }

  async list(query: ServerListQuery): Promise<Paginated<ServerView>> {
    const filter: ServerFilter = { nameContains: query.name, os: query.os };
    if (query.center !== undefined) filter.centerId = (await this.centers.resolve(query.center)).id;
    const window = pageWindow(query);
    const [items, total] = await this.servers.page(filter, window);
    return paginate(items.map(serverView), window, total);
  }

  async create(dto: CreateServerDto): Promise<ServerView> {
    const center = await this.centers.resolve(dto.center);
    const letters = new Set<string>();
    for (const p of dto.partitions ?? []) {
      if (letters.has(p.letter)) throw Refusal.invalid(messages.inventory.duplicatePartition(p.letter));
      letters.add(p.letter);
    }
    try {
      const partitions = (dto.partitions ?? []).map((p) => ({
        letter: p.letter,
        device: p.device ?? null,
        filesystem: p.filesystem ?? null,
        size: p.size ?? null,
      }));
      const server = { name: dto.name, centerId: center.id, os: dto.os, osVersion: dto.osVersion ?? null };
      const id = await this.transactions.run((tx) => this.servers.insert(tx, server, partitions));
      return this.get(String(id));
    } catch (error) {
      if (isUniqueViolation(error)) throw Refusal.conflict('CONFLICT', messages.inventory.serverNameTaken(dto.name));
      throw error;
    }
  }

  async remove(identifier: string): Promise<ServerView> {
    const server = await this.resolve(identifier, 'identifier');
    try {
      await this.servers.delete(server.id);
    } catch (error) {
      if (isReferencedRowViolation(error)) {
        throw Refusal.conflict('CONFLICT', messages.inventory.serverInUse(server.name));
      }
      throw error;
    }
    return serverView(server);
  }
}
