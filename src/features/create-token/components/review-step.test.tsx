import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { answers as apiAnswers } from '@/api/answers';
import { api, unwrap } from '@/api/client';
import { draftKey, saveDraft } from '../draft-storage';
import { portNamed, renderWizard, selectMainProject, stepHeading } from '../test/render-wizard';
import { toServiceTokenRequest } from '../to-service-token-request';
import { wizardSchema } from '../wizard-schema';
import { aSidePortValues } from '../test/wizard-test-values';
import type { WizardValues } from '../wizard-values';

let projectId = '';
beforeEach(async () => {
  sessionStorage.clear();
  projectId = await selectMainProject();
});

/** Opens Review with both earlier steps answered for an A-side token on the SV primary port. */
async function reviewFor(values: Partial<WizardValues> = {}) {
  const port = await portNamed('SV5-CX-PRI-01');
  const answers = aSidePortValues({
    portUuid: port.uuid,
    vlanTag: '1399',
    name: 'Review test',
    ...values,
  });
  saveDraft(projectId, answers);
  const view = renderWizard('review');
  await stepHeading('Review');
  // The review's code loads on its own (it is not needed to start a token).
  await screen.findByRole('region', { name: 'Basic configuration' });
  return { ...view, answers };
}

/** The demo backend's control endpoint (not part of the API, so not in the typed client). */
async function demoSettings(settings: object) {
  const response = await fetch(`${window.location.origin}/__demo/settings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(settings),
  });
  expect(response.ok).toBe(true);
}

const createButton = () => screen.getByRole('button', { name: 'Create Service Token' });

async function tokensNamed(name: string) {
  const page = await unwrap(
    api.POST('/fabric/v4/serviceTokens/search', {
      body: { filter: { and: [{ property: '/name', operator: '=', values: [name] }] } },
    }),
    apiAnswers.searchServiceTokens,
  );
  return page.data ?? [];
}

describe('Review', () => {
  it('groups every choice by step, each group with an Edit link to its step', async () => {
    await reviewFor();
    const basic = screen.getByRole('region', { name: 'Basic configuration' });
    expect(basic).toHaveTextContent('A-side Connection Service Token');
    expect(basic).toHaveTextContent('VLAN ID 1399');
    expect(within(basic).getByRole('link', { name: 'Edit basic configuration' })).toHaveAttribute(
      'href',
      '/service-tokens/create/basic',
    );
    const details = screen.getByRole('region', { name: 'Token details' });
    expect(details).toHaveTextContent('1 Gbps');
    expect(details).toHaveTextContent('noc@customer.example');
    expect(within(details).getByRole('link', { name: 'Edit token details' })).toHaveAttribute(
      'href',
      '/service-tokens/create/details',
    );
  });

  it('shows the exact request, and the same as cURL and Terraform', async () => {
    const { user, answers } = await reviewFor();
    const shown = screen.getByLabelText('JSON request').textContent ?? '';
    const expected = toServiceTokenRequest(wizardSchema.parse(answers), {
      projectId,
      now: new Date(),
    })[0];
    const parsed = JSON.parse(shown);
    expect({ ...parsed, expirationDateTime: 'x' }).toEqual({
      ...expected,
      expirationDateTime: 'x',
    });
    await user.click(screen.getByRole('button', { name: 'cURL' }));
    expect(screen.getByLabelText('cURL command')).toHaveTextContent(/^curl -X POST/);
    expect(screen.getByLabelText('cURL command')).toHaveTextContent('Bearer $TOKEN');
    await user.click(screen.getByRole('button', { name: 'Terraform' }));
    expect(screen.getByLabelText('Terraform resource')).toHaveTextContent(
      'resource "equinix_fabric_service_token"',
    );
    await user.click(screen.getByRole('button', { name: 'Copy Terraform resource' }));
    expect(await navigator.clipboard.readText()).toContain('equinix_fabric_service_token');
  });

  it('enables Create only once the server accepted the request in a dry run', async () => {
    await demoSettings({
      failNext: { method: 'POST', pathPattern: '/fabric/v4/serviceTokens', status: 500 },
    });
    const { user } = await reviewFor();
    expect(await screen.findByRole('alert')).toHaveTextContent('The request could not be checked');
    expect(createButton()).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Validate again' }));
    expect(await screen.findByText(/The server accepted this request/)).toBeInTheDocument();
    expect(createButton()).toBeEnabled();
  });

  it('creates exactly one token on a double click, then shows it and forgets the draft', async () => {
    const { user, router } = await reviewFor({ name: 'Double click' });
    await waitFor(() => expect(createButton()).toBeEnabled());
    await user.dblClick(createButton());
    await screen.findByRole('heading', { level: 1, name: 'Service Token Created' });
    expect(await tokensNamed('Double click')).toHaveLength(1);
    const [token] = await tokensNamed('Double click');
    expect(router.state.location.search).toBe(`?token=${token?.uuid}`);
    expect(token?.state).toBe('INACTIVE');
    expect(sessionStorage.getItem(draftKey(projectId))).toBeNull();
  });

  it('puts a server refusal beside the field it names, with a link to its step, and keeps every value', async () => {
    const { user, answers } = await reviewFor();
    await waitFor(() => expect(createButton()).toBeEnabled());
    // Someone takes the VLAN between the dry run and the create.
    const [request] = toServiceTokenRequest(wizardSchema.parse(answers), {
      projectId,
      now: new Date(),
    });
    await unwrap(
      api.POST('/fabric/v4/serviceTokens', { body: { ...request, name: 'Faster' } }),
      apiAnswers.createServiceToken,
    );

    await user.click(createButton());
    const fix = await screen.findByRole('link', { name: 'Fix on Basic configuration' });
    expect(fix.closest('li')).toHaveTextContent(/^VLAN ID: VLAN 1399 is already in use/);
    expect(createButton()).toBeDisabled();

    await user.click(fix);
    await stepHeading('Basic configuration');
    const field = await screen.findByRole('textbox', { name: 'VLAN ID' });
    expect(field).toHaveValue('1399');
    expect(field).toHaveAccessibleDescription(/VLAN 1399 is already in use/);
  });

  it('says when the service cannot be reached, keeps everything, and offers a retry', async () => {
    const { user } = await reviewFor({ name: 'Offline' });
    await waitFor(() => expect(createButton()).toBeEnabled());
    await demoSettings({ offline: true });
    await user.click(createButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The service token was not created');
    await demoSettings({ offline: false });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await screen.findByRole('heading', { level: 1, name: 'Service Token Created' });
    expect(await tokensNamed('Offline')).toHaveLength(1);
  });
});
