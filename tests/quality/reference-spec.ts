// The PUBLISHED Fabric v4 spec (../shared/reference, outside the repository) compiled with Ajv, so
// tests can check that what the portal sends and what the demo backend answers are valid for the
// real API, not only for our contract. Node only; absent on machines without the reference folder.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  openApiValidation,
  type ContractDocument,
  type OpenApiValidation,
} from '../contract/contract-schema';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const referenceDir = path.resolve(
  repoRoot,
  process.env.FABRIC_REFERENCE_DIR ?? path.join('..', 'shared', 'reference'),
);
export const referenceSpecFile = path.join(referenceDir, 'fabric-v4.openapi.yaml');

let document: ContractDocument | undefined;
const reference = openApiValidation(() => {
  document ??= parse(readFileSync(referenceSpecFile, 'utf8')) as ContractDocument;
  return document;
}, 'the published Fabric v4 spec');

/** Validation against the published spec, or why there is none on this machine. */
export function loadReferenceSpec(): OpenApiValidation | { skipped: string } {
  return existsSync(referenceSpecFile)
    ? reference
    : { skipped: `the published spec is absent (${referenceSpecFile})` };
}

export interface RequestValidator {
  (body: unknown): string[];
}

/** The validator for `POST /fabric/v4/serviceTokens` bodies from the published spec. */
export function loadReferenceCreateValidator(): RequestValidator | { skipped: string } {
  const spec = loadReferenceSpec();
  if ('skipped' in spec) return spec;
  return (body) => spec.validateRequest('POST', '/fabric/v4/serviceTokens', body).errors;
}
