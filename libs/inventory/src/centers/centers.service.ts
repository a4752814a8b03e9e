import { Injectable } from '@nestjs/common';
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
import { CenterEntity } from './center.entity';
import { CentersRepository } from './centers.repository';
import { CenterListQuery, CreateCenterDto } from './center.dto';

@Injectable()
export class CentersService {
  constructor(private readonly centers: CentersRepository) {}

  /** A center by id or name; 404 naming `field` when unknown. */
  async resolve(value: unknown, field = 'center'): Promise<CenterEntity> {
    const identifier = parseIdentifier(value, field);
    const center = await this.centers.findOne(
      identifier.kind === 'id' ? { id: identifier.id } : { name: identifier.name },
    );
    if (!center) throw Refusal.notFound(messages.inventory.centerNotFound(field, describeIdentifier(identifier)));
    return center;
  }

  async list(query: CenterListQuery): Promise<Paginated<CenterEntity>> {
    const window = pageWindow(query);
    const [items, total] = await this.centers.page(query.name, window);
    return paginate(items, window, total);
  }

  async create(dto: CreateCenterDto): Promise<CenterEntity> {
    try {
      return await this.centers.insert({ name: dto.name, description: dto.description ?? null });
    } catch (error) {
      if (isUniqueViolation(error)) throw Refusal.conflict('CONFLICT', messages.inventory.centerNameTaken(dto.name));
      throw error;
    }
  }

  async remove(value: string): Promise<CenterEntity> {
    const center = await this.resolve(value, 'identifier');
    try {
      await this.centers.delete(center.id);
    } catch (error) {
      if (isReferencedRowViolation(error)) {
        throw Refusal.conflict('CONFLICT', messages.inventory.centerInUse(center.name));
      }
      throw error;
    }
    return center;
  }
}
