import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsName, localized, messages, Omittable, PaginationQuery, Role, ROLES } from '@zdm/common';

export class CreateUserDto {
  /** Login email (unique). */
  @IsEmail({}, { message: localized(() => messages.auth.invalidEmail()) })
  @MaxLength(255)
  email: string;

  /** Display name. */
  @IsString()
  @Length(1, 255)
  @IsName({ max: 255, displayOnly: true })
  userName: string;

  /** Password (8–128 characters); stored only as a salted scrypt hash. */
  @IsString()
  @Length(8, 128)
  password: string;

  /** What the user may do: `viewer` reads, `operator` also manages jobs, schedules and runs, `admin` everything. */
  @Omittable()
  @IsIn(ROLES, { message: localized(() => messages.common.mustBeOneOf('role', ROLES)) })
  role?: Role = 'viewer';
}

/**
 * A change to a user (spec §12). Admins change anything; any user may change their own password
 * with `currentPassword`. A password, role or `disabled` change revokes the user's existing tokens.
 */
export class UpdateUserDto {
  /** Display name (admins). */
  @Omittable()
  @IsString()
  @Length(1, 255)
  @IsName({ max: 255, displayOnly: true })
  userName?: string;

  /** New password (8–128 characters). */
  @Omittable()
  @IsString()
  @Length(8, 128)
  password?: string;

  /** The user's current password: required when users change their own password and are not admins. */
  @Omittable()
  @IsString()
  @Length(1, 128)
  currentPassword?: string;

  /** New role (admins). */
  @Omittable()
  @IsIn(ROLES, { message: localized(() => messages.common.mustBeOneOf('role', ROLES)) })
  role?: Role;

  /** `true` stops the user from logging in and revokes its tokens (admins). */
  @Omittable()
  @IsBoolean({ message: localized(() => messages.common.mustBeBoolean('disabled')) })
  disabled?: boolean;
}

export class UserListQuery extends PaginationQuery {
  /** Part of the email (case-insensitive). */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  email?: string;
}

/** A user as the API shows it (never the password hash). */
export class UserView {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;
  email: string;
  userName: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
  disabled: boolean;
}
