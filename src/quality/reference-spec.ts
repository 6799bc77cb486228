// The PUBLISHED Fabric v4 spec (../shared/reference, outside the repository) compiled with Ajv, so
// tests can check that what the wizard sends is valid for the real API, not only for our contract.
// Node only. Compiled the way src/api/contract-schema.ts compiles our own contract.
import { existsSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

type JsonSchema = { [keyword: string]: unknown };
interface SpecDocument {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, JsonSchema> } }>>;
  components: { schemas: Record<string, JsonSchema> };
}

export const referenceSpecFile = new URL(
  '../../../shared/reference/fabric-v4.openapi.yaml',
  import.meta.url,
);
const baseId = 'https://reference.local/request';

/** OpenAPI 3.0 → JSON Schema as Ajv reads it; a request may omit readOnly properties. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === 'enum' || key === 'default' || key === 'example' || key === 'examples'
        ? value
        : key === '$ref' && typeof value === 'string' && value.startsWith('#/')
          ? baseId + value
          : toJsonSchema(value);
  }
  if (out.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  delete out.nullable;
  const properties = out.properties as Record<string, JsonSchema> | undefined;
  if (properties && Array.isArray(out.required)) {
    out.required = out.required.filter((name: string) => properties[name]?.readOnly !== true);
  }
  return out;
}

export interface RequestValidator {
  (body: unknown): string[];
}

/**
 * The validator for `POST /fabric/v4/serviceTokens` bodies from the published spec, or the reason
 * it cannot be built (the reference folder is not on this machine).
 */
export function loadReferenceCreateValidator(): RequestValidator | { skipped: string } {
  if (!existsSync(referenceSpecFile)) {
    return { skipped: `the published spec is absent (${referenceSpecFile.pathname})` };
  }
  const spec = parse(readFileSync(referenceSpecFile, 'utf8')) as SpecDocument;
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  // The spec writes `format: string` on a uuid; it constrains nothing.
  ajv.addFormat('string', true);
  ajv.addSchema({ $id: baseId, components: { schemas: toJsonSchema(spec.components.schemas) } });
  const media = spec.paths['/fabric/v4/serviceTokens']?.post?.requestBody?.content;
  const schema = media?.['application/json']?.schema;
  if (!schema) return { skipped: 'the published spec has no POST /fabric/v4/serviceTokens body' };
  const validate: ValidateFunction = ajv.compile(toJsonSchema(schema) as JsonSchema);
  return (body) =>
    validate(body)
      ? []
      : (validate.errors ?? []).map(
          (error) => `${error.instancePath || '(body)'} ${error.message ?? 'is invalid'}`,
        );
}
