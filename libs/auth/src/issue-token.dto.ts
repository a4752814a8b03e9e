import { IsEmail, IsString, Length } from 'class-validator';
import { localized, messages } from '@zdm/common';

export class IssueTokenDto {
  /** Registered email. */
  @IsEmail({}, { message: localized(() => messages.auth.invalidEmail()) })
  email: string;

  /** Password. */
  @IsString({ message: localized(() => messages.auth.passwordRequired()) })
  @Length(1, 128, { message: localized(() => messages.auth.passwordRequired()) })
  password: string;
}

export class IssuedToken {
  /** JWT to send as `Authorization: Bearer <token>`. */
  token: string;
  /** When the token stops working (ISO-8601). */
  expiresAt: string;
}
