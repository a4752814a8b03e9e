import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length } from 'class-validator';
import { localized, messages } from '@zdm/common';

export class IssueTokenDto {
  /** Registered email. */
  @ApiProperty({ format: 'email', example: 'admin@zdm.local' })
  @IsEmail({}, { message: localized(() => messages.auth.invalidEmail()) })
  email: string;

  /** Password (the demo's: `zdm-demo-admin`). */
  @ApiProperty({ minLength: 1, maxLength: 128, example: 'zdm-demo-admin' })
  @IsString({ message: localized(() => messages.auth.passwordRequired()) })
  @Length(1, 128, { message: localized(() => messages.auth.passwordRequired()) })
  password: string;
}

export class IssuedToken {
  /** JWT to send as `Authorization: Bearer <token>`. */
  token: string;
  /** When the token stops working (ISO-8601). */
  @ApiProperty({ format: 'date-time', example: '2026-01-09T11:30:00.000Z' })
  expiresAt: string;
}
