import { text } from './localized-text';

/** Messages shared by every route: validation, auth, infrastructure. */
export const commonMessages = {
  internalError: () => text('서버 내부 오류가 발생했습니다.', 'Internal server error.'),
  databaseUnavailable: () =>
    text(
      '데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.',
      'The database is unavailable. Please retry shortly.',
    ),
  notFound: (field: string, value: string) =>
    text(`${field}: '${value}'을(를) 찾을 수 없습니다.`, `${field}: '${value}' was not found.`),
  routeNotFound: (method: string, url: string) =>
    text(`요청한 경로를 찾을 수 없습니다: ${method} ${url}`, `Route not found: ${method} ${url}`),
  malformedUrl: () =>
    text(
      'path: 요청 경로(URL)의 퍼센트 인코딩이 올바르지 않습니다.',
      'path: the request URL is not validly percent-encoded.',
    ),
  pathParameterTooLong: (max: number) =>
    text(
      `path: 경로 파라미터가 너무 깁니다. (최대 ${max}자)`,
      `path: a path parameter is too long (at most ${max} characters).`,
    ),
  malformedJson: () => text('요청 본문이 올바른 JSON이 아닙니다.', 'The request body is not valid JSON.'),
  unsupportedMediaType: (type: string) =>
    text(
      `지원하지 않는 Content-Type입니다: ${type} (application/json만 가능)`,
      `Unsupported Content-Type: ${type} (only application/json)`,
    ),
  payloadTooLarge: (limit: number) =>
    text(`요청 본문이 너무 큽니다. (최대 ${limit} bytes)`, `The request body is too large (max ${limit} bytes).`),
  tooManyRequests: () =>
    text('요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.', 'Too many requests. Please retry later.'),
  bodyMustBeObject: () =>
    text('body: 요청 본문은 JSON 객체여야 합니다.', 'body: the request body must be a JSON object.'),
  nestedTooDeeply: (field: string, max: number) =>
    text(`${field}: 중첩이 너무 깊습니다. (최대 ${max}단계)`, `${field}: nested too deeply (at most ${max} levels).`),
  tooManyItems: (field: string, max: number) =>
    text(`${field}에는 최대 ${max}개까지 지정할 수 있습니다.`, `${field} takes at most ${max} entries.`),
  tooManyKeys: (field: string, max: number) =>
    text(`${field}의 필드가 너무 많습니다. (최대 ${max}개)`, `${field} has too many fields (at most ${max}).`),
  moreProblems: (count: number) =>
    text(`그 밖에 ${count}개의 문제가 더 있습니다.`, `${count} more problems not shown.`),
  nulCharacter: (field: string) =>
    text(`${field}에 NUL 문자(\\u0000)는 사용할 수 없습니다.`, `${field} must not contain NUL characters (\\u0000).`),
  invalidUnicode: (field: string) =>
    text(
      `${field}에 짝이 없는 유니코드 서로게이트 문자는 사용할 수 없습니다.`,
      `${field} must not contain unpaired Unicode surrogates.`,
    ),
  unknownField: (field: string) =>
    text(`${field}은(는) 허용되지 않는 필드입니다.`, `${field} is not an allowed field.`),
  invalidField: (field: string, rule: string) =>
    text(`${field} 값이 올바르지 않습니다. (${rule})`, `${field} is invalid (${rule}).`),
  requiredField: (field: string) => text(`${field}은(는) 필수 항목입니다.`, `${field} is required.`),
  mustBeInteger: (field: string, min?: number, max?: number) => {
    const range =
      min !== undefined && max !== undefined ? ` (${min} ~ ${max})` : min !== undefined ? ` (${min} 이상)` : '';
    const rangeEn =
      min !== undefined && max !== undefined ? ` between ${min} and ${max}` : min !== undefined ? ` >= ${min}` : '';
    return text(`${field}은(는) 정수여야 합니다${range}.`, `${field} must be an integer${rangeEn}.`);
  },
  mustBeOneOf: (field: string, values: readonly string[]) =>
    text(`${field}은(는) ${values.join(', ')} 중 하나여야 합니다.`, `${field} must be one of ${values.join(', ')}.`),
  pageOutOfRange: (field: string, max: number) =>
    text(`${field}은(는) 1 ~ ${max} 사이의 정수여야 합니다.`, `${field} must be an integer between 1 and ${max}.`),
  invalidIdentifier: (field: string) =>
    text(`${field}은(는) ID(숫자) 또는 이름이어야 합니다.`, `${field} must be an id (digits) or a name.`),
  emptyFilter: (field: string) =>
    text(
      `${field}: 빈 값으로 필터링할 수 없습니다. (생략하거나 값을 주세요)`,
      `${field}: a filter may not be empty (omit it or give a value).`,
    ),
  paddedName: (field: string) =>
    text(`${field}: 이름의 앞뒤에 공백을 둘 수 없습니다.`, `${field}: a name may not start or end with spaces.`),
  controlCharacterInName: (field: string) =>
    text(`${field}: 이름에 제어 문자를 쓸 수 없습니다.`, `${field}: a name may not contain control characters.`),
  pathInName: (field: string) =>
    text(
      `${field}: 이름은 파일과 디렉터리 이름에 쓰이므로 /, \\ 를 포함하거나 . 또는 .. 일 수 없습니다.`,
      `${field}: a name becomes part of file and directory names, so it may not contain / or \\ nor be . or ..`,
    ),
  numericName: (field: string) =>
    text(
      `${field}: 숫자로만 된 이름은 ID로 해석되므로 쓸 수 없습니다.`,
      `${field}: a name of digits only would be read as an id; add a non-digit character.`,
    ),
  nameLength: (field: string, max: number) =>
    text(`${field}은(는) 1 ~ ${max}자의 문자열이어야 합니다.`, `${field} must be a string of 1 to ${max} characters.`),
  invalidNumericId: (field: string) => text(`${field}은(는) 숫자 ID여야 합니다.`, `${field} must be a numeric id.`),
  unauthorized: () =>
    text('인증이 필요합니다. 유효한 토큰을 전달해 주세요.', 'Authentication required: send a valid token.'),
  tokenExpired: () => text('토큰이 만료되었습니다.', 'The token has expired.'),
  tokenInvalid: () => text('유효하지 않은 토큰입니다.', 'The token is invalid.'),
  mustBeBoolean: (field: string) =>
    text(`${field}은(는) true 또는 false여야 합니다.`, `${field} must be true or false.`),
  forbidden: (role: string) => text(`이 작업에는 ${role} 권한이 필요합니다.`, `This action needs the ${role} role.`),
  forbiddenRoute: () => text('이 작업을 할 권한이 없습니다.', 'You may not do this.'),
  forbiddenField: (field: string, role: string) =>
    text(`${field}을(를) 설정하려면 ${role} 권한이 필요합니다.`, `Setting ${field} needs the ${role} role.`),
};
