import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PageWindow } from '@zdm/common';
import { FindOptionsWhere, Repository } from 'typeorm';
import { RepositoryType } from './backup-repository';
import { RepositoryEntity } from './repository.entity';

/** `GET /api/repositories` filters (resolved). */
export interface RepositoryFilter {
  centerId?: number;
  type?: RepositoryType;
  path?: string;
}

/** Every query of the `repositories` table (backup repositories: shares and local paths). */
@Injectable()
export class RepositoriesRepository {
  constructor(@InjectRepository(RepositoryEntity) private readonly repositories: Repository<RepositoryEntity>) {}

  /** Every registration of one share (several centers may register the same), by id. */
  findByTypeAndPath(type: RepositoryType, path: string): Promise<RepositoryEntity[]> {
    return this.repositories.find({ where: { type, path }, order: { id: 'ASC' } });
  }

  page(filter: RepositoryFilter, window: PageWindow): Promise<[RepositoryEntity[], number]> {
    const where: FindOptionsWhere<RepositoryEntity> = {};
    if (filter.centerId !== undefined) where.centerId = filter.centerId;
    if (filter.type) where.type = filter.type;
    if (filter.path) where.path = filter.path;
    return this.repositories.findAndCount({
      where,
      order: { id: window.order },
      skip: window.skip,
      take: window.take,
    });
  }

  insert(repository: Pick<RepositoryEntity, 'centerId' | 'type' | 'path'>): Promise<RepositoryEntity> {
    return this.repositories.save(this.repositories.create(repository));
  }
}
