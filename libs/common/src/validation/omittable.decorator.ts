import { ValidateIf, ValidationOptions } from 'class-validator';

/**
 * An optional body field: it may be left out, but when it is sent, even as `null`, it is validated
 * like any other value. (class-validator's `@IsOptional()` also lets `null` through, which would
 * reach the services as a value nobody checked.)
 */
export function Omittable(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}
