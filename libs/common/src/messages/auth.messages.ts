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
  apiKeyNotFound: (id: string) =>
    text(`id: API 키 '${id}'을(를) 찾을 수 없습니다.`, `id: API key '${id}' was not found.`),
  apiKeyInvalid: () => text('유효하지 않거나 폐기된 API 키입니다.', 'The API key is invalid or has been revoked.'),
  apiKeyExpired: () => text('API 키가 만료되었습니다.', 'The API key has expired.'),
  expiresAtInvalid: () =>
    text(
      'expiresAt은(는) 오프셋이 있는 ISO-8601 시각이어야 합니다. (예: 2027-01-01T00:00:00Z)',
      'expiresAt must be an ISO-8601 time with an offset (e.g. 2027-01-01T00:00:00Z).',
    ),
  expiresAtInPast: () => text('expiresAt은(는) 현재보다 이후여야 합니다.', 'expiresAt must be in the future.'),
};
