import { ValidationArguments } from 'class-validator';
import { LocalizedText } from '../messages/localized-text';

/**
 * class-validator only carries strings, so a localized message travels as a token that the
 * validation pipe's exception factory decodes. Use it in DTO decorators:
 *
 *   @IsIn(JOB_MODES, { message: localized(() => messages.jobs.invalidType()) })
 */
const TOKEN_PREFIX = '\u0000i18n:';

export function localized(build: (args: ValidationArguments) => LocalizedText): (args: ValidationArguments) => string {
  return (args) => TOKEN_PREFIX + JSON.stringify(build(args));
}

export function decodeLocalized(message: string): LocalizedText | undefined {
  if (!message.startsWith(TOKEN_PREFIX)) return undefined;
  try {
    return JSON.parse(message.slice(TOKEN_PREFIX.length)) as LocalizedText;
  } catch {
    return undefined;
  }
}
