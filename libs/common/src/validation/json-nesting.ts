import { MAX_INPUT_DEPTH } from './untrusted-input';

/** Deeper than this, a body is refused (the same limit the validation pipe applies after parsing). */
export { MAX_INPUT_DEPTH };

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * Whether JSON text nests objects and arrays deeper than `max` levels (the outermost container is
 * level 1), found in one linear pass over the raw text, before `JSON.parse` builds anything: a
 * megabyte of `[` costs JSON.parse most of a second of the event loop, this scan a millisecond.
 * Brackets inside strings (escaped quotes included) do not count. Only the nesting is judged: text
 * that is not JSON at all is left to the parser.
 */
export function jsonNestsDeeperThan(text: string, max: number = MAX_INPUT_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const byte = text.charCodeAt(i);
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > max) return true;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}
