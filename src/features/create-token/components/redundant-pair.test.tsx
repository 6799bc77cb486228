import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { answers as apiAnswers } from '@/api/answers';
import { api, unwrap } from '@/api/client';
import type { NeDevice } from '@/api/types';
import { saveDraft } from '../draft-storage';
import { clickNext, renderWizard, selectMainProject, stepHeading } from '../test/render-wizard';
import { toServiceTokenRequest } from '../to-service-token-request';
import { wizardSchema } from '../wizard-schema';
import { zSideDeviceValues } from '../test/wizard-test-values';

let projectId = '';
beforeEach(async () => {
  sessionStorage.clear();
  projectId = await selectMainProject();
});

async function deviceNamed(name: string): Promise<NeDevice> {
  const page = await unwrap(
    api.GET('/ne/v1/devices', { params: { query: { limit: 100 } } }),
    apiAnswers.listDevices,
  );
  const device = page.data.find((candidate) => candidate.name === name);
  if (!device) throw new Error(`The demo has no device ${name}`);
  return device;
}

const freeInterfaces = (device: NeDevice) =>
  device.interfaces
    .filter((item) => item.type === 'DATA' && item.status === 'AVAILABLE')
    .map((item) => item.id);

describe('a redundant pair', () => {
  it('creates the primary, reports it when the secondary fails, and then creates only the secondary', async () => {
    const primary = await deviceNamed('dc-pa-vm-ha-pri');
    const secondary = await deviceNamed('dc-pa-vm-ha-sec');
    const [primaryInterface] = freeInterfaces(primary);
    const [secondaryInterface, spareInterface] = freeInterfaces(secondary);
    const answers = zSideDeviceValues({
      metroCode: 'DC',
      deviceMode: 'REDUNDANT',
      deviceUuid: primary.uuid,
      secondaryDeviceUuid: secondary.uuid,
      interfaceMode: 'MANUAL',
      interfaceId: String(primaryInterface),
      secondaryInterfaceId: String(secondaryInterface),
      name: 'Pair',
    });
    saveDraft(projectId, answers);
    const { user } = renderWizard('review');
    await stepHeading('Review');
    const create = await screen.findByRole('button', { name: 'Create Service Token' });
    await waitFor(() => expect(create).toBeEnabled());

    // Someone reserves the secondary's interface after the dry run.
    const [, secondaryRequest] = toServiceTokenRequest(wizardSchema.parse(answers), {
      projectId,
      now: new Date(),
    });
    await unwrap(
      api.POST('/fabric/v4/serviceTokens', { body: { ...secondaryRequest, name: 'Taken' } }),
      apiAnswers.createServiceToken,
    );
    await user.click(create);

    const warning = await screen.findByText(
      /^The primary token .* was created\. The secondary token was not/,
    );
    const pair = await unwrap(
      api.POST('/fabric/v4/serviceTokens/search', {
        body: { filter: { and: [{ property: '/name', operator: '=', values: ['Pair'] }] } },
      }),
      apiAnswers.searchServiceTokens,
    );
    expect(pair.data).toHaveLength(1);
    expect(warning).toHaveTextContent(pair.data?.[0]?.uuid ?? 'missing');
    const fix = screen.getByRole('link', { name: 'Fix on Basic configuration' });
    expect(fix.closest('li')).toHaveTextContent(/^Secondary interface: /);

    await user.click(fix);
    await stepHeading('Basic configuration');
    const picker = await screen.findByRole('radiogroup', { name: /\(secondary\)$/ });
    await user.click(
      within(picker).getByRole('radio', { name: new RegExp(`^Interface ${spareInterface}\\b`) }),
    );
    await clickNext(user);
    await stepHeading('Token details');
    await clickNext(user);
    await stepHeading('Review');
    const secondaryOnly = await screen.findByRole('button', { name: 'Create the secondary token' });
    await waitFor(() => expect(secondaryOnly).toBeEnabled());
    await user.click(secondaryOnly);

    await screen.findByRole('heading', { level: 1, name: 'Service Tokens Created' });
    const after = await unwrap(
      api.POST('/fabric/v4/serviceTokens/search', {
        body: { filter: { and: [{ property: '/name', operator: '=', values: ['Pair'] }] } },
      }),
      apiAnswers.searchServiceTokens,
    );
    // Exactly one primary and one secondary: the primary was not created twice.
    expect(after.data).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Primary token' })).toHaveTextContent(
      pair.data?.[0]?.uuid ?? '',
    );
  });
});
