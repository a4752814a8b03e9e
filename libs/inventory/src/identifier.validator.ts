import { ValidateBy, ValidationOptions } from 'class-validator';
import { localized, messages } from '@zdm/common';

/** `string | number` reference by id or name (spec §1): a positive integer or a non-empty string ≤ 255. */
export function IsIdentifier(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIdentifier',
      validator: {
        validate: (value: unknown) =>
          (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 2_147_483_647) ||
          (typeof value === 'string' && value.trim().length > 0 && value.length <= 255),
        defaultMessage: localized((args) => messages.common.invalidIdentifier(args.property)),
      },
    },
    options,
  );
}
