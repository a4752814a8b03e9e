import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
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

export function validationException(errors: ValidationError[]): AppException {
  const fields = flattenValidationErrors(errors);
  const first = fields[0] ?? { field: 'body', message: messages.common.malformedJson() };
  const detail: FieldError[] | undefined = fields.length > 1 ? (fields as unknown as FieldError[]) : undefined;
  return AppException.badRequest(first.message, detail);
}

/**
 * The global pipe: whitelist, forbid unknown fields, transform, errors that name the field; and,
 * before class-validator runs, a body must be a JSON object and no input may hide nesting, NUL
 * characters or prototype keys (see untrusted-input.ts).
 */
export class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isDto =
      typeof metadata.metatype === 'function' &&
      ![String, Number, Boolean, Object, Array].includes(metadata.metatype as never);
    if (metadata.type === 'body' && isDto && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw AppException.badRequest(messages.common.bodyMustBeObject());
    }
    if (metadata.type !== 'custom') {
      const root = metadata.type === 'body' ? '' : (metadata.data ?? '');
      const problem = findInputProblem(value, root);
      if (problem) throw AppException.badRequest(problem.text, [{ field: problem.field, message: problem.text }]);
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
