import { Injectable } from '@nestjs/common';
import { isUniqueViolation, messages, pageWindow, paginate, Paginated, Refusal } from '@zdm/common';
import { CentersService } from '../centers/centers.service';
import { CreateRepositoryDto, RepositoryListQuery } from './repository.dto';
import { RepositoryFilter, RepositoriesRepository } from './repositories.repository';
import { RepositoryType } from './backup-repository';
import { RepositoryEntity } from './repository.entity';

@Injectable()
export class RepositoriesService {
  constructor(
    private readonly repositories: RepositoriesRepository,
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
    const candidates = await this.repositories.findByTypeAndPath(ref.type, ref.path);
    const chosen = candidates.find((r) => r.centerId === preferCenterId) ?? candidates[0];
    if (!chosen) throw Refusal.notFound(messages.inventory.repositoryNotFound(field, ref.type, ref.path));
    return chosen;
  }

  async list(query: RepositoryListQuery, centerIdentifier?: string): Promise<Paginated<RepositoryEntity>> {
    const filter: RepositoryFilter = { type: query.type, path: query.path };
    const center = centerIdentifier ?? query.center;
    if (center !== undefined)
      filter.centerId = (await this.centers.resolve(center, centerIdentifier ? 'identifier' : 'center')).id;
    const window = pageWindow(query);
    const [items, total] = await this.repositories.page(filter, window);
    return paginate(items, window, total);
  }

  async create(dto: CreateRepositoryDto): Promise<RepositoryEntity> {
    const center = await this.centers.resolve(dto.center);
    try {
      return await this.repositories.insert({ centerId: center.id, type: dto.type, path: dto.path });
    } catch (error) {
      if (isUniqueViolation(error))
        throw Refusal.conflict('CONFLICT', messages.inventory.repositoryTaken(dto.type, dto.path));
      throw error;
    }
  }
}
