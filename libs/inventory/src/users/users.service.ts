import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@zdm/database';
import {
  Actor,
  describeIdentifier,
  isUniqueViolation,
  messages,
  pageWindow,
  paginate,
  Paginated,
  parseIdentifier,
  Refusal,
} from '@zdm/common';
import { PasswordAttemptLimit } from './password-attempt-limit';
import { hashPassword, verifyPassword } from './password-hash';
import { CreateUserDto, UpdateUserDto, UserListQuery, UserView } from './user.dto';
import { UserEntity } from './user.entity';
import { UserAccess } from './user-access';
import { UsersRepository } from './users.repository';

const view = (u: UserEntity): UserView => ({
  id: u.id,
  email: u.email,
  userName: u.userName,
  role: u.role,
  disabled: u.disabled,
});

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly attempts: PasswordAttemptLimit,
    private readonly transactions: TransactionRunner,
  ) {}

  /** A user by id or email; 404 naming `field` when unknown. */
  async resolve(value: unknown, field = 'user'): Promise<UserView> {
    const identifier = parseIdentifier(value, field);
    const user = await this.users.findOne(
      identifier.kind === 'id' ? { id: identifier.id } : { email: identifier.name.toLowerCase() },
    );
    if (!user) throw Refusal.notFound(messages.inventory.userNotFound(field, describeIdentifier(identifier)));
    return view(user);
  }

  async list(query: UserListQuery): Promise<Paginated<UserView>> {
    const window = pageWindow(query);
    const [items, total] = await this.users.page(query.email, window);
    return paginate(items.map(view), window, total);
  }

  async create(dto: CreateUserDto): Promise<UserView> {
    const email = dto.email.toLowerCase();
    try {
      const user = await this.users.insert({
        email,
        userName: dto.userName,
        passwordHash: await hashPassword(dto.password),
        role: dto.role ?? 'viewer',
      });
      return view(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw Refusal.conflict('CONFLICT', messages.inventory.userEmailTaken(email));
      throw error;
    }
  }

  /**
   * The first administrator, from configuration: `INSERT … ON CONFLICT DO NOTHING`, so replicas
   * starting together on one database do not fail on each other. True when this call created it.
   */
  async createInitialAdmin(email: string, userName: string, password: string): Promise<boolean> {
    return this.users.insertAdminIfAbsent(email.toLowerCase(), userName, await hashPassword(password));
  }

  /**
   * Change a user (spec §12). Admins change anything; others only their own password, with
   * `currentPassword`. A password, role or disabled change bumps the token version (revokes tokens).
   * The last active admin keeps its role and stays enabled (409). A `currentPassword` check goes
   * through the login limit (per account and per `client` address, 429 when used up).
   */
  async update(identifier: string, dto: UpdateUserDto, actor: Actor, client: string): Promise<UserView> {
    const fields = (['userName', 'password', 'role', 'disabled'] as const).filter((f) => dto[f] !== undefined);
    if (fields.length === 0) throw Refusal.invalid(messages.inventory.nothingToChange());
    const target = await this.resolve(identifier, 'identifier');
    if (actor.role !== 'admin') {
      const adminField = fields.find((f) => f !== 'password');
      if (adminField) throw Refusal.forbidden('admin', adminField);
      if (target.id !== actor.id) throw new Refusal('FORBIDDEN', messages.inventory.ownPasswordOnly());
      if (dto.currentPassword === undefined) throw Refusal.invalid(messages.inventory.currentPasswordRequired());
    }
    if (dto.currentPassword !== undefined && dto.password !== undefined) {
      await this.checkCurrentPassword(target.email, dto.currentPassword, client);
    }
    const passwordHash = dto.password !== undefined ? await hashPassword(dto.password) : undefined;
    const revokes =
      passwordHash !== undefined ||
      (dto.role !== undefined && dto.role !== target.role) ||
      (dto.disabled !== undefined && dto.disabled !== target.disabled);
    const losesAdmin =
      target.role === 'admin' && !target.disabled && ((dto.role ?? 'admin') !== 'admin' || dto.disabled === true);
    const change = {
      userName: dto.userName,
      passwordHash,
      role: dto.role,
      disabled: dto.disabled,
      revokeTokens: revokes,
    };
    const updated = await this.transactions.run((tx) => this.users.update(tx, target.id, change, losesAdmin));
    if (!updated) throw Refusal.conflict('LAST_ADMIN', messages.inventory.lastAdmin());
    return this.resolve(target.id, 'identifier');
  }

  /** 400 when `password` is not the user's; admitted by the login limit first (a refused check costs no hash). */
  private async checkCurrentPassword(email: string, password: string, client: string): Promise<void> {
    const attempt = await this.attempts.admit(email, client);
    let failed = true;
    try {
      const stored = await this.findWithPasswordHash(email);
      if (!stored || !(await verifyPassword(password, stored.passwordHash))) {
        throw Refusal.invalid(messages.inventory.currentPasswordWrong());
      }
      failed = false;
    } finally {
      await this.attempts.finish(attempt, failed);
    }
  }

  /** For login only: the user with its password hash. */
  findWithPasswordHash(email: string): Promise<UserEntity | null> {
    return this.users.findWithPasswordHash(email.toLowerCase());
  }

  /** Checked for authenticated requests (at most once per recheck window): one plain indexed lookup. */
  access(id: number): Promise<UserAccess | undefined> {
    return this.users.access(id);
  }

  count(): Promise<number> {
    return this.users.count();
  }
}
