import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { localized, messages, PaginationQuery } from '@zdm/common';

export class CreateUserDto {
  /** Login email (unique). */
  @IsEmail({}, { message: localized(() => messages.auth.invalidEmail()) })
  @MaxLength(255)
  email: string;

  /** Display name. */
  @IsString()
  @Length(1, 255)
  userName: string;

  /** Password (8–128 characters); stored only as a salted scrypt hash. */
  @IsString()
  @Length(8, 128)
  password: string;
}

export class UserListQuery extends PaginationQuery {
  /** Part of the email (case-insensitive). */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  email?: string;
}

export interface UserView {
  id: number;
  email: string;
  userName: string;
}
