import type { UserEntity } from './user.entity';

/** A user as other libs see it: its columns but the password hash (the entity stays inventory's). */
export type User = Pick<UserEntity, 'id' | 'email' | 'userName' | 'role' | 'disabled' | 'tokenVersion' | 'createdAt'>;
