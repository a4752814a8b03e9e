import { text } from './localized-text';

/** What a smart schedule's basic part may hold only one of (spec §5: 요일/주/월/일). */
export type ScheduleValueKind = 'weekday' | 'week' | 'month' | 'date';

const KIND_KO: Record<ScheduleValueKind, string> = { weekday: '요일', week: '주', month: '월', date: '일' };
const KIND_EN: Record<ScheduleValueKind, string> = { weekday: 'weekday', week: 'week', month: 'month', date: 'date' };

/**
 * Schedules (spec §5). The three strings the spec documents are verbatim in Korean (`invalidType`,
 * `invalidTime`, `smartBasicMultiple`); they do not carry the field path themselves, so callers
 * send it in `detail` (`[{ field, message }]`). Every other message names the full field path.
 */
export const schedulesMessages = {
  invalidType: (field: string) =>
    text('유효한 스케줄 타입이 아닙니다. (0 ~ 11 만 가능)', `${field} is not a valid schedule type (only 0 ~ 11).`),
  invalidTime: (field: string) =>
    text("time은 'HH:mm' (00:00 ~ 23:59)이어야 합니다.", `${field} must be 'HH:mm' (00:00 ~ 23:59).`),
  smartBasicMultiple: (typeName: string, kind: ScheduleValueKind, values: readonly (string | number)[]) =>
    text(
      `${typeName} 타입의 스케줄은 basic 부분에서 여러 ${KIND_KO[kind]}을 선택할 수 없습니다. ( 현재 선택된 ${KIND_KO[kind]}: ${values.join(', ')} )`,
      `${typeName} type schedule does not allow multiple ${KIND_EN[kind]} selections in basic. (Currently selected ${KIND_EN[kind]}s: ${values.join(', ')})`,
    ),
  mustBeObject: (field: string) => text(`${field}은(는) 객체여야 합니다.`, `${field} must be an object.`),
  required: (field: string) => text(`${field}은(는) 필수 항목입니다.`, `${field} is required.`),
  unknownField: (field: string) =>
    text(`${field}은(는) 허용되지 않는 필드입니다.`, `${field} is not an allowed field.`),
  mustBeNumber: (field: string) =>
    text(`${field}은(는) 숫자 또는 숫자 문자열이어야 합니다.`, `${field} must be a number or a numeric string.`),
  mustBeList: (field: string) =>
    text(
      `${field}은(는) 쉼표로 구분된 문자열 또는 숫자여야 합니다.`,
      `${field} must be a comma-separated string or a number.`,
    ),
  emptyList: (field: string) =>
    text(`${field}에 값이 하나 이상 있어야 합니다.`, `${field} must contain at least one value.`),
  outOfRange: (field: string, min: number, max: number, value: string) =>
    text(
      `${field}은(는) ${min} ~ ${max} 사이의 정수여야 합니다. (입력값: ${value})`,
      `${field} must be an integer between ${min} and ${max} (got: ${value}).`,
    ),
  invalidWeekday: (field: string, value: string) =>
    text(
      `${field}의 요일 값이 올바르지 않습니다: '${value}' (mon, tue, wed, thu, fri, sat, sun 중 하나)`,
      `${field} has an invalid weekday '${value}' (one of mon, tue, wed, thu, fri, sat, sun).`,
    ),
  duplicateValue: (field: string, value: string) =>
    text(`${field}에 같은 값이 중복되었습니다: ${value}`, `${field} repeats the value ${value}.`),
  singleValue: (field: string) =>
    text(`${field}에는 값을 하나만 지정할 수 있습니다.`, `${field} takes exactly one value.`),
  invalidIntervalMinute: (field: string) =>
    text(`${field}은(는) 1 이상의 정수(분)여야 합니다.`, `${field} must be an integer number of minutes >= 1.`),
  invalidIntervalHour: (field: string) =>
    text(`${field}은(는) 1 이상의 정수(시간)여야 합니다.`, `${field} must be an integer number of hours >= 1.`),
  invalidDate: (field: string, date: string) =>
    text(`${field}: ${date}은(는) 존재하지 않는 날짜입니다.`, `${field}: ${date} is not a real date.`),
  neverRuns: (field: string) =>
    text(
      `${field}: 선택한 월에는 선택한 날짜가 없어 스케줄이 실행되지 않습니다.`,
      `${field}: none of the selected months has the selected dates, so the schedule would never run.`,
    ),
  advancedRequired: (field: string, typeName: string) =>
    text(`${typeName} 타입의 스케줄은 ${field}이(가) 필요합니다.`, `${field} is required for a ${typeName} schedule.`),
  advancedNotAllowed: (field: string) =>
    text(
      `${field}은(는) Smart 스케줄(type 7 ~ 11)에서만 사용할 수 있습니다.`,
      `${field} is only allowed for smart schedules (type 7 ~ 11).`,
    ),
  invalidTimezone: (field: string, value: string) =>
    text(
      `${field}은(는) 유효한 IANA 시간대 이름이어야 합니다. (입력값: ${value})`,
      `${field} must be a valid IANA time zone name (got: ${value}).`,
    ),
  invalidScheduleId: (field: string) =>
    text(`${field}은(는) 숫자 스케줄 ID여야 합니다.`, `${field} must be a numeric schedule id.`),
  scheduleNotFound: (field: string, id: string | number) =>
    text(`ID가 '${id}'인 Schedule을 찾을 수 없습니다 (${field})`, `Schedule with ID '${id}' was not found (${field}).`),
  referenceTypeMismatch: (field: string, id: string | number) =>
    text(
      `${field}: ID가 '${id}'인 스케줄의 값이 이 스케줄 타입에 맞지 않습니다.`,
      `${field}: the values of schedule '${id}' do not fit this schedule type.`,
    ),
  scheduleInUse: (id: number, references: readonly string[]) =>
    text(
      `Schedule ID '${id}' is referenced by: ${references.join(', ')}`,
      `Schedule ID '${id}' is referenced by: ${references.join(', ')}`,
    ),
  invalidState: (field: string) =>
    text(`${field}은(는) Enabled, Disabled 중 하나여야 합니다.`, `${field} must be one of Enabled, Disabled.`),
  invalidTypeFilter: (field: string) =>
    text(
      `${field}은(는) 0 ~ 11의 스케줄 타입 번호 또는 타입 이름이어야 합니다.`,
      `${field} must be a schedule type number (0 ~ 11) or a type name.`,
    ),
  invalidCount: (field: string, max: number) =>
    text(`${field}은(는) 1 ~ ${max} 사이의 정수여야 합니다.`, `${field} must be an integer between 1 and ${max}.`),
};
