import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  AppException,
  describeIdentifier,
  isReferencedRowViolation,
  isUniqueViolation,
  messages,
  pageWindow,
  paginate,
  Paginated,
  parseIdentifier,
} from '@zdm/common';
import { DataSource, FindOptionsWhere, ILike, Repository } from 'typeorm';
import { CentersService, escapeLike } from '../centers/centers.service';
import { PartitionEntity } from './partition.entity';
import { CreateServerDto, ServerListQuery } from './server.dto';
import { ServerEntity } from './server.entity';
import { partitionViews, PartitionView, serverView, ServerView } from './server.view';

@Injectable()
export class ServersService {
  constructor(
    @InjectRepository(ServerEntity) private readonly servers: Repository<ServerEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly centers: CentersService,
  ) {}

  /** A server (with its partitions) by id or name; 404 naming `field` when unknown. */
  async resolve(value: unknown, field = 'server'): Promise<ServerEntity> {
    const identifier = parseIdentifier(value, field);
    const server = await this.servers.findOne({
      where: identifier.kind === 'id' ? { id: identifier.id } : { name: identifier.name },
      relations: { partitions: true },
    });
    if (!server) throw AppException.notFound(messages.inventory.serverNotFound(field, describeIdentifier(identifier)));
    return server;
  }

  async get(identifier: string): Promise<ServerView> {
    return serverView(await this.resolve(identifier, 'identifier'));
  }

  async partitions(identifier: string): Promise<PartitionView[]> {
    return partitionViews((await this.resolve(identifier, 'identifier')).partitions);
  }

  async list(query: ServerListQuery): Promise<Paginated<ServerView>> {
    const where: FindOptionsWhere<ServerEntity> = {};
    if (query.name) where.name = ILike(`%${escapeLike(query.name)}%`);
    if (query.center !== undefined) where.centerId = (await this.centers.resolve(query.center)).id;
    if (query.os) where.os = query.os;
    const window = pageWindow(query);
    const [items, total] = await this.servers.findAndCount({
      where,
      relations: { partitions: true },
      order: { id: window.order },
      skip: window.skip,
      take: window.take,
    });
    return paginate(items.map(serverView), window, total);
  }

  async create(dto: CreateServerDto): Promise<ServerView> {
    const center = await this.centers.resolve(dto.center);
    const letters = new Set<string>();
    for (const p of dto.partitions ?? []) {
      if (letters.has(p.letter)) throw AppException.badRequest(messages.inventory.duplicatePartition(p.letter));
      letters.add(p.letter);
    }
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const server = await manager.save(
          manager.create(ServerEntity, {
            name: dto.name,
            centerId: center.id,
            os: dto.os,
            osVersion: dto.osVersion ?? null,
          }),
        );
        if (dto.partitions?.length) {
          await manager.insert(
            PartitionEntity,
            dto.partitions.map((p) => ({
              serverId: server.id,
              letter: p.letter,
              device: p.device ?? null,
              filesystem: p.filesystem ?? null,
              size: p.size ?? null,
            })),
          );
        }
        return server.id;
      });
      return this.get(String(id));
    } catch (error) {
      if (isUniqueViolation(error))
        throw AppException.conflict('CONFLICT', messages.inventory.serverNameTaken(dto.name));
      throw error;
    }
  }

  async remove(identifier: string): Promise<ServerView> {
    const server = await this.resolve(identifier, 'identifier');
    try {
      await this.servers.delete({ id: server.id });
    } catch (error) {
      if (isReferencedRowViolation(error)) {
        throw AppException.conflict('CONFLICT', messages.inventory.serverInUse(server.name));
      }
      throw error;
    }
    return serverView(server);
  }
}
