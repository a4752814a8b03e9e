import { ValidationArguments } from 'class-validator';

/**
 * class-validator tells a message builder only the property name; a nested DTO (an `individual`
 * entry, a `repository` object) needs the full path (`individual[1].type`) so every 4xx names the
 * field. The parent DTO's `@Transform` records each nested instance's path here after
 * class-transformer built it; `fieldOf(args)` reads it back.
 */
const prefixes = new WeakMap<object, string>();

export function setFieldPrefix(target: unknown, prefix: string): void {
  if (target && typeof target === 'object') prefixes.set(target, prefix);
}

export function fieldOf(args: ValidationArguments): string {
  const prefix = args.object ? prefixes.get(args.object) : undefined;
  return prefix ? `${prefix}.${args.property}` : args.property;
}
