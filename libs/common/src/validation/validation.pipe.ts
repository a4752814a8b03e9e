import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { AppException, FieldError } from '../errors/app.exception';
import { messages } from '../messages/message-catalog';
import { LocalizedText } from '../messages/localized-text';
import { findInputProblem } from './untrusted-input';
import { decodeLocalized } from './validation-message';

export interface LocalizedFieldError {
  field: string;
  message: LocalizedText;
}

/** Flatten class-validator's tree into `field.path[0].name` + message, in declaration order. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): LocalizedFieldError[] {
  const out: LocalizedFieldError[] = [];
  for (const error of errors) {
    const field = !parent
      ? error.property
      : /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`;
    const constraints = Object.entries(error.constraints ?? {});
    // class-validator lists constraints bottom-up; the decorator written first is the most basic rule.
    for (const [name, raw] of constraints.reverse()) {
      out.push({ field, message: toLocalized(name, raw, field) });
      break; // one message per field: the most basic rule that failed
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

function toLocalized(constraint: string, raw: string, field: string): LocalizedText {
  const decoded = decodeLocalized(raw);
  if (decoded) return decoded;
  if (constraint === 'whitelistValidation') return messages.common.unknownField(field);
  // class-validator's English default names the property only; name the full path instead.
  const rule = raw.replace(/^\S+\s/, '');
  return messages.common.invalidField(field, rule);
}

/** `detail` lists at most this many problems (the last entry then says how many more there were). */
export const MAX_DETAIL_ENTRIES = 20;

export function validationException(errors: ValidationError[]): AppException {
  return fieldsException(flattenValidationErrors(errors));
}

function fieldsException(fields: LocalizedFieldError[]): AppException {
  const first = fields[0] ?? { field: 'body', message: messages.common.malformedJson() };
  let shown = fields;
  if (fields.length > MAX_DETAIL_ENTRIES) {
    const hidden = fields.length - (MAX_DETAIL_ENTRIES - 1);
    shown = [
      ...fields.slice(0, MAX_DETAIL_ENTRIES - 1),
      { field: 'body', message: messages.common.moreProblems(hidden) },
    ];
  }
  const detail: FieldError[] | undefined = fields.length > 1 ? (shown as unknown as FieldError[]) : undefined;
  return AppException.badRequest(first.message, detail);
}

/** The fields a DTO declares (every field has a validation decorator), inherited ones included; cached. */
const declaredFields = new WeakMap<object, Set<string>>();
function fieldsOf(dto: new () => unknown): Set<string> {
  let fields = declaredFields.get(dto);
  if (!fields) {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
    fields = new Set(metadata.map((m) => m.propertyName));
    declaredFields.set(dto, fields);
  }
  return fields;
}

/** Top-level keys of a body its DTO does not declare, reported before anything is transformed. */
function unknownFieldsException(value: object, dto: new () => unknown): AppException | undefined {
  const fields = fieldsOf(dto);
  if (fields.size === 0) return undefined;
  const unknown = Object.keys(value).filter((key) => !fields.has(key));
  if (unknown.length === 0) return undefined;
  return fieldsException(unknown.map((field) => ({ field, message: messages.common.unknownField(field) })));
}

type Dto = new () => object;

/**
 * Query DTOs that passed validation, by DTO and the query as sent. A hot GET asks the same query
 * over and over (dashboards, agents, scrapers polling), and class-transformer + class-validator cost
 * about a sixth of a cached listing's CPU time. A query DTO's validation depends on nothing but the
 * query and its decorators, so a repeated query gets a fresh copy of the instance validated the
 * first time. Only instances whose fields are all primitives are kept (a shallow copy is then a
 * full one), failures are not kept (they run the whole path again), and each DTO keeps at most
 * MAX_QUERIES (then starts over).
 */
class ValidatedQueries {
  static readonly MAX_QUERIES = 1000;
  private readonly byDto = new Map<Dto, Map<string, object>>();

  get(dto: Dto, key: string): object | undefined {
    const validated = this.byDto.get(dto)?.get(key);
    return validated && Object.assign(new dto(), validated);
  }

  set(dto: Dto, key: string, instance: unknown): void {
    if (!(instance instanceof dto) || !Object.values(instance).every(isPrimitive)) return;
    let queries = this.byDto.get(dto);
    if (!queries) this.byDto.set(dto, (queries = new Map()));
    if (queries.size >= ValidatedQueries.MAX_QUERIES) queries.clear();
    queries.set(key, Object.assign(new dto(), instance));
  }
}

/** A class of ours (not String, Number … that Nest reports for plain parameters). */
function isDtoType(metatype: ArgumentMetadata['metatype']): boolean {
  return typeof metatype === 'function' && ![String, Number, Boolean, Object, Array].includes(metatype as never);
}

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

/**
 * The global pipe: whitelist, forbid unknown fields, transform, errors that name the field; and,
 * before class-transformer and class-validator run, a body must be a JSON object, no input may hide
 * nesting, NUL characters or prototype keys or hold too many keys or items (see untrusted-input.ts),
 * and a body's top-level keys must be fields of its DTO. `detail` lists at most MAX_DETAIL_ENTRIES.
 */
export class RequestValidationPipe extends ValidationPipe {
  private readonly validatedQueries = new ValidatedQueries();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isDto = isDtoType(metadata.metatype);
    if (metadata.type === 'query' && isDto && value && typeof value === 'object') {
      const dto = metadata.metatype as Dto;
      const key = JSON.stringify(value);
      const validated = this.validatedQueries.get(dto, key);
      if (validated) return validated;
      const instance = await this.checkAndTransform(value, metadata);
      this.validatedQueries.set(dto, key, instance);
      return instance;
    }
    return this.checkAndTransform(value, metadata);
  }

  private async checkAndTransform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isDto = isDtoType(metadata.metatype);
    if (metadata.type === 'body' && isDto && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw AppException.badRequest(messages.common.bodyMustBeObject());
    }
    if (metadata.type === 'query' && isDto && value && typeof value === 'object') {
      // One rule for empty filters everywhere: `?name=` is a 400 naming the field, never ignored or
      // matched as an empty string.
      for (const [key, raw] of Object.entries(value)) {
        if (key !== '' && typeof raw === 'string' && raw.trim() === '') {
          const text = messages.common.emptyFilter(key);
          throw AppException.badRequest(text, [{ field: key, message: text }]);
        }
      }
    }
    if (metadata.type !== 'custom') {
      const root = metadata.type === 'body' ? '' : (metadata.data ?? '');
      const problem = findInputProblem(value, root);
      if (problem) throw AppException.badRequest(problem.text, [{ field: problem.field, message: problem.text }]);
    }
    if (metadata.type === 'body' && isDto) {
      const unknown = unknownFieldsException(value as object, metadata.metatype as new () => unknown);
      if (unknown) throw unknown;
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => validationException(errors),
  });
}
