// Validates bodies against our own contract (src/api/openapi.yaml), so tests of the demo backend
// and the e2e suite can check every request and response they see. Node only (reads the file).
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import type { components } from '@/api/schema.gen';

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
export type Direction = 'request' | 'response';

const contractFile = new URL('../../src/api/openapi.yaml', import.meta.url);
const schemaRef = '#/components/schemas/';

let contract: ContractDocument | undefined;

export function loadContract(): ContractDocument {
  contract ??= parse(readFileSync(contractFile, 'utf8')) as ContractDocument;
  return contract;
}

/** OpenAPI 3.0 schema → JSON Schema as Ajv reads it: nullable, readOnly and absolute $refs. */
function toJsonSchema(node: unknown, direction: Direction, base: string): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, direction, base));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === 'enum' || key === 'default' || key === 'example' || key === 'examples'
        ? value
        : key === '$ref' && typeof value === 'string' && value.startsWith('#/')
          ? `${base}/${direction}${value}`
          : toJsonSchema(value, direction, base);
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

function formatErrors(errors: ErrorObject[] | null | undefined, label: string): string[] {
  return (errors ?? []).map(
    (error) =>
      `${label}: ${error.instancePath || '(body)'} ${error.message ?? 'is invalid'}` +
      (error.keyword === 'enum' ? ` ${JSON.stringify(error.params.allowedValues)}` : ''),
  );
}

const invalid = (message: string): ValidationResult => ({ valid: false, errors: [message] });

export interface OpenApiValidation {
  /** A compiled validator for one component schema, e.g. `validatorFor('ServiceToken')`. */
  validatorFor(schemaName: string, direction?: Direction): ValidateFunction;
  /** Finds the operation for a concrete path such as /fabric/v4/serviceTokens/5e0b…?x=1. */
  findOperation(
    method: string,
    path: string,
  ): { template: string; operation: ContractOperation } | undefined;
  /** Checks a response body against the schema for that operation and status. */
  validateResponse(method: string, path: string, status: number, body: unknown): ValidationResult;
  /** Checks a request body against the request schema for that operation. */
  validateRequest(method: string, path: string, body: unknown): ValidationResult;
}

/**
 * Validation against one OpenAPI document, compiled with Ajv on first use: our contract below, and
 * the published spec in src/quality/reference-spec.ts. `source` names the document in messages.
 */
export function openApiValidation(load: () => ContractDocument, source: string): OpenApiValidation {
  const base = `https://openapi.local/${encodeURIComponent(source)}`;
  let ajv: Ajv | undefined;
  let templates: { template: string; pattern: RegExp; params: number }[] | undefined;
  const inlineValidators = new WeakMap<JsonSchema, Partial<Record<Direction, ValidateFunction>>>();

  function compiler(): Ajv {
    if (ajv) return ajv;
    ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(ajv);
    // The spec writes `format: string` on LinkProtocolConnection.uuid; it constrains nothing.
    ajv.addFormat('string', true);
    for (const direction of ['request', 'response'] as const) {
      const schemas = toJsonSchema(load().components.schemas, direction, base);
      ajv.addSchema({ $id: `${base}/${direction}`, components: { schemas } });
    }
    return ajv;
  }

  function validatorFor(schemaName: string, direction: Direction = 'response') {
    const validate = compiler().getSchema(`${base}/${direction}${schemaRef}${schemaName}`);
    if (!validate) throw new Error(`no schema ${schemaName} in ${source}`);
    return validate;
  }

  function validatorForBody(schema: JsonSchema, direction: Direction): ValidateFunction {
    const ref = schema.$ref;
    if (typeof ref === 'string' && ref.startsWith(schemaRef)) {
      return validatorFor(ref.slice(schemaRef.length), direction);
    }
    const cached = inlineValidators.get(schema) ?? {};
    cached[direction] ??= compiler().compile(toJsonSchema(schema, direction, base) as JsonSchema);
    inlineValidators.set(schema, cached);
    return cached[direction];
  }

  function findOperation(method: string, path: string) {
    templates ??= Object.keys(load().paths)
      .map((template) => ({
        template,
        pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        params: (template.match(/\{/g) ?? []).length,
      }))
      // Literal segments win: /serviceTokens/search before /serviceTokens/{serviceTokenId}.
      .sort((a, b) => a.params - b.params);
    const pathname = new URL(path, 'http://contract.local').pathname;
    const verb = method.toLowerCase();
    for (const { template, pattern } of templates) {
      const operation = load().paths[template]?.[verb];
      if (pattern.test(pathname) && operation) return { template, operation };
    }
    return undefined;
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
      return { valid: empty, errors: empty ? [] : [`${label}: ${source} declares no body`] };
    }
    const validate = validatorForBody(media.schema, direction);
    const valid = validate(body);
    return { valid, errors: valid ? [] : formatErrors(validate.errors, label) };
  }

  return {
    validatorFor,
    findOperation,
    validateResponse(method, path, status, body) {
      const label = `${method.toUpperCase()} ${path} ${status}`;
      const found = findOperation(method, path);
      if (!found) return invalid(`${label}: no such operation in ${source}`);
      let response = found.operation.responses[String(status)] ?? found.operation.responses.default;
      if (response?.$ref) {
        response = load().components.responses?.[response.$ref.split('/').pop() ?? ''];
      }
      if (!response) {
        return invalid(`${label}: status ${status} is not declared for ${found.template}`);
      }
      return validateContent(response.content, body, 'response', label);
    },
    validateRequest(method, path, body) {
      const label = `${method.toUpperCase()} ${path} request`;
      const found = findOperation(method, path);
      if (!found) return invalid(`${label}: no such operation in ${source}`);
      return validateContent(found.operation.requestBody?.content, body, 'request', label);
    },
  };
}

const contractValidation = openApiValidation(loadContract, 'src/api/openapi.yaml');
export const { findOperation, validateResponse, validateRequest } = contractValidation;

/** A compiled validator for one schema of our contract, e.g. `validatorFor('ServiceToken')`. */
export const validatorFor = (schemaName: SchemaName, direction: Direction = 'response') =>
  contractValidation.validatorFor(schemaName, direction);
