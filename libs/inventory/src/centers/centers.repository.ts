import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PageWindow } from '@zdm/common';
import { containsPattern } from '@zdm/database';
import { ILike, Repository } from 'typeorm';
import { CenterEntity } from './center.entity';

/** Every query of the `centers` table. */
@Injectable()
export class CentersRepository {
  constructor(@InjectRepository(CenterEntity) private readonly centers: Repository<CenterEntity>) {}

  findOne(key: { id: number } | { name: string }): Promise<CenterEntity | null> {
    return this.centers.findOneBy(key);
  }

  /** One page of centers whose name contains `nameContains` (case-insensitive), and the total. */
  page(nameContains: string | undefined, window: PageWindow): Promise<[CenterEntity[], number]> {
    return this.centers.findAndCount({
      where: nameContains ? { name: ILike(containsPattern(nameContains)) } : {},
      order: { id: window.order },
      skip: window.skip,
      take: window.take,
    });
  }

  insert(center: Pick<CenterEntity, 'name' | 'description'>): Promise<CenterEntity> {
    return this.centers.save(this.centers.create(center));
  }

  async delete(id: number): Promise<void> {
    await this.centers.delete({ id });
  }
}
