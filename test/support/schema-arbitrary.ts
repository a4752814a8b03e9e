import fc from 'fast-check';

/**
 * fast-check arbitraries derived from the OpenAPI document's schemas: every operation is fuzzed
 * from what the document says it takes, so a new route or field needs no hand-written generator.
 */
export type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  nullable?: boolean;
};

export type Components = Record<string, Schema>;

const MAX_TEXT = 24;
const MAX_ITEMS = 3;
const MAX_DEPTH = 6;

export function resolveSchema(schema: Schema, components: Components): Schema {
  let current = schema;
  for (let i = 0; current.$ref && i < 20; i++) {
    current = components[current.$ref.replace('#/components/schemas/', '')] ?? {};
  }
  return current;
}

/** Values valid against `schema` (as far as a JSON schema says; rules across fields are the API's to state). */
export function valueOf(schema: Schema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  const s = resolveSchema(schema, components);
  const plain = plainValueOf(s, components, depth);
  return s.nullable ? fc.oneof({ weight: 5, arbitrary: plain }, { weight: 1, arbitrary: fc.constant(null) }) : plain;
}

function plainValueOf(s: Schema, components: Components, depth: number): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.oneOf ?? s.anyOf) return fc.oneof(...(s.oneOf ?? s.anyOf)!.map((b) => valueOf(b, components, depth + 1)));
  if (s.allOf?.length) return valueOf(s.allOf[0]!, components, depth + 1);
  switch (s.type) {
    case 'integer': {
      const min = s.minimum ?? -1_000_000;
      const max = s.maximum ?? 1_000_000;
      // Edges and small values, where rules live.
      return fc.oneof(
        fc.constantFrom(min, max),
        fc.integer({ min, max: Math.min(max, min + 1000) }),
        fc.integer({ min, max }),
      );
    }
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      if (depth > MAX_DEPTH) return fc.constant([]);
      return fc.array(valueOf(s.items ?? {}, components, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? MAX_ITEMS, MAX_ITEMS)),
      });
    case 'object':
    case undefined:
      if (!s.properties) return s.type === 'object' ? fc.constant({}) : fc.oneof(fc.string(), fc.integer());
      if (depth > MAX_DEPTH) return fc.constant({});
      return fc.record(
        Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, valueOf(v, components, depth + 1)])),
        { requiredKeys: s.required ?? [] },
      );
    case 'string':
      return stringOf(s);
    default:
      return fc.constant(null);
  }
}

function stringOf(s: Schema): fc.Arbitrary<string> {
  if (s.format === 'email') return fc.emailAddress();
  if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  const minLength = s.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(s.maxLength ?? MAX_TEXT, MAX_TEXT));
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    try {
      return fc.stringMatching(re).filter((v) => v.length >= minLength && v.length <= (s.maxLength ?? Infinity));
    } catch {
      // fast-check cannot generate from every regex (lookahead): any string, the pattern decides.
      return fc.string({ minLength, maxLength });
    }
  }
  return fc.string({ minLength, maxLength });
}

/** A valid value turned invalid in one place: a missing required key, a wrong type, an unknown key. */
export function mutationOf(schema: Schema, components: Components): fc.Arbitrary<{ value: unknown; field: string }> {
  const s = resolveSchema(schema, components);
  const properties = Object.keys(s.properties ?? {});
  const wrong = fc.constantFrom<unknown>({}, [], 'not-a-number', -1, 1e30, true, 'x'.repeat(300), null);
  return valueOf(s, components).chain((valid) => {
    if (!valid || typeof valid !== 'object' || Array.isArray(valid) || properties.length === 0) {
      return wrong.map((value) => ({ value, field: 'body' }));
    }
    const record = valid as Record<string, unknown>;
    const required = s.required ?? [];
    return fc.oneof(
      ...(required.length > 0
        ? [
            fc.constantFrom(...required).map((key) => {
              const copy = { ...record };
              delete copy[key];
              return { value: copy, field: key };
            }),
          ]
        : []),
      fc
        .tuple(fc.constantFrom(...properties), wrong)
        .map(([key, v]) => ({ value: { ...record, [key]: v }, field: key })),
      fc.constant({ value: { ...record, notADocumentedField: 1 }, field: 'notADocumentedField' }),
    );
  });
}
