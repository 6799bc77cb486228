import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRequest } from '../contract/contract-schema';
import { formFieldOf } from '@/features/create-token/server-field-map';
import { toServiceTokenRequest } from '@/features/create-token/to-service-token-request';
import { wizardSchema } from '@/features/create-token/wizard-schema';
import { wizardFieldLabel, type WizardField } from '@/features/create-token/wizard-values';
import { isValidEmail } from '@/lib/token-rules';
import { loadDemoAssets, type DemoAssets } from './demo-assets';
import { dryRunCreate, namedProperties } from './demo-requests';
import { invalidWizardCase, malformedEmail } from './invalid-wizard-input';
import { edit, toJson } from './json-edit';
import { loadReferenceCreateValidator } from './reference-spec';
import { unsentRequestCase } from './unsent-request-input';
import { validEmail, validWizardCase, type WizardCase } from './valid-wizard-input';

/**
 * Bad input, generated: every invalid wizard input is refused by the form's schema AND by the
 * demo backend, each naming the same field; every valid one is accepted by both, and what it sends
 * is valid for the published API. Replay a failure with FC_SEED=<seed printed by fast-check>.
 */
const seed = Number(process.env.FC_SEED ?? 7_2025);
const runs = (count: number) => ({ seed, numRuns: count, endOnFailure: true });
const errorCode = /^EQ-\d{7}$/;

let assets: DemoAssets;
const tally = new Map<string, number>();
beforeAll(async () => {
  assets = await loadDemoAssets();
});

function requestsOf(valid: WizardCase, now: Date) {
  const parsed = wizardSchema.safeParse(valid.values);
  if (!parsed.success) {
    throw new Error(`a valid case was refused: ${JSON.stringify(parsed.error.issues)}`);
  }
  return toServiceTokenRequest(parsed.data, { projectId: valid.projectId, now });
}

describe('wizard input, generated', { timeout: 60_000 }, () => {
  it('accepts valid input in the form and the demo backend, and sends what the published API accepts', async () => {
    const reference = loadReferenceCreateValidator();
    if ('skipped' in reference) console.info(`Published-spec check skipped: ${reference.skipped}`);
    await fc.assert(
      fc.asyncProperty(validWizardCase(assets, new Date()), async (valid) => {
        const requests = requestsOf(valid, new Date());
        expect(requests).toHaveLength(
          valid.values.deviceMode === 'REDUNDANT' && valid.kind === 'device' ? 2 : 1,
        );
        for (const request of requests) {
          if (!('skipped' in reference)) expect(reference(request), 'published spec').toEqual([]);
          expect(validateRequest('post', '/fabric/v4/serviceTokens', request).errors).toEqual([]);
          const answer = await dryRunCreate(request);
          expect(answer.status, JSON.stringify(answer)).toBe(200);
        }
      }),
      runs(300),
    );
  });

  it('refuses each invalid input in the form and in the demo backend, both naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(invalidWizardCase(validWizardCase(assets, new Date())), async (bad) => {
        tally.set(bad.mutation, (tally.get(bad.mutation) ?? 0) + 1);
        const expected = wizardFieldLabel(bad.field);

        const form = wizardSchema.safeParse(bad.input);
        expect(form.success, `the form accepted ${bad.mutation}`).toBe(false);
        const issues = form.error?.issues ?? [];
        const named = issues.filter((issue) => issue.path[0] === bad.field);
        expect(named.length, `${bad.mutation}: ${JSON.stringify(issues)}`).toBeGreaterThan(0);
        expect(named[0]?.message.trim()).not.toBe('');

        const now = new Date();
        const requests = requestsOf(bad.base, now).map(toJson);
        const answer = await dryRunCreate(bad.request(requests, now));
        expect(answer.status, `the demo backend accepted ${bad.mutation}`).toBe(400);
        const errors = 'errors' in answer ? answer.errors : [];
        expect(errors.filter((entry) => !errorCode.test(entry.errorCode))).toEqual([]);
        const context = { requestIndex: bad.requestIndex, values: bad.base.values };
        const fields = namedProperties(errors).map((property) => {
          const field: WizardField | undefined = formFieldOf(property, context);
          return field && wizardFieldLabel(field);
        });
        expect(fields, `${bad.mutation}: ${JSON.stringify(errors)}`).toContain(expected);
      }),
      runs(1000),
    );
    console.info(`Invalid inputs per mutation (seed ${seed}):`, Object.fromEntries(tally));
  });

  it('refuses in the demo backend what the form never sends, naming the property', async () => {
    await fc.assert(
      fc.asyncProperty(unsentRequestCase(validWizardCase(assets, new Date())), async (bad) => {
        const [request] = requestsOf(bad.base, new Date()).map(toJson);
        if (request === undefined) throw new Error('the mapping built no request');
        const answer = await dryRunCreate(bad.request(request));
        expect(answer.status, `the demo backend accepted ${bad.mistake}`).toBe(400);
        const errors = 'errors' in answer ? answer.errors : [];
        expect(namedProperties(errors), bad.mistake).toContain(bad.property);
      }),
      runs(300),
    );
  });

  it('agrees with the demo backend on which recipient addresses are valid', async () => {
    const addresses = fc.oneof(
      validEmail,
      malformedEmail,
      fc.emailAddress(),
      // Edge cases of the local part where the WHATWG grammar is looser than RFC 5322.
      fc
        .tuple(validEmail, fc.constantFrom('.', '..'))
        .map(([email, dots]) => email.replace('@', `${dots}@`)),
    );
    const base = await fc.sample(validWizardCase(assets, new Date()), { seed, numRuns: 1 })[0];
    if (!base) throw new Error('no valid case');
    const [request] = requestsOf(base, new Date()).map(toJson);
    if (request === undefined) throw new Error('the mapping built no request');
    await fc.assert(
      fc.asyncProperty(addresses, async (email) => {
        const answer = await dryRunCreate(edit(request, '/notifications/0/emails', [email]));
        expect(
          answer.status === 200,
          `${email}: form ${isValidEmail(email)}, server ${answer.status}`,
        ).toBe(isValidEmail(email));
      }),
      runs(300),
    );
  });
});
