// Validates bodies against our own contract (src/api/openapi.yaml), so tests of the demo backend
// and the e2e suite can check every request and response they see. Node only (reads the file).
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import type { components } from './schema.gen';

type JsonSchema = { [keyword: string]: unknown };
type Content = Record<string, { schema?: JsonSchema }>;
type ContractResponse = {
  $ref?: string;
  description?: string;
  content?: Content;
};
type ContractOperation = {
  operationId: string;
  parameters?: JsonSchema[];
  requestBody?: { required?: boolean; content: Content };
  responses: Record<string, ContractResponse>;
};
export interface ContractDocument {
  paths: Record<string, Record<string, ContractOperation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses?: Record<string, ContractResponse>;
    parameters?: Record<string, JsonSchema>;
  };
}
export type SchemaName = keyof components['schemas'];
/** `errors` is empty when the body conforms. */
export interface ValidationResult {
  valid: boolean;
  errors: string[];
}
/** Requests may leave out readOnly properties even where the schema requires them. */
type Direction = 'request' | 'response';

const contractFile = new URL('./openapi.yaml', import.meta.url);
const schemaRef = '#/components/schemas/';
const baseId = (direction: Direction) => `https://contract.local/${direction}`;

let contract: ContractDocument | undefined;
let ajv: Ajv | undefined;
const inlineValidators = new WeakMap<JsonSchema, Partial<Record<Direction, ValidateFunction>>>();

export function loadContract(): ContractDocument {
  contract ??= parse(readFileSync(contractFile, 'utf8')) as ContractDocument;
  return contract;
}

/** OpenAPI 3.0 schema → JSON Schema as Ajv reads it: nullable, readOnly and absolute $refs. */
function toJsonSchema(node: unknown, direction: Direction): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, direction));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === 'enum' || key === 'default'
        ? value
        : key === '$ref' && typeof value === 'string' && value.startsWith('#/')
          ? baseId(direction) + value
          : toJsonSchema(value, direction);
  }
  if (out.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (typeof out.$ref === 'string') return { anyOf: [{ $ref: out.$ref }, { type: 'null' }] };
  }
  delete out.nullable;
  const properties = out.properties as Record<string, JsonSchema> | undefined;
  if (direction === 'request' && properties && Array.isArray(out.required)) {
    out.required = out.required.filter((name: string) => properties[name]?.readOnly !== true);
  }
  return out;
}

function compiler(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  // The spec writes `format: string` on LinkProtocolConnection.uuid; it constrains nothing.
  ajv.addFormat('string', true);
  for (const direction of ['request', 'response'] as const) {
    const schemas = toJsonSchema(loadContract().components.schemas, direction);
    ajv.addSchema({ $id: baseId(direction), components: { schemas } });
  }
  return ajv;
}

/** A compiled validator for one component schema, e.g. `validatorFor('ServiceToken')`. */
export function validatorFor(
  schemaName: SchemaName,
  direction: Direction = 'response',
): ValidateFunction {
  const validate = compiler().getSchema(`${baseId(direction)}${schemaRef}${schemaName}`);
  if (!validate) throw new Error(`no schema ${schemaName} in src/api/openapi.yaml`);
  return validate;
}

function validatorForBody(schema: JsonSchema, direction: Direction): ValidateFunction {
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith(schemaRef)) {
    return validatorFor(ref.slice(schemaRef.length) as SchemaName, direction);
  }
  const cached = inlineValidators.get(schema) ?? {};
  cached[direction] ??= compiler().compile(toJsonSchema(schema, direction) as JsonSchema);
  inlineValidators.set(schema, cached);
  return cached[direction];
}

const templates = () =>
  Object.keys(loadContract().paths)
    .map((template) => ({
      template,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      params: (template.match(/\{/g) ?? []).length,
    }))
    // Literal segments win: /serviceTokens/search before /serviceTokens/{serviceTokenId}.
    .sort((a, b) => a.params - b.params);

/** Finds the operation for a concrete path such as /fabric/v4/serviceTokens/5e0b…?x=1. */
export function findOperation(method: string, path: string) {
  const pathname = new URL(path, 'http://contract.local').pathname;
  const verb = method.toLowerCase();
  for (const { template, pattern } of templates()) {
    const operation = loadContract().paths[template]?.[verb];
    if (pattern.test(pathname) && operation) return { template, operation };
  }
  return undefined;
}

function formatErrors(errors: ErrorObject[] | null | undefined, label: string): string[] {
  return (errors ?? []).map(
    (error) =>
      `${label}: ${error.instancePath || '(body)'} ${error.message ?? 'is invalid'}` +
      (error.keyword === 'enum' ? ` ${JSON.stringify(error.params.allowedValues)}` : ''),
  );
}

function validateContent(
  content: Content | undefined,
  body: unknown,
  direction: Direction,
  label: string,
): ValidationResult {
  const media = content?.['application/json'] ?? Object.values(content ?? {})[0];
  if (!media?.schema) {
    const empty = body === undefined || body === null || body === '';
    return { valid: empty, errors: empty ? [] : [`${label}: the contract declares no body`] };
  }
  const validate = validatorForBody(media.schema, direction);
  const valid = validate(body);
  return { valid, errors: valid ? [] : formatErrors(validate.errors, label) };
}

const invalid = (message: string): ValidationResult => ({ valid: false, errors: [message] });

/** Checks a response body against the contract's schema for that operation and status. */
export function validateResponse(
  method: string,
  path: string,
  status: number,
  body: unknown,
): ValidationResult {
  const label = `${method.toUpperCase()} ${path} ${status}`;
  const found = findOperation(method, path);
  if (!found) return invalid(`${label}: no such operation in src/api/openapi.yaml`);
  let response = found.operation.responses[String(status)] ?? found.operation.responses.default;
  if (response?.$ref) {
    response = loadContract().components.responses?.[response.$ref.split('/').pop() ?? ''];
  }
  if (!response) return invalid(`${label}: status ${status} is not declared for ${found.template}`);
  return validateContent(response.content, body, 'response', label);
}

/** Checks a request body against the contract's request schema for that operation. */
export function validateRequest(method: string, path: string, body: unknown): ValidationResult {
  const label = `${method.toUpperCase()} ${path} request`;
  const found = findOperation(method, path);
  if (!found) return invalid(`${label}: no such operation in src/api/openapi.yaml`);
  const requestBody = found.operation.requestBody;
  if (!requestBody) return validateContent(undefined, body, 'request', label);
  return validateContent(requestBody.content, body, 'request', label);
}
