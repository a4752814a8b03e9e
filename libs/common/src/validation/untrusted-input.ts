import { LocalizedText } from '../messages/localized-text';
import { messages } from '../messages/message-catalog';

/** Deeper than this, a body is rejected before anything walks it recursively. */
export const MAX_INPUT_DEPTH = 32;
/** No DTO has more fields than this: an object with more keys is refused before it is transformed. */
export const MAX_OBJECT_KEYS = 100;
/** No DTO takes a longer array (partitions, `individual`: 256): a longer one is refused before the transform. */
export const MAX_ARRAY_ITEMS = 256;

/** A UTF-16 surrogate without its pair: valid in JSON text, not encodable as UTF-8 for the database. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as text, if it cannot. */
function textProblem(value: string, field: string): InputProblem | undefined {
  if (value.includes('\u0000')) return { field, text: messages.common.nulCharacter(field) };
  if (LONE_SURROGATE.test(value)) return { field, text: messages.common.invalidUnicode(field) };
  return undefined;
}

/** Keys that would reach (or shadow) `Object.prototype` members; no DTO has them. */
const PROTOTYPE_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export interface InputProblem {
  field: string;
  text: LocalizedText;
}

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/**
 * Checks what class-validator cannot see or would choke on, before it runs: nesting deeper than
 * MAX_INPUT_DEPTH (recursion in the transformer), NUL characters (PostgreSQL rejects them in text),
 * unpaired UTF-16 surrogates (not encodable as UTF-8), and prototype keys (`__proto__`, `constructor`, `valueOf` …, which the transformer drops
 * silently instead of reporting as unknown), objects with more than MAX_OBJECT_KEYS keys and arrays
 * with more than MAX_ARRAY_ITEMS items (so a 40,000-key body costs a walk, not a transform and 40,000
 * errors). Iterative, so depth itself cannot overflow the stack.
 */
export function findInputProblem(value: unknown, root: string): InputProblem | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const problem = textProblem(current, path || 'body');
      if (problem) return problem;
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH)
      return { field: path || 'body', text: messages.common.nestedTooDeeply(path || 'body', MAX_INPUT_DEPTH) };
    if (Array.isArray(current)) {
      if (current.length > MAX_ARRAY_ITEMS) {
        return { field: path || 'body', text: messages.common.tooManyItems(path || 'body', MAX_ARRAY_ITEMS) };
      }
      current.forEach((item, index) => stack.push({ value: item, path: childPath(path, index), depth: depth + 1 }));
      continue;
    }
    const keys = Object.keys(current);
    if (keys.length > MAX_OBJECT_KEYS) {
      return { field: path || 'body', text: messages.common.tooManyKeys(path || 'body', MAX_OBJECT_KEYS) };
    }
    for (const key of keys) {
      const field = childPath(path, key);
      if (PROTOTYPE_KEYS.has(key)) return { field, text: messages.common.unknownField(field) };
      const keyProblem = textProblem(key, path || 'body');
      if (keyProblem) return keyProblem;
      stack.push({ value: (current as Record<string, unknown>)[key], path: field, depth: depth + 1 });
    }
  }
  return undefined;
}
