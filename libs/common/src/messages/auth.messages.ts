import { text } from './localized-text';

/** Token issue (spec §3). */
export const authMessages = {
  invalidCredentials: () =>
    text('등록되지 않은 사용자이거나 비밀번호가 일치하지 않습니다.', 'Unknown user or wrong password.'),
  invalidEmail: () => text('email은 올바른 이메일 형식이어야 합니다.', 'email must be a valid email address.'),
  passwordRequired: () =>
    text('password는 필수 항목입니다. (1 ~ 128자)', 'password is required (1 to 128 characters).'),
  tooManyFailures: (seconds: number) =>
    text(
      `로그인 실패가 너무 많습니다. ${seconds}초 후 다시 시도해 주세요.`,
      `Too many failed logins. Retry in ${seconds} s.`,
    ),
};
