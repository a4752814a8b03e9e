import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every answer the e2e suites receive is checked against openapi.json (the committed document, which
 * CI keeps equal to what the code generates): the route and status must be documented and the body
 * must match that status's schema. Violations are collected here and fail the running test
 * (test/support/openapi-contract.setup.ts).
 */
interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
  >;
  components: { schemas: Record<string, unknown> };
}

const DOCUMENT_PATH = join(__dirname, '..', '..', 'openapi.json');
/** Swagger UI and the document itself are not operations of the document. */
const UNDOCUMENTED_PREFIXES = ['/api/docs'];

let document: OpenApiDocument | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction | null>();
const violations: string[] = [];
let checked = 0;

export function openApiDocument(): OpenApiDocument {
  return (document ??= JSON.parse(readFileSync(DOCUMENT_PATH, 'utf8')) as OpenApiDocument);
}

/** JSON Schema of the document's components, with refs rewritten to `openapi.json#/$defs/...`. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string'
          ? v.replace('#/components/schemas/', 'openapi.json#/$defs/')
          : rewriteRefs(v),
      ]),
    );
  }
  return value;
}

export function contractAjv(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi.json', $defs: rewriteRefs(openApiDocument().components.schemas) });
  }
  return ajv;
}

/** A validator for any schema of the document (refs resolved against its components). */
export function compileDocumentSchema(schema: unknown): ValidateFunction {
  return contractAjv().compile(rewriteRefs(schema) as object);
}

/** `/api/servers/:identifier` (Fastify) → `/api/servers/{identifier}` (OpenAPI). */
export function documentPathOf(routeUrl: string): string {
  return routeUrl.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/**
 * Checks one answer. Returns the problem, or undefined when the route, status and body agree with
 * the document.
 */
export function checkAnswer(
  method: string,
  routeUrl: string | undefined,
  status: number,
  body: string,
): string | undefined {
  if (!routeUrl || method === 'HEAD' || method === 'OPTIONS') return undefined;
  if (UNDOCUMENTED_PREFIXES.some((p) => routeUrl === p || routeUrl.startsWith(`${p}/`) || routeUrl.startsWith(`${p}-`)))
    return undefined;
  const path = documentPathOf(routeUrl);
  const operation = openApiDocument().paths[path]?.[method.toLowerCase()];
  if (!operation) return `${method} ${path}: the route is not in openapi.json`;
  const response = operation.responses[String(status)];
  if (!response) return `${method} ${path}: status ${status} is not documented (body ${body.slice(0, 300)})`;
  const key = `${method} ${path} ${status}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    const schema = response.content?.['application/json']?.schema;
    validate = schema ? compileDocumentSchema(schema) : null;
    validators.set(key, validate);
  }
  if (!validate) {
    // A documented non-JSON answer (the Prometheus text of GET /api/metrics) is a string: any body.
    const textual = Object.keys(response.content ?? {}).some((type) => type.startsWith('text/'));
    return body.length === 0 || textual ? undefined : `${key}: a body where the document has none`;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return `${key}: body is not JSON: ${body.slice(0, 200)}`;
  }
  if (validate(parsed)) return undefined;
  const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
  return `${key}: body does not match the document (${errors.join('; ')}): ${body.slice(0, 300)}`;
}

interface Answer {
  method: string;
  routeUrl: string | undefined;
  status: number;
  body: string;
}

/** Answers are checked after the test, not while they are sent: no test's timing includes the check. */
const pending: Answer[] = [];
const MAX_PENDING = 500;

export function recordAnswer(method: string, routeUrl: string | undefined, status: number, body: string): void {
  checked++;
  pending.push({ method, routeUrl, status, body });
  if (pending.length >= MAX_PENDING) checkPending();
}

function checkPending(): void {
  for (const answer of pending.splice(0, pending.length)) {
    const problem = checkAnswer(answer.method, answer.routeUrl, answer.status, answer.body);
    if (problem && violations.length < 50) violations.push(problem);
  }
}

/** The violations seen since the last call (and forgets them). */
export function takeViolations(): string[] {
  checkPending();
  return violations.splice(0, violations.length);
}

/** How many answers were checked so far (tests of the hook itself). */
export function checkedAnswers(): number {
  return checked;
}
