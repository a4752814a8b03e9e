import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';
import { LocalizedText } from '../messages/localized-text';
import { messages } from '../messages/message-catalog';
import { pathUnsafety } from './path-safe-name';
import { localized } from './validation-message';

/** C0 and C1 control characters (tab and newline included) and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const DIGITS = /^\d+$/;

export interface NameRules {
  /** Longest name. */
  max: number;
  /** The name can be used where an id is taken too (all digits would be read as an id): refuse digits only. */
  reference?: boolean;
  /**
   * A display name only (a user's `userName`), never part of a file or directory name: `/`, `\`
   * and dots-only names are allowed. Every other name must be one path segment.
   */
  displayOnly?: boolean;
  /** The field's full path in messages (nested DTOs); default: the property name. */
  fieldOf?: (args: ValidationArguments) => string;
}

/** The first rule a name breaks (spec §1 names; issue 10's input rules), or undefined. */
export function nameProblem(value: unknown, field: string, rules: NameRules): LocalizedText | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > rules.max) {
    return messages.common.nameLength(field, rules.max);
  }
  if (value.trim() !== value) return messages.common.paddedName(field);
  if (CONTROL.test(value)) return messages.common.controlCharacterInName(field);
  if (rules.reference && DIGITS.test(value)) return messages.common.numericName(field);
  if (!rules.displayOnly && pathUnsafety(value) !== undefined) return messages.common.pathInName(field);
  return undefined;
}

/**
 * A name as stored and looked up: 1..max characters, no leading or trailing spaces (lookups trim, so
 * a padded name could never be found as written), no control characters, one path segment (no `/`,
 * `\`, `.` or `..`: names become file and directory names) unless `displayOnly`, and, where the
 * name can be a reference (`center`, `server`, a job), not digits only (that is always read as an id).
 */
export function IsName(rules: NameRules, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isName',
      validator: {
        validate: (value: unknown) => nameProblem(value, '', rules) === undefined,
        defaultMessage: localized((args) =>
          nameProblem(args.value, rules.fieldOf ? rules.fieldOf(args) : args.property, rules)!,
        ),
      },
    },
    options,
  );
}
