import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException, isUniqueViolation, messages, pageWindow, paginate, Paginated } from '@zdm/common';
import { FindOptionsWhere, Repository } from 'typeorm';
import { CentersService } from '../centers/centers.service';
import { CreateRepositoryDto, RepositoryListQuery } from './repository.dto';
import { RepositoryEntity, RepositoryType } from './repository.entity';

@Injectable()
export class RepositoriesService {
  constructor(
    @InjectRepository(RepositoryEntity) private readonly repositories: Repository<RepositoryEntity>,
    private readonly centers: CentersService,
  ) {}

  /**
   * The registered repository with this type and path; one of the given center first when several
   * centers registered the same share. 404 naming `field` when none.
   */
  async resolve(
    ref: { type: RepositoryType; path: string },
    field = 'repository',
    preferCenterId?: number,
  ): Promise<RepositoryEntity> {
    const candidates = await this.repositories.find({
      where: { type: ref.type, path: ref.path },
      order: { id: 'ASC' },
    });
    const chosen = candidates.find((r) => r.centerId === preferCenterId) ?? candidates[0];
    if (!chosen) throw AppException.notFound(messages.inventory.repositoryNotFound(field, ref.type, ref.path));
    return chosen;
  }

  async list(query: RepositoryListQuery, centerIdentifier?: string): Promise<Paginated<RepositoryEntity>> {
    const where: FindOptionsWhere<RepositoryEntity> = {};
    const center = centerIdentifier ?? query.center;
    if (center !== undefined)
      where.centerId = (await this.centers.resolve(center, centerIdentifier ? 'identifier' : 'center')).id;
    if (query.type) where.type = query.type;
    if (query.path) where.path = query.path;
    const window = pageWindow(query);
    const [items, total] = await this.repositories.findAndCount({
      where,
      order: { id: window.order },
      skip: window.skip,
      take: window.take,
    });
    return paginate(items, window, total);
  }

  async create(dto: CreateRepositoryDto): Promise<RepositoryEntity> {
    const center = await this.centers.resolve(dto.center);
    try {
      return await this.repositories.save(
        this.repositories.create({ centerId: center.id, type: dto.type, path: dto.path }),
      );
    } catch (error) {
      if (isUniqueViolation(error))
        throw AppException.conflict('CONFLICT', messages.inventory.repositoryTaken(dto.type, dto.path));
      throw error;
    }
  }
}
