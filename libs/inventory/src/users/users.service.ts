import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  AppException,
  describeIdentifier,
  isUniqueViolation,
  messages,
  pageWindow,
  paginate,
  Paginated,
  parseIdentifier,
  Role,
} from '@zdm/common';
import { EntityManager, ILike, Repository } from 'typeorm';
import { escapeLike } from '../centers/centers.service';
import { hashPassword, verifyPassword } from './password-hash';
import { CreateUserDto, UpdateUserDto, UserListQuery, UserView } from './user.dto';
import { UserEntity } from './user.entity';

const view = (u: UserEntity): UserView => ({
  id: u.id,
  email: u.email,
  userName: u.userName,
  role: u.role,
  disabled: u.disabled,
});

/** What the auth guard rechecks about a token's user. */
export interface UserAccess {
  email: string;
  role: Role;
  disabled: boolean;
  tokenVersion: number;
}

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
        this.users.create({
          email,
          userName: dto.userName,
          passwordHash: await hashPassword(dto.password),
          role: dto.role ?? 'viewer',
        }),
      );
      return view(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw AppException.conflict('CONFLICT', messages.inventory.userEmailTaken(email));
      throw error;
    }
  }

  /**
   * The first administrator, from configuration: `INSERT … ON CONFLICT DO NOTHING`, so replicas
   * starting together on one database do not fail on each other. True when this call created it.
   */
  async createInitialAdmin(email: string, userName: string, password: string): Promise<boolean> {
    const rows: unknown[] = await this.users.query(
      `INSERT INTO users (email, user_name, password_hash, role) VALUES ($1, $2, $3, 'admin')
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email.toLowerCase(), userName, await hashPassword(password)],
    );
    return rows.length > 0;
  }

  /**
   * Change a user (spec §12). Admins change anything; others only their own password, with
   * `currentPassword`. A password, role or disabled change bumps the token version (revokes tokens).
   * The last active admin keeps its role and stays enabled (409).
   */
  async update(identifier: string, dto: UpdateUserDto, actor: Actor): Promise<UserView> {
    const fields = (['userName', 'password', 'role', 'disabled'] as const).filter((f) => dto[f] !== undefined);
    if (fields.length === 0) throw AppException.badRequest(messages.inventory.nothingToChange());
    const target = await this.resolve(identifier, 'identifier');
    if (actor.role !== 'admin') {
      const adminField = fields.find((f) => f !== 'password');
      if (adminField) throw AppException.forbidden('admin', adminField);
      if (target.id !== actor.id) throw new AppException(403, 'FORBIDDEN', messages.inventory.ownPasswordOnly());
      if (dto.currentPassword === undefined)
        throw AppException.badRequest(messages.inventory.currentPasswordRequired());
    }
    if (dto.currentPassword !== undefined && dto.password !== undefined) {
      const stored = await this.findWithPasswordHash(target.email);
      if (!stored || !(await verifyPassword(dto.currentPassword, stored.passwordHash))) {
        throw AppException.badRequest(messages.inventory.currentPasswordWrong());
      }
    }
    const passwordHash = dto.password !== undefined ? await hashPassword(dto.password) : undefined;
    const revokes =
      passwordHash !== undefined ||
      (dto.role !== undefined && dto.role !== target.role) ||
      (dto.disabled !== undefined && dto.disabled !== target.disabled);
    const losesAdmin =
      target.role === 'admin' && !target.disabled && ((dto.role ?? 'admin') !== 'admin' || dto.disabled === true);
    await this.users.manager.transaction(async (manager) => {
      if (losesAdmin && (await this.otherActiveAdmins(manager, target.id)) === 0) {
        throw AppException.conflict('LAST_ADMIN', messages.inventory.lastAdmin());
      }
      await manager.getRepository(UserEntity).update(target.id, {
        ...(dto.userName !== undefined ? { userName: dto.userName } : {}),
        ...(passwordHash !== undefined ? { passwordHash } : {}),
        ...(dto.role !== undefined ? { role: dto.role } : {}),
        ...(dto.disabled !== undefined ? { disabled: dto.disabled } : {}),
        ...(revokes ? { tokenVersion: () => 'token_version + 1' } : {}),
      });
    });
    return this.resolve(target.id, 'identifier');
  }

  /** Active admins other than `id`; every active admin row locked in id order, so two demotions serialize. */
  private async otherActiveAdmins(manager: EntityManager, id: number): Promise<number> {
    const rows: { id: number }[] = await manager.query(
      `SELECT id FROM users WHERE role = 'admin' AND NOT disabled ORDER BY id FOR UPDATE`,
    );
    return rows.filter((row) => row.id !== id).length;
  }

  /** For login only: the user with its password hash. */
  findWithPasswordHash(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.toLowerCase() })
      .getOne();
  }

  /** Checked for authenticated requests (at most once per recheck window): one plain indexed lookup. */
  async access(id: number): Promise<UserAccess | undefined> {
    const rows: { email: string; role: Role; disabled: boolean; token_version: number }[] = await this.users.query(
      'SELECT email, role, disabled, token_version FROM users WHERE id = $1',
      [id],
    );
    const row = rows[0];
    return row && { email: row.email, role: row.role, disabled: row.disabled, tokenVersion: row.token_version };
  }

  count(): Promise<number> {
    return this.users.count();
  }
}
