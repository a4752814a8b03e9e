import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AppException,
  describeIdentifier,
  messages,
  pageWindow,
  paginate,
  Paginated,
  parseIdentifier,
} from '@zdm/common';
import { isUniqueViolation } from '@zdm/database/unique-violation';
import { ILike, Repository } from 'typeorm';
import { escapeLike } from '../centers/centers.service';
import { hashPassword } from './password-hash';
import { CreateUserDto, UserListQuery, UserView } from './user.dto';
import { UserEntity } from './user.entity';

const view = (u: UserEntity): UserView => ({ id: u.id, email: u.email, userName: u.userName });

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** A user by id or email; 404 naming `field` when unknown. */
  async resolve(value: unknown, field = 'user'): Promise<UserView> {
    const identifier = parseIdentifier(value, field);
    const user = await this.users.findOneBy(
      identifier.kind === 'id' ? { id: identifier.id } : { email: identifier.name.toLowerCase() },
    );
    if (!user) throw AppException.notFound(messages.inventory.userNotFound(field, describeIdentifier(identifier)));
    return view(user);
  }

  async list(query: UserListQuery): Promise<Paginated<UserView>> {
    const window = pageWindow(query);
    const [items, total] = await this.users.findAndCount({
      where: query.email ? { email: ILike(`%${escapeLike(query.email)}%`) } : {},
      order: { id: window.order },
      skip: window.skip,
      take: window.take,
    });
    return paginate(items.map(view), window, total);
  }

  async create(dto: CreateUserDto): Promise<UserView> {
    const email = dto.email.toLowerCase();
    try {
      const user = await this.users.save(
        this.users.create({ email, userName: dto.userName, passwordHash: await hashPassword(dto.password) }),
      );
      return view(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw AppException.conflict('CONFLICT', messages.inventory.userEmailTaken(email));
      throw error;
    }
  }

  /** For login only: the user with its password hash. */
  findWithPasswordHash(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.toLowerCase() })
      .getOne();
  }

  /** Checked on every authenticated request: one plain indexed lookup, no query building. */
  async exists(id: number): Promise<boolean> {
    const rows: unknown[] = await this.users.query('SELECT 1 FROM users WHERE id = $1', [id]);
    return rows.length > 0;
  }

  count(): Promise<number> {
    return this.users.count();
  }
}
