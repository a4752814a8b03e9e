import type { Role } from '@zdm/common';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An API user. The password is stored only as a slow salted hash (see password-hash.ts). */
@Entity({ name: 'users' })
@Check('ck_users_role', `role IN ('admin', 'operator', 'viewer')`)
export class UserEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  id: number;

  @Column({ name: 'email', type: 'varchar', length: 255, unique: true })
  email: string;

  @Column({ name: 'user_name', type: 'varchar', length: 255 })
  userName: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, select: false })
  passwordHash: string;

  @Column({ name: 'role', type: 'varchar', length: 16, default: 'viewer' })
  role: Role;

  /** A disabled user cannot log in and its tokens stop working. */
  @Column({ name: 'disabled', type: 'boolean', default: false })
  disabled: boolean;

  /** Bumped by a password, role or disabled change: tokens carry it, older ones are refused. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
