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

  /**
   * One center by id or name. Plain SQL rather than `findOneBy`: building the query and hydrating
   * the entity through TypeORM cost more than the database round trip on `GET /zdms/:identifier`.
   */
  async findOne(key: { id: number } | { name: string }): Promise<CenterEntity | null> {
    const [column, value] = 'id' in key ? ['id', key.id] : ['name', key.name];
    const rows: Pick<CenterEntity, 'id' | 'name' | 'description' | 'createdAt'>[] = await this.centers.query(
      `SELECT id, name, description, created_at AS "createdAt" FROM centers WHERE ${column} = $1 LIMIT 1`,
      [value],
    );
    return rows.length ? Object.assign(new CenterEntity(), rows[0]) : null;
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
