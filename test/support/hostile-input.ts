import fc from 'fast-check';

/**
 * Hostile input for the reliability suite (test/reliability): fast-check arbitraries for request
 * bodies, query strings and path values, and the checks every answer must pass (no stack trace, no
 * SQL text, no password hash; 4xx messages that name a field).
 *
 * Bodies are JSON *text* (`HostileBody.text`), written by our own serializer so that keys such as
 * `__proto__` really are sent and raw number tokens (`1e999`, 30-digit integers) reach the parser.
 */

// ---- building blocks ---------------------------------------------------------------------------

/** A JSON token written verbatim (numbers JSON.stringify cannot produce: `1e999`, `-0.0`, 30 digits). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** A generated JSON value: objects may have own `__proto__` / `constructor` keys. */
export type Hostile = null | boolean | number | string | RawJson | Hostile[] | { [key: string]: Hostile };

/** An object whose keys are own, enumerable properties, `__proto__` included. */
export function objectOf(entries: [string, Hostile][]): { [key: string]: Hostile } {
  const target: { [key: string]: Hostile } = {};
  for (const [key, value] of entries)
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** JSON text of a generated value (JSON.stringify rules; NaN/Infinity → null, as JSON.stringify). */
export function toJsonText(value: Hostile | undefined): string {
  if (value === undefined) return 'null';
  if (value instanceof RawJson) return value.text;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => toJsonText(v)).join(',')}]`;
  return `{${Object.keys(value)
    .map((k) => `${JSON.stringify(k)}:${toJsonText(value[k])}`)
    .join(',')}}`;
}

export const SQL_TEXT = [
  "' OR '1'='1",
  "'; DROP TABLE backup_jobs; --",
  "Robert'); DROP TABLE schedules;--",
  '1 UNION SELECT password_hash FROM users',
  '1; SELECT pg_sleep(5); --',
  "admin'--",
  '" OR ""="',
  "%' AND 1=0 UNION ALL SELECT NULL,NULL--",
  "1' AND extractvalue(1,concat(0x7e,version()))--",
  '$1',
  "E'\\\\x00'",
  "'; COPY users TO '/tmp/x'; --",
];

export const PATH_TRAVERSAL = [
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '/ZConverter/../../etc/shadow',
  '....//....//etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%252f..%252fetc%252fpasswd',
  '/dev/zero',
  '/proc/self/environ',
  'C:\\..\\..\\Windows\\System32',
  '\\\\?\\C:\\',
  'file:///etc/passwd',
  '|cat /etc/passwd',
  '$(reboot)',
  '`id`',
];

export const UNICODE_TEXT = [
  '\u202Egnp.exe', // right-to-left override
  'a\u200Bb\u200Dc\uFEFF', // zero-width characters, BOM
  '💾🔥👩‍👩‍👧‍👦',
  'e\u0301\u0301\u0301\u0301',
  '백업작업_ＲＯＯＴ',
  '１２３', // full-width digits
  '٣٤٥', // Arabic-Indic digits
  '\u0000',
  'a\u0000b',
  '\ud800', // lone surrogate
  '\udfff\ud800',
  '\t\r\n\v\f',
  ' ',
  '',
  '\u00A0',
  'İıſ', // case-folding oddities
  'Ω≈ç√∫',
  '\u0085\u2028\u2029',
  'null',
  'undefined',
  'NaN',
  'true',
  '[object Object]',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
];

/** Keys that trip naive object handling (prototype pollution). */
export const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
];

export const NUMBERS: number[] = [
  0,
  -0,
  -1,
  1,
  1.5,
  -1.5,
  0.1,
  7,
  30,
  31,
  1000,
  1001,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1e21,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_VALUE,
];

export const RAW_NUMBERS = [
  '1e999',
  '-1e999',
  '123456789012345678901234567890',
  '-0.0',
  '1.0',
  '1E2',
  '0.0000000000000000000001',
  '9007199254740993',
];

const hugeString = fc
  .tuple(fc.constantFrom('x', '9', '/', '가', '\u0000', ' ', '💾', "'"), fc.integer({ min: 256, max: 200_000 }))
  .map(([c, n]) => c.repeat(n));

/** Any kind of string a client might send, hostile or not. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 12 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.constantFrom(...SQL_TEXT), weight: 2 },
  { arbitrary: fc.constantFrom(...PATH_TRAVERSAL), weight: 2 },
  { arbitrary: fc.constantFrom(...UNICODE_TEXT), weight: 3 },
  { arbitrary: fc.constantFrom(...PROTO_KEYS), weight: 1 },
  { arbitrary: fc.integer({ min: -5, max: 1e12 }).map(String), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      'use',
      'not use',
      'full',
      'increment',
      'smart',
      'smb',
      'nfs',
      'before',
      'after',
      'start',
      'stop',
      'mon',
      'mon,tue',
      '01:00',
      '24:00',
      '1',
      '0',
      '-1',
      'true',
      'asc',
      'desc',
    ),
    weight: 2,
  },
  { arbitrary: hugeString, weight: 1 },
);

export const hostileNumber: fc.Arbitrary<number | RawJson> = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.integer(),
  fc.double(), // NaN and ±Infinity serialize as null
  fc.constantFrom(...RAW_NUMBERS).map((t) => new RawJson(t)),
);

export const hostileScalar: fc.Arbitrary<Hostile> = fc.oneof(
  { arbitrary: hostileString, weight: 5 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
);

/** Scalars short enough to repeat thousands of times in one body. */
const smallScalar: fc.Arbitrary<Hostile> = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(...UNICODE_TEXT, ...PROTO_KEYS, SQL_TEXT[0], PATH_TRAVERSAL[0]),
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
);

/** Keys: the API's own field names, prototype keys, and anything else. */
export function hostileKey(knownFields: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...PROTO_KEYS), weight: 2 },
    { arbitrary: fc.string({ minLength: 1, maxLength: 10 }), weight: 2 },
    { arbitrary: fc.constantFrom(...UNICODE_TEXT.filter((k) => k !== ''), ...SQL_TEXT.slice(0, 3)), weight: 1 },
    ...(knownFields.length ? [{ arbitrary: fc.constantFrom(...knownFields), weight: 3 }] : []),
  );
}

/** `[[[[…]]]]` or `{"a":{"a":…}}` nested `depth` levels (as raw text: no recursion to build or send it). */
export function nested(depth: number, kind: 'array' | 'object'): RawJson {
  return new RawJson(
    kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}{}${'}'.repeat(depth)}`,
  );
}

/** Nested garbage: scalars, arrays (huge ones too), objects with hostile keys, deep nesting. */
export function hostileValue(knownFields: readonly string[] = []): fc.Arbitrary<Hostile> {
  const { value } = fc.letrec<{ value: Hostile; array: Hostile[]; object: { [key: string]: Hostile } }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { arbitrary: hostileScalar, weight: 6 },
      { arbitrary: tie('array'), weight: 2 },
      { arbitrary: tie('object'), weight: 2 },
    ),
    array: fc.oneof(
      { arbitrary: fc.array(tie('value'), { maxLength: 4 }), weight: 4 },
      {
        arbitrary: fc
          .tuple(smallScalar, fc.integer({ min: 100, max: 3000 }))
          .map(([v, n]) => Array.from({ length: n }, () => v)),
        weight: 1,
      },
      {
        arbitrary: fc
          .tuple(fc.integer({ min: 50, max: 3000 }), fc.constantFrom<'array' | 'object'>('array', 'object'))
          .map(([d, k]) => [nested(d, k)]),
        weight: 1,
      },
    ),
    object: fc
      .array(fc.tuple(hostileKey(knownFields), tie('value')), { maxLength: 4 })
      .map((entries) => objectOf(entries)),
  }));
  return value;
}

// ---- bodies: valid templates, mutated --------------------------------------------------------------

/** A path into a body: keys and array indexes. */
export type FieldPath = (string | number)[];

export type Mutation =
  | { kind: 'set'; path: FieldPath; value: Hostile }
  | { kind: 'delete'; path: FieldPath }
  | { kind: 'addKey'; path: FieldPath; key: string; value: Hostile };

function cloneHostile(value: Hostile): Hostile {
  if (value === null || typeof value !== 'object' || value instanceof RawJson) return value;
  if (Array.isArray(value)) return value.map(cloneHostile);
  return objectOf(Object.keys(value).map((k) => [k, cloneHostile(value[k])]));
}

function containerAt(root: Hostile, path: FieldPath): Hostile | undefined {
  let node: Hostile | undefined = root;
  for (const step of path) {
    if (node === null || typeof node !== 'object' || node instanceof RawJson) return undefined;
    node = Array.isArray(node)
      ? typeof step === 'number'
        ? node[step]
        : undefined
      : Object.prototype.hasOwnProperty.call(node, step)
        ? node[String(step)]
        : undefined;
  }
  return node;
}

function setAt(container: Hostile | undefined, key: string | number, value: Hostile | undefined): void {
  if (container === null || typeof container !== 'object' || container instanceof RawJson || container === undefined)
    return;
  if (Array.isArray(container)) {
    if (typeof key !== 'number') return;
    if (value === undefined) container.splice(key, 1);
    else container[Math.min(key, container.length)] = value;
    return;
  }
  if (value === undefined) delete container[String(key)];
  else Object.defineProperty(container, String(key), { value, enumerable: true, writable: true, configurable: true });
}

export function applyMutations(template: Hostile, mutations: Mutation[]): Hostile {
  const body = cloneHostile(template);
  for (const m of mutations) {
    if (m.kind === 'addKey') {
      setAt(containerAt(body, m.path), m.key, m.value);
      continue;
    }
    const parent = containerAt(body, m.path.slice(0, -1));
    setAt(parent, m.path[m.path.length - 1], m.kind === 'set' ? m.value : undefined);
  }
  return body;
}

/** What a route's body arbitrary produces: the JSON text sent, and what the checks need to know. */
export interface HostileBody {
  text: string;
  /** The generated value (undefined when the text is not JSON of a value we built). */
  value?: Hostile;
  kind: 'mutated' | 'random-object' | 'not-an-object' | 'raw-text';
}

export interface BodySpec {
  /** Valid bodies to start from. */
  templates: fc.Arbitrary<Hostile>;
  /** Paths that may be replaced or deleted (`['repository', 'type']`, `['individual', 0, 'jobName']`). */
  paths: FieldPath[];
  /** Containers (paths) that may get an extra key: `[]` is the root. */
  containers: FieldPath[];
  /** Field names of the route (keys the generator also uses). */
  fields: readonly string[];
}

/** JSON texts that are valid JSON but odd: duplicate keys, BOM, deep nesting, whitespace. */
const rawTexts = (fields: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...fields).map((f) => `{"${f}":"a","${f}":{"${f}":[]}}`),
    fc.constantFrom(
      '{}',
      '[]',
      '""',
      '0',
      'true',
      'null',
      '"{}"',
      '[{}]',
      '[null]',
      ' {} ',
      '\n{\n}\n',
      '{"":""}',
      '{"a":1}',
    ),
    fc.integer({ min: 100, max: 5000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
    fc.integer({ min: 100, max: 5000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
    fc.constantFrom(...PROTO_KEYS).map((k) => `{"${k}":{"polluted":true},"center":"1"}`),
    fc.constant('{"constructor":{"prototype":{"polluted":true}}}'),
  );

/** Bodies for one route: mostly valid templates with 1–4 hostile mutations, plus garbage. */
export function hostileBody(spec: BodySpec): fc.Arbitrary<HostileBody> {
  const value = hostileValue(spec.fields);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {
      arbitrary: fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...spec.paths), value }),
      weight: 6,
    },
    { arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...spec.paths) }), weight: 2 },
    {
      arbitrary: fc.record({
        kind: fc.constant('addKey' as const),
        path: fc.constantFrom(...spec.containers),
        key: hostileKey(spec.fields),
        value,
      }),
      weight: 2,
    },
  );
  const mutated = fc
    .tuple(spec.templates, fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([template, mutations]): HostileBody => {
      const body = applyMutations(template, mutations);
      return { text: toJsonText(body), value: body, kind: 'mutated' };
    });
  const randomObject = fc
    .array(fc.tuple(hostileKey(spec.fields), value), { maxLength: 6 })
    .map((entries): HostileBody => {
      const body = objectOf(entries);
      return { text: toJsonText(body), value: body, kind: 'random-object' };
    });
  const notAnObject = fc
    .oneof(
      hostileScalar,
      fc.array(value, { maxLength: 3 }),
      spec.templates.map((t) => [t] as Hostile),
    )
    .map((body): HostileBody => ({ text: toJsonText(body), value: body, kind: 'not-an-object' }));
  const raw = rawTexts(spec.fields).map((text): HostileBody => ({ text, kind: 'raw-text' }));
  return fc.oneof(
    { arbitrary: mutated, weight: 14 },
    { arbitrary: randomObject, weight: 3 },
    { arbitrary: notAnObject, weight: 2 },
    { arbitrary: raw, weight: 1 },
  );
}

// ---- query strings and path values ---------------------------------------------------------------

/** One query-string pair, already encoded (or deliberately mis-encoded). */
const encodedValue = fc.oneof(
  { arbitrary: hostileString.map((s) => encodeURIComponent(toWellFormed(s))), weight: 8 },
  {
    arbitrary: fc.constantFrom(
      '%',
      '%zz',
      '%00',
      '%C0%AF',
      '%E0%80%80',
      '%ED%A0%80',
      '%%',
      '+',
      '%2B',
      '&',
      '=',
      '==',
      '#',
      '%23',
      ';',
      '[]',
      '%5B%5D',
    ),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: 200, max: 6000 }).map((n) => 'x'.repeat(n)), weight: 1 },
);

function toWellFormed(s: string): string {
  // encodeURIComponent throws on lone surrogates; send them as U+FFFD.
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Query strings for a list route: its filters, pagination, prototype keys, repeats, brackets, garbage. */
export function hostileQuery(filters: readonly string[]): fc.Arbitrary<string> {
  const names = ['page', 'limit', 'sort', ...filters];
  const key = fc.oneof(
    { arbitrary: fc.constantFrom(...names), weight: 6 },
    { arbitrary: fc.constantFrom(...PROTO_KEYS), weight: 1 },
    { arbitrary: fc.constantFrom(...names).map((n) => `${n}[]`), weight: 1 },
    { arbitrary: fc.constantFrom(...names).map((n) => `${n}[a]`), weight: 1 },
    {
      arbitrary: fc.constantFrom('__proto__[polluted]', 'constructor[prototype][polluted]', '%00', '', 'a%20b'),
      weight: 1,
    },
  );
  const pair = fc.tuple(key, encodedValue, fc.boolean()).map(([k, v, withValue]) => (withValue ? `${k}=${v}` : k));
  const pageValue = fc.oneof(
    fc.constantFrom(...NUMBERS).map(String),
    fc.constantFrom('1', '0', '-1', '1.5', '1e3', '0x10', ' 1', '1 ', 'Infinity', 'NaN', '', '99999999999999999999'),
  );
  const pagination = fc
    .tuple(fc.constantFrom('page', 'limit'), pageValue)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return fc
    .array(fc.oneof({ arbitrary: pair, weight: 3 }, { arbitrary: pagination, weight: 1 }), {
      minLength: 1,
      maxLength: 5,
    })
    .chain((pairs) =>
      // Sometimes the same key twice (arrays), sometimes an empty piece.
      fc.constantFrom(pairs.join('&'), `${pairs.join('&')}&${pairs[0]}`, `&${pairs.join('&&')}&`),
    );
}

/** A path segment: ids out of range, names, traversal, encoded garbage, long values. */
export const hostilePathValue: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: hostileString
      .filter((s) => s.length > 0 && s.length < 300)
      .map((s) => encodeURIComponent(toWellFormed(s))),
    weight: 6,
  },
  { arbitrary: fc.constantFrom(...NUMBERS).map((n) => encodeURIComponent(String(n))), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      '%',
      '%zz',
      '%00',
      '..',
      '.',
      '%2e%2e',
      '%2F',
      '..%2F..%2Fetc',
      '%C0%AE',
      '%20',
      '%09',
      '%ED%A0%80',
      '1%00',
      '0',
      '00001',
      '-1',
    ),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: 90, max: 2000 }).map((n) => 'y'.repeat(n)), weight: 1 },
);

// ---- checks every answer must pass -------------------------------------------------------------------

/** What must never appear in an answer (once the request's own text is taken out of it). */
export const LEAK_PATTERNS: { what: string; pattern: RegExp }[] = [
  {
    what: 'stack trace',
    pattern: /\bat\s+(?:[\w$.<>[\] ]+\s+)?\(?(?:\/|[A-Za-z]:\\|node:|file:)[^\s()]*:\d+(?::\d+)?\)?/,
  },
  { what: 'stack trace', pattern: /\n\s+at\s+\S/ },
  { what: 'SQL text', pattern: /\bSELECT\b/ },
  { what: 'SQL text', pattern: /\bINSERT\s+INTO\b/ },
  { what: 'SQL text', pattern: /\bUPDATE\s+\S+\s+SET\b/ },
  { what: 'SQL text', pattern: /\bDELETE\s+FROM\b/ },
  { what: 'SQL text', pattern: /relation "/ },
  {
    what: 'SQL error',
    pattern:
      /violates (?:unique|foreign key|check|not-null) constraint|duplicate key value|syntax error at or near|invalid input syntax for|QueryFailedError|invalid byte sequence for encoding/,
  },
  { what: 'password hash', pattern: /scrypt\$/ },
];

/** Every string (keys and values) in a parsed JSON value (iterative: bodies may nest thousands deep). */
function stringsOf(root: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) stack.push(...value);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        out.push(k);
        stack.push(v);
      }
    }
  }
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * The request's own strings (payload keys and values, URL pieces, decoded), the forms an answer may
 * echo them in: whole, trimmed, and split on `,`/`|`/`&`/`=`/`/`.
 */
export function echoesOf(request: { url: string; payload?: string }): string[] {
  const pieces: string[] = [request.url, safeDecode(request.url)];
  for (const part of request.url.split(/[?&=/]/)) pieces.push(part, safeDecode(part));
  if (request.payload !== undefined) {
    pieces.push(request.payload);
    try {
      pieces.push(...stringsOf(JSON.parse(request.payload)));
    } catch {
      // not JSON: the text itself is the echo
    }
  }
  const out = new Set<string>();
  for (const piece of pieces) {
    for (const form of [piece, piece.trim(), ...piece.split(/[,|]/).map((t) => t.trim())]) {
      if (form.length >= 3) out.add(form);
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * Strings the suite has sent so far (≤ 2000 characters: what the API may store and show later, such
 * as a job name with SQL in it). Listing answers echo them; that is data, not a leak.
 */
export class SentStrings {
  private readonly strings = new Set<string>();
  private sorted?: string[];

  add(request: { url: string; payload?: string }): void {
    for (const s of echoesOf(request)) {
      if (s.length <= 2000 && !this.strings.has(s)) {
        this.strings.add(s);
        this.sorted = undefined;
      }
    }
  }

  /** Longest first, so a long echo is removed before its pieces. */
  all(): string[] {
    return (this.sorted ??= [...this.strings].sort((a, b) => b.length - a.length));
  }
}

function firstLeak(text: string): string | undefined {
  for (const { what, pattern } of LEAK_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return `${what}: …${text.slice(Math.max(0, match.index - 40), match.index + 80)}…`;
  }
  return undefined;
}

function scrub(text: string, echoes: string[]): string {
  for (const echo of echoes) if (text.includes(echo)) text = text.split(echo).join('\u2400');
  return text;
}

/**
 * The leaks found in an answer body (empty when clean): stack traces, SQL, password hashes. Text the
 * request itself carried (or, with `sent`, any earlier request: stored data shown again) is removed
 * first, so echoing a hostile value back is not a leak.
 */
export function leaksIn(body: string, request: { url: string; payload?: string }, sent?: SentStrings): string[] {
  let texts: string[];
  try {
    texts = stringsOf(JSON.parse(body));
  } catch {
    texts = [body];
  }
  const found: string[] = [];
  let echoes: string[] | undefined;
  for (const text of texts) {
    if (!firstLeak(text)) continue; // the common case: nothing suspicious, nothing to scrub
    // One list, longest first: scrubbing this request's short echoes first (`use`) would cut a longer
    // stored one (a job name ending in `users`) apart before it could be recognised.
    echoes ??= sent
      ? [...new Set([...echoesOf(request), ...sent.all()])].sort((a, b) => b.length - a.length)
      : echoesOf(request);
    const leak = firstLeak(scrub(text, echoes));
    if (leak) found.push(leak);
  }
  return found;
}

/** Messages about the whole body rather than one field (they name the body). */
const BODY_MESSAGES = [
  /요청 본문/, // malformed JSON, too large
  /\bbody\b/i,
  /Content-Type/,
  /^path: /, // the URL itself (bad percent-encoding, a path value too long): Fastify rejects it before any route parameter exists
  /변경할 항목이 없습니다/, // PUT with nothing to change
  /Nothing to update/,
];

/** Seed-verbatim messages that do not carry the field themselves; `detail` names it. */
const VERBATIM_WITH_DETAIL = [
  /^유효한 스케줄 타입이 아닙니다\. \(0 ~ 11 만 가능\)$/,
  /^JOB_NAME_ALREADY_EXISTS$/,
  /^Schedule is required for Smart Backup\.$/,
];

export interface ErrorBody {
  success?: unknown;
  error?: unknown;
  code?: unknown;
  detail?: unknown;
}

/**
 * Why a 4xx body breaks the contract, or undefined when it is fine: `success: false`, a non-empty
 * `error` (string, or `{ code, message }` on the images route), and a message that names one of
 * `fields` (or the body, for bodies that are not objects / have nothing usable). The seed-verbatim
 * messages that cannot carry a path must name the field in `detail`.
 */
export function errorContractProblem(
  body: ErrorBody,
  fields: Iterable<string>,
  options: { bodyNotAnObject?: boolean } = {},
): string | undefined {
  if (body.success !== false) return 'success is not false';
  const message =
    typeof body.error === 'string' ? body.error : (body.error as { message?: unknown } | undefined)?.message;
  if (typeof message !== 'string' || message.trim() === '') return 'no error message';
  if (BODY_MESSAGES.some((re) => re.test(message))) return undefined;
  if (options.bodyNotAnObject)
    return `body is not an object, but the message does not say so: ${JSON.stringify(message).slice(0, 200)}`;
  const names = [...new Set(fields)];
  if (names.some((name) => name.length > 0 && message.includes(name))) return undefined;
  // An unknown key that is the empty string: the unknown-field message with nothing before it.
  if (names.includes('') && /^(?:은\(는\) 허용되지 않는 필드입니다\.| is not an allowed field\.)/.test(message))
    return undefined;
  if (VERBATIM_WITH_DETAIL.some((re) => re.test(message))) {
    if (body.code === 'JOB_NAME_ALREADY_EXISTS') return undefined; // the seed's own 409: the message is the code
    const detailFields = Array.isArray(body.detail) ? body.detail.map((d) => (d as { field?: unknown }).field) : [];
    if (detailFields.some((f) => typeof f === 'string' && f.length > 0)) return undefined;
  }
  return `message names no field: ${JSON.stringify(message).slice(0, 200)}`;
}

/** Every key at any depth of a JSON text (the names an error may legitimately cite); empty when not JSON. */
export function jsonKeysOf(text: string): Set<string> {
  const keys = new Set<string>();
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return keys;
  }
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        keys.add(k);
        stack.push(v);
      }
    }
  }
  return keys;
}

/** Is this JSON text something other than an object (array, string, number, null …)? */
export function isNonObjectJson(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value === null || typeof value !== 'object' || Array.isArray(value);
  } catch {
    return false;
  }
}
