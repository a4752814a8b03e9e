import { text } from './localized-text';

/**
 * Backup jobs (spec §4). The strings the seed and the spec document are verbatim:
 * `invalidType` for the top-level `type` (`type은 full, increment, smart중 하나여야 합니다`),
 * `scheduleRequiredForSmart` (`Schedule is required for Smart Backup.`) and the 409 text
 * `JOB_NAME_ALREADY_EXISTS`. Every other message names the field it is about.
 */
export const jobsMessages = {
  invalidType: (field = 'type') =>
    text(`${field}은 full, increment, smart중 하나여야 합니다`, `${field} must be one of full, increment, smart.`),
  invalidRepositoryType: (field: string) =>
    text(`${field}은 smb, nfs중 하나여야 합니다`, `${field} must be one of smb, nfs.`),
  invalidUseOption: (field: string) =>
    text(`${field}은 use, not use중 하나여야 합니다`, `${field} must be one of use, not use.`),
  invalidScriptRun: (field: string) =>
    text(`${field}은 before, after중 하나여야 합니다`, `${field} must be one of before, after.`),
  invalidStatusAction: (field: string) =>
    text(`${field}은 start, stop중 하나여야 합니다`, `${field} must be one of start, stop.`),
  invalidRotation: (field: string) =>
    text(`${field}은(는) 1 ~ 30 사이의 정수여야 합니다.`, `${field} must be an integer between 1 and 30.`),
  invalidNetworkLimit: (field: string) =>
    text(`${field}은(는) 0 이상의 정수여야 합니다. (0: 무제한)`, `${field} must be an integer >= 0 (0: unlimited).`),
  mustBeString: (field: string, max: number) =>
    text(`${field}은(는) 1 ~ ${max}자의 문자열이어야 합니다.`, `${field} must be a string of 1 to ${max} characters.`),
  mustBeStringArray: (field: string) =>
    text(`${field}은(는) 문자열 배열이어야 합니다.`, `${field} must be an array of strings.`),
  mustBeObject: (field: string) => text(`${field}은(는) 객체여야 합니다.`, `${field} must be an object.`),
  mustBeObjectArray: (field: string) =>
    text(`${field}은(는) 객체 배열이어야 합니다.`, `${field} must be an array of objects.`),
  tooMany: (field: string, max: number) =>
    text(`${field}에는 최대 ${max}개까지 지정할 수 있습니다.`, `${field} takes at most ${max} entries.`),
  invalidList: (field: string) =>
    text(
      `${field}은(는) 쉼표(,) 또는 |로 구분된 문자열이어야 합니다.`,
      `${field} must be a string separated by commas (,) or |.`,
    ),
  invalidListOrArray: (field: string) =>
    text(
      `${field}은(는) 쉼표(,) 또는 |로 구분된 문자열이나 문자열 배열이어야 합니다.`,
      `${field} must be a string separated by commas (,) or |, or an array of strings.`,
    ),
  invalidMailEvent: (field: string) =>
    text(
      `${field}은(는) 이메일 주소(여러 개는 쉼표로 구분)여야 합니다.`,
      `${field} must be an email address (several separated by commas).`,
    ),
  invalidSchedule: (field: string) =>
    text(
      `${field}은(는) 스케줄 객체 또는 스케줄 ID(숫자)여야 합니다.`,
      `${field} must be a schedule object or a schedule id (number).`,
    ),
  numericJobName: (field: string) =>
    text(
      `${field}은(는) 숫자로만 이루어질 수 없습니다. (숫자는 작업 ID로 해석됩니다)`,
      `${field} cannot be all digits (digits are read as a job id).`,
    ),
  unknownPartition: (field: string, partition: string, server: string) =>
    text(
      `${field}: 서버 '${server}'에 파티션 '${partition}'이(가) 없습니다.`,
      `${field}: server '${server}' has no partition '${partition}'.`,
    ),
  duplicatePartition: (field: string, partition: string) =>
    text(
      `${field}: 파티션 '${partition}'이(가) 중복되었습니다.`,
      `${field}: partition '${partition}' is listed twice.`,
    ),
  noPartitions: (field: string) =>
    text(`${field}: 등록할 파티션이 없습니다.`, `${field}: no partition is left to register.`),
  duplicateJobName: (field: string, name: string) =>
    text(
      `${field}: 작업 이름 '${name}'이(가) 이 요청에서 두 번 이상 만들어집니다.`,
      `${field}: job name '${name}' would be used by more than one job of this request.`,
    ),
  jobNameAlreadyExists: () => text('JOB_NAME_ALREADY_EXISTS'),
  jobNameTaken: (name: string) =>
    text(`작업 이름 '${name}'이(가) 이미 존재합니다.`, `A job named '${name}' already exists.`),
  scheduleRequiredForSmart: () => text('Schedule is required for Smart Backup.'),
  smartScheduleNotAllowed: (field: string, mode: string, type: number) =>
    text(
      `${field}: ${mode} 작업에는 스케줄 타입 0 ~ 6만 사용할 수 있습니다. (입력값: ${type})`,
      `${field}: a ${mode} job takes schedule types 0 ~ 6 only (got: ${type}).`,
    ),
  scriptRunWithoutPath: (field: string) =>
    text(`${field}을(를) 지정하려면 scriptPath가 필요합니다.`, `${field} needs a scriptPath.`),
  referenceGone: () =>
    text(
      '작업이 참조하는 센터, 서버, 레포지토리 또는 사용자가 삭제되었습니다.',
      'A center, server, repository or user the job refers to was deleted.',
    ),
  jobNotFound: (field: string, value: string) =>
    text(`${field}: 백업 작업 '${value}'을(를) 찾을 수 없습니다.`, `${field}: backup job '${value}' was not found.`),
  jobPartitionNotFound: (field: string, identifier: string, partition: string) =>
    text(
      `${field}: 백업 작업 '${identifier}'에 파티션 '${partition}'의 작업이 없습니다.`,
      `${field}: backup job '${identifier}' has no job for partition '${partition}'.`,
    ),
  invalidModeFilter: (field: string) =>
    text(`${field}은(는) full, increment, smart중 하나여야 합니다.`, `${field} must be one of full, increment, smart.`),
  invalidStatusFilter: (field: string, values: readonly string[]) =>
    text(`${field}은(는) ${values.join(', ')}중 하나여야 합니다.`, `${field} must be one of ${values.join(', ')}.`),
  invalidBoolean: (field: string) =>
    text(`${field}은(는) true 또는 false여야 합니다.`, `${field} must be true or false.`),
  alreadyRunning: (field: string, name: string, status: string) =>
    text(
      `${field}: 작업 '${name}'은(는) 이미 실행 중입니다. (${status})`,
      `${field}: job '${name}' is already running (${status}).`,
    ),
  notRunning: (field: string, name: string, status: string) =>
    text(
      `${field}: 작업 '${name}'은(는) 실행 중이 아닙니다. (${status})`,
      `${field}: job '${name}' is not running (${status}).`,
    ),
  emptyUpdate: () =>
    text('변경할 항목이 없습니다. 하나 이상의 필드를 지정해 주세요.', 'Nothing to update: send at least one field.'),
};
