import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateApiTypes, schemaFile } from '../../scripts/gen-api-lib.mjs';
import {
  findOperation,
  loadContract,
  validateRequest,
  validateResponse,
  validatorFor,
} from './contract-schema';
import { loadReferenceSpec } from '../quality/reference-spec';
import { diffAgainstSpec, type AllowedExtras, type OpenApiDocument } from './spec-conformance';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const referenceDir = process.env.FABRIC_REFERENCE_DIR
  ? path.resolve(process.env.FABRIC_REFERENCE_DIR)
  : path.resolve(repoRoot, '../shared/reference');
const reference = (file: string) => path.join(referenceDir, file);
const readJson = (file: string): unknown => JSON.parse(readFileSync(reference(file), 'utf8'));

/** Properties the spec's schemas lack that we declare on purpose, with the reason. */
const allowedExtras: AllowedExtras = {
  'ServiceToken.changeLog':
    'the schema spells it changelog, but the API examples and search paths use changeLog; ' +
    'we declare both so the client reads either, and the demo backend writes changeLog',
};

const specFile = reference('fabric-v4.openapi.yaml');
const deviceSamples = ['ne-v1-devices.sample.json', 'ne-v1-device.sample.json'];
const hasSpec = existsSync(specFile);
const hasSamples = deviceSamples.every((file) => existsSync(reference(file)));
if (!hasSpec || !hasSamples) {
  console.info(
    `contract.test: skipping the checks against the reference data, ${referenceDir} lacks ` +
      `${hasSpec ? deviceSamples.join(' or ') : 'fabric-v4.openapi.yaml'} ` +
      '(set FABRIC_REFERENCE_DIR to the folder that holds it)',
  );
}

describe('generated API types', () => {
  it('regenerating the types changes nothing', async () => {
    const committed = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
    const regenerated = await generateApiTypes();
    expect(
      regenerated === committed,
      'src/api/schema.gen.ts does not match src/api/openapi.yaml: run `npm run gen:api`',
    ).toBe(true);
  });
});

describe.skipIf(!hasSpec)('conformance to the published Fabric v4 spec', () => {
  it('declares every /fabric/v4 operation and schema property as the spec does', () => {
    const spec = parse(readFileSync(specFile, 'utf8')) as OpenApiDocument;
    const differences = diffAgainstSpec(loadContract(), spec, allowedExtras);
    expect(
      differences,
      `src/api/openapi.yaml departs from ${specFile} in ${differences.length} places:\n` +
        differences.join('\n'),
    ).toEqual([]);
  });

  it('compiles the published spec, which refuses what it does not declare', () => {
    const published = loadReferenceSpec();
    if ('skipped' in published) throw new Error(published.skipped);
    const path = '/fabric/v4/serviceTokens/13ab7dc7-c18e-4f73-aa35-fc3a83966e79';
    const token = (type: string) => ({
      uuid: '13ab7dc7-c18e-4f73-aa35-fc3a83966e79',
      notifications: [{ type, emails: [], phone: [{ type: 'MOBILE', number: '+14155550123' }] }],
    });
    expect(
      published.validateResponse('GET', path, 200, token('QUOTE_NOTIFICATIONS')).errors,
    ).toEqual([]);
    expect(published.validateResponse('GET', path, 200, token('FAX')).valid).toBe(false);
    expect(published.validateResponse('GET', path, 404, token('ALL')).errors[0]).toMatch(
      /not declared/,
    );
  });
});

describe.skipIf(!hasSamples)('Network Edge device schema', () => {
  it('accepts the real device list payload', () => {
    const page = readJson('ne-v1-devices.sample.json');
    expect(validateResponse('GET', '/ne/v1/devices?limit=100', 200, page).errors).toEqual([]);
  });

  it('accepts the real single device payload', () => {
    const device = readJson('ne-v1-device.sample.json') as { uuid: string };
    const result = validateResponse('GET', `/ne/v1/devices/${device.uuid}`, 200, device);
    expect(result.errors).toEqual([]);
  });
});

describe('contract validation helpers', () => {
  const tokenId = '13ab7dc7-c18e-4f73-aa35-fc3a83966e79';

  it('matches literal paths before templated ones', () => {
    expect(findOperation('POST', '/fabric/v4/serviceTokens/search')?.template).toBe(
      '/fabric/v4/serviceTokens/search',
    );
    expect(
      findOperation('GET', `https://api.equinix.com/fabric/v4/serviceTokens/${tokenId}`),
    ).toMatchObject({ template: '/fabric/v4/serviceTokens/{serviceTokenId}' });
  });

  it('validates error bodies and rejects undeclared statuses', () => {
    const notFound = [
      {
        errorCode: 'EQ-3034016',
        errorMessage: 'Service token not found',
        additionalInfo: [{ property: 'tokenUuid', reason: 'not found' }],
      },
    ];
    const path = `/fabric/v4/serviceTokens/${tokenId}`;
    expect(validateResponse('GET', path, 400, notFound).valid).toBe(true);
    expect(validateResponse('GET', path, 400, [{ errorCode: 'E1' }]).valid).toBe(false);
    expect(validateResponse('GET', path, 404, notFound).errors[0]).toMatch(/not declared/);
  });

  it('checks request bodies, including JSON Patch and readOnly fields', () => {
    const path = `/fabric/v4/serviceTokens/${tokenId}`;
    expect(validateRequest('PATCH', path, []).valid).toBe(false);
    const patch = [{ op: 'replace', path: '/name', value: 'renamed' }];
    expect(validateRequest('PATCH', path, patch).errors).toEqual([]);
    expect(validateRequest('POST', '/fabric/v4/ports/search', {}).valid).toBe(false);
  });

  it('requires readOnly fields in responses only', () => {
    const withoutHref = {
      ...{ uuid: tokenId, state: 'ACTIVE', changeLog: {}, type: 'EVPLAN', name: 'n' },
      ...{ scope: 'LOCAL', notifications: [{ type: 'ALL', emails: ['noc@example.com'] }] },
    };
    expect(validatorFor('Network', 'request')(withoutHref)).toBe(true);
    expect(validatorFor('Network', 'response')(withoutHref)).toBe(false);
    expect(validatorFor('Network')({ ...withoutHref, href: 'https://x.test/n' })).toBe(true);
  });
});
