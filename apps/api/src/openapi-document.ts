import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  ReferenceObject,
  ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ERROR_STATUS_DESCRIPTIONS, ErrorEnvelope, ISO_TIMESTAMP_PATTERN, ObjectErrorEnvelope } from '@zdm/common';
import { ErrorExampleContext, errorExampleBody } from './error-examples';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

/** Tags in the order Swagger UI lists them. */
const TAGS: [string, string][] = [
  ['Auth', 'Tokens'],
  ['API keys', 'Long-lived credentials for services and scrapers, with a role (admins)'],
  ['Backup jobs', 'Register, list, change and remove backup jobs (one per partition)'],
  ['Backup runs', 'Run a job now, run history, one run, cancel, its log, monitoring'],
  ['Backup images', 'A server’s backup images, from the image catalog'],
  ['Schedules', 'Schedules jobs run on'],
  ['Inventory: centers', 'ZDM centers'],
  ['Inventory: servers', 'Source servers and their partitions'],
  ['Inventory: repositories', 'Backup repositories (SMB shares, NFS exports)'],
  ['Inventory: users', 'API users'],
  ['Audit', 'Who wrote what, when (admins)'],
  ['Notifications', 'Channels (email, signed webhooks) and deliveries of run events (admins)'],
  ['Agents', 'Agents as administrators register, list and revoke them'],
  ['Agent protocol', 'What agents call, with agent tokens only'],
  ['Health', 'Liveness, readiness and detail for load balancers'],
  ['Operations', 'Prometheus metrics'],
];

/**
 * The OpenAPI document of the app (served at /api/docs-json, written to openapi.json). Operations
 * declare their success answer and route-specific errors (`@ApiEnvelope`, `@ApiErrors`); what every
 * route can answer is added here once, with that route's error envelope: 400 (bad URL, query or
 * path), 401 and 403 (a role or a token kind that may not use it) on secured routes, 413/415 where a body is taken,
 * 414 where a path parameter is, 500, and 503 (database down). Every error status gets its own example
 * (error-examples.ts) and every `date-time` the ISO-with-offset pattern (spec §16).
 * Operations without a security requirement are public and say `security: []`.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('ZDM API')
    .setDescription(
      'Backup-management control plane compatible with the ZDM API 1.0.3. Every route answers under `/api` and `/api/v1`. ' +
        'Get a token with `POST /api/auth/issue` (`issueToken`), then press **Authorize** and paste it. ' +
        'Messages are Korean by default; send `Accept-Language: en` for English.',
    )
    .setVersion('1.0.3')
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'User token from `issueToken`' })
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'opaque',
        description: 'Agent token (`zdma_…`), shown once by `registerAgent`; the `/api/agent/…` routes take only these',
      },
      'agent',
    );
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), {
    extraModels: [ErrorEnvelope, ObjectErrorEnvelope],
  });
  completeOperations(document);
  pinDateTimes(document);
  return document;
}

function completeOperations(document: OpenAPIObject): void {
  const declared = new Set((document.tags ?? []).map((t) => t.name));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      // Nest's placeholder 200 (no content) on a route that declares no success answer (it only fails).
      const placeholder = operation.responses['200'] as ResponseObject | undefined;
      if (placeholder && !placeholder.content && placeholder.description === '') delete operation.responses['200'];
      const secured = (operation.security ?? []).length > 0;
      if (!secured) operation.security = [];
      const form = errorFormOf(operation);
      const statuses = [400, ...(secured ? [401, 403] : []), ...(operation.requestBody ? [413, 415] : []), 500, 503];
      for (const status of statuses) {
        if (operation.responses[status] !== undefined) continue;
        operation.responses[status] = errorResponse(status, form);
      }
      // A path parameter longer than the router takes: 414 (in the route's envelope, see http-platform.ts).
      if (hasPathParameter(path) && operation.responses[414] === undefined)
        operation.responses[414] = errorResponse(414, form);
      // An error documented without a body (e.g. `@ApiForbiddenResponse` of `@RequiredRole`) gets the envelope.
      for (const [status, response] of Object.entries(operation.responses)) {
        const documented = response as ResponseObject;
        if (Number(status) >= 400 && !documented.content) {
          operation.responses[status] = { ...errorResponse(Number(status), form), description: documented.description };
        }
      }
      addErrorExamples(operation, { method, path, form });
      operation.responses = sortedResponses(operation.responses);
      // Read once, globally (the exception filter); never a parameter of an operation.
      operation.parameters = (operation.parameters ?? []).filter(
        (p) => !('in' in p && p.in === 'header' && p.name.toLowerCase() === 'accept-language'),
      );
      if (operation.parameters.length === 0) delete operation.parameters;
      for (const tag of operation.tags ?? []) {
        if (!declared.has(tag)) {
          declared.add(tag);
          document.tags = [...(document.tags ?? []), { name: tag }];
        }
      }
    }
  }
}

/**
 * Spec §16: a `date-time` is ISO-8601 with an offset (`Z` or ±hh:mm). Every schema typed `date-time`
 * (entity columns the Swagger plugin types from `Date`, views, inline schemas) gets the pattern that
 * says so, and the e2e answer check holds real answers to it.
 */
function pinDateTimes(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(pinDateTimes);
  if (!node || typeof node !== 'object') return;
  const schema = node as { format?: unknown; pattern?: unknown };
  if (schema.format === 'date-time' && schema.pattern === undefined) schema.pattern = ISO_TIMESTAMP_PATTERN;
  for (const value of Object.values(node)) pinDateTimes(value);
}

function hasPathParameter(path: string): boolean {
  return /\{[^}]+\}/.test(path);
}

/**
 * Every error status gets its own example (an auth failure under 401, the thing of the path under
 * 404, the route's conflict under 409 …) unless the route documents one itself.
 */
function addErrorExamples(
  operation: OperationObject,
  where: { method: string; path: string; form: 'string' | 'object' },
): void {
  const extensions = operation as OperationObject & { 'x-required-role'?: string };
  for (const [status, response] of Object.entries(operation.responses)) {
    const code = Number(status);
    if (code < 400) continue;
    const media = (response as ResponseObject).content?.['application/json'];
    if (!media || media.example !== undefined || media.examples !== undefined) continue;
    const objectForm = (media.schema as ReferenceObject | undefined)?.$ref === getSchemaPath(ObjectErrorEnvelope);
    const context: ErrorExampleContext = {
      method: where.method,
      path: where.path,
      operationId: operation.operationId,
      requiredRole: extensions['x-required-role'],
      agentRoute: (operation.security ?? []).some((requirement) => 'agent' in requirement),
      notFoundDescription: (operation.responses['404'] as ResponseObject | undefined)?.description,
      form: objectForm ? 'object' : 'string',
    };
    media.example = errorExampleBody(code, context);
  }
}

/** `object` when the route already documents an error with the images route's envelope. */
function errorFormOf(operation: OperationObject): 'string' | 'object' {
  const objectRef = getSchemaPath(ObjectErrorEnvelope);
  const refs = Object.values(operation.responses).flatMap((r) => {
    const content = (r as ResponseObject).content ?? {};
    return Object.values(content).map((c) => (c.schema as ReferenceObject | undefined)?.$ref);
  });
  return refs.includes(objectRef) ? 'object' : 'string';
}

function errorResponse(status: number, form: 'string' | 'object'): ResponseObject {
  const model = form === 'object' ? ObjectErrorEnvelope : ErrorEnvelope;
  return {
    description: ERROR_STATUS_DESCRIPTIONS[status] ?? `HTTP ${status}`,
    content: { 'application/json': { schema: { $ref: getSchemaPath(model) } } },
  };
}

function sortedResponses(responses: OperationObject['responses']): OperationObject['responses'] {
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}
