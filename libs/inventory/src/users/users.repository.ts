import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PageWindow, Role } from '@zdm/common';
import { containsPattern, Transaction } from '@zdm/database';
import { ILike, Repository } from 'typeorm';
import { UserEntity } from './user.entity';
import { UserAccess } from './user-access';

/** A change of a user; `revokeTokens` bumps the token version (older tokens are refused). */
export interface UserChange {
  userName?: string;
  passwordHash?: string;
  role?: Role;
  disabled?: boolean;
  revokeTokens: boolean;
}

/** Every query of the `users` table. Emails are stored lower-case. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findOne(key: { id: number } | { email: string }): Promise<UserEntity | null> {
    return this.users.findOneBy(key);
  }

  /** One page of users whose email contains `emailContains` (case-insensitive), and the total. */
  page(emailContains: string | undefined, window: PageWindow): Promise<[UserEntity[], number]> {
    return this.users.findAndCount({
      where: emailContains ? { email: ILike(containsPattern(emailContains)) } : {},
      order: { id: window.order },
      skip: window.skip,
      take: window.take,
    });
  }

  insert(user: Pick<UserEntity, 'email' | 'userName' | 'passwordHash' | 'role'>): Promise<UserEntity> {
    return this.users.save(this.users.create(user));
  }

  /**
   * An administrator unless the email exists (`INSERT … ON CONFLICT DO NOTHING`, so replicas
   * starting together on one database do not fail on each other). True when this call created it.
   */
  async insertAdminIfAbsent(email: string, userName: string, passwordHash: string): Promise<boolean> {
    const rows: unknown[] = await this.users.query(
      `INSERT INTO users (email, user_name, password_hash, role) VALUES ($1, $2, $3, 'admin')
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, userName, passwordHash],
    );
    return rows.length > 0;
  }

  /**
   * Apply `change` to user `id`. With `keepAnActiveAdmin`, first lock every active admin row (in id
   * order, so two demotions serialize) and refuse (false, nothing written) when no other active
   * admin would remain. In the caller's transaction `tx`.
   */
  async update(tx: Transaction, id: number, change: UserChange, keepAnActiveAdmin: boolean): Promise<boolean> {
    if (keepAnActiveAdmin) {
      const admins: { id: number }[] = await tx.query(
        `SELECT id FROM users WHERE role = 'admin' AND NOT disabled ORDER BY id FOR UPDATE`,
      );
      if (admins.filter((row) => row.id !== id).length === 0) return false;
    }
    await tx.getRepository(UserEntity).update(id, {
      ...(change.userName !== undefined ? { userName: change.userName } : {}),
      ...(change.passwordHash !== undefined ? { passwordHash: change.passwordHash } : {}),
      ...(change.role !== undefined ? { role: change.role } : {}),
      ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
      ...(change.revokeTokens ? { tokenVersion: () => 'token_version + 1' } : {}),
    });
    return true;
  }

  /** For login only: the user with its password hash (not selected otherwise). */
  findWithPasswordHash(email: string): Promise<UserEntity | null> {
    return this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
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
