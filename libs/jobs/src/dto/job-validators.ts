import { ValidateBy, ValidationOptions } from 'class-validator';
import { isPlainObject, LocalizedText, localized, messages } from '@zdm/common';
import { REPOSITORY_TYPES } from '@zdm/inventory';
import { ValidationArguments } from 'class-validator';
import { fieldOf } from './field-path';

const MAX_INT4 = 2_147_483_647;
const MAX_LIST_ENTRIES = 256;
const MAX_ENTRY_LENGTH = 1024;
const MAX_LIST_STRING = 64 * 1024;
const EMAIL = /^[^\s@,;]+@[^\s@,;]+$/;

/**
 * A message builder that says "required" for a missing value: the global pipe reports one message
 * per field, and a failing custom rule is reported before `@IsDefined`.
 */
export function requiredOr(
  build: (field: string, args: ValidationArguments) => LocalizedText,
): (args: ValidationArguments) => string {
  return localized((args) =>
    args.value === undefined || args.value === null
      ? messages.common.requiredField(fieldOf(args))
      : build(fieldOf(args), args),
  );
}

/** `string | number` reference (center, server, user): a positive integer or a non-empty string ≤ 255. */
export function IsReference(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isReference',
      validator: {
        validate: (value: unknown) =>
          (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_INT4) ||
          (typeof value === 'string' && value.trim().length > 0 && value.length <= 255),
        defaultMessage: requiredOr((field) => messages.common.invalidIdentifier(field)),
      },
    },
    options,
  );
}

/** `schedule`: a schedule object, or an existing schedule id (number or digit string). */
export function IsScheduleReference(options?: ValidationOptions & { allowNull?: boolean }): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isScheduleReference',
      validator: {
        validate: (value: unknown) =>
          (options?.allowNull === true && value === null) ||
          isPlainObject(value) ||
          (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_INT4) ||
          (typeof value === 'string' && /^\s*\d{1,10}\s*$/.test(value)),
        defaultMessage: requiredOr((field) => messages.jobs.invalidSchedule(field)),
      },
    },
    options,
  );
}

/**
 * `excludeDir` / `excludePartition`: a string separated by `,` or `|`; with `allowArray`
 * (`individual`, `PUT`) also an array of strings.
 */
export function IsValueList(allowArray: boolean, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isValueList',
      validator: {
        validate: (value: unknown) => {
          if (typeof value === 'string') return value.length <= MAX_LIST_STRING;
          if (!allowArray || !Array.isArray(value) || value.length > MAX_LIST_ENTRIES) return false;
          return value.every((v) => typeof v === 'string' && v.length <= MAX_ENTRY_LENGTH);
        },
        defaultMessage: requiredOr((field) =>
          allowArray ? messages.jobs.invalidListOrArray(field) : messages.jobs.invalidList(field),
        ),
      },
    },
    options,
  );
}

/** `mailEvent`: one email address, or several separated by `,` or `;`. */
export function IsMailList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMailList',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          value.length <= 1024 &&
          value
            .split(/[,;]/)
            .map((v) => v.trim())
            .every((v) => EMAIL.test(v)),
        defaultMessage: requiredOr((field) => messages.jobs.invalidMailEvent(field)),
      },
    },
    options,
  );
}

/** A string of 1…max characters (not only spaces). */
export function IsText(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isText',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0 && value.length <= max,
        defaultMessage: requiredOr((field) => messages.jobs.mustBeString(field, max)),
      },
    },
    options,
  );
}

/** An array of plain objects (`individual`), at most `max` entries. */
export function IsObjectArray(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isObjectArray',
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) && value.length <= max && value.every((v) => isPlainObject(v)),
        defaultMessage: requiredOr((field, args) =>
          Array.isArray(args.value) && args.value.length > max
            ? messages.jobs.tooMany(field, max)
            : messages.jobs.mustBeObjectArray(field),
        ),
      },
    },
    options,
  );
}

/**
 * `repository`: `{ type: smb|nfs, path }` and nothing else. Checked as one value (not a nested DTO)
 * so a non-object, an unknown key, a bad type or path each get their own message naming the path.
 */
export function IsRepositoryRef(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRepositoryRef',
      validator: {
        validate: (value: unknown) => repositoryProblem('repository', value) === undefined,
        defaultMessage: requiredOr((field, args) => repositoryProblem(field, args.value)!),
      },
    },
    options,
  );
}

function repositoryProblem(field: string, value: unknown): LocalizedText | undefined {
  if (!isPlainObject(value)) return messages.jobs.mustBeObject(field);
  const unknown = Object.keys(value).find((key) => key !== 'type' && key !== 'path');
  if (unknown !== undefined) return messages.common.unknownField(`${field}.${unknown}`);
  if (value.type === undefined || value.type === null) return messages.common.requiredField(`${field}.type`);
  if (!(REPOSITORY_TYPES as readonly unknown[]).includes(value.type))
    return messages.jobs.invalidRepositoryType(`${field}.type`);
  if (value.path === undefined || value.path === null) return messages.common.requiredField(`${field}.path`);
  if (typeof value.path !== 'string' || value.path.trim() === '' || value.path.length > 1024) {
    return messages.jobs.mustBeString(`${field}.path`, 1024);
  }
  return undefined;
}

/** An array of non-empty strings ≤ 255 (`partition`), at most `max` entries. */
export function IsPartitionArray(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPartitionArray',
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) &&
          value.length <= max &&
          value.every((v) => typeof v === 'string' && v.trim().length > 0 && v.length <= 255),
        defaultMessage: requiredOr((field, args) =>
          Array.isArray(args.value) && args.value.length > max
            ? messages.jobs.tooMany(field, max)
            : messages.jobs.mustBeStringArray(field),
        ),
      },
    },
    options,
  );
}

/** Digit strings become numbers (`"7"` → 7); anything else is left for the validators to reject. */
export const digitsToNumber = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\s*\d{1,10}\s*$/.test(value) ? Number(value) : value;
