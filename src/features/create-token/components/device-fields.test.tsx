import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  chooseLocation,
  chooseRadio,
  clickNext,
  renderWizard,
  selectMainProject,
  stepHeading,
} from '../test/render-wizard';

beforeEach(async () => {
  sessionStorage.clear();
  await selectMainProject();
});

async function deviceWizard(location: string) {
  const view = renderWizard();
  await chooseRadio(view.user, 'Service token type', 'Z-side Connection Service Token');
  await chooseRadio(view.user, 'Asset type', 'Virtual Device');
  await chooseLocation(view.user, location);
  return view;
}

/** The demo's generated tokens hold some interfaces too: take the first one still free. */
const firstFree = (picker: HTMLElement) => {
  const free = within(picker)
    .getAllByRole('radio')
    .find((radio) => !(radio as HTMLInputElement).disabled);
  if (!free) throw new Error('No free interface on this device');
  return free;
};

const reasonOf = (radio: HTMLElement) =>
  document.getElementById(radio.getAttribute('aria-describedby') ?? '')?.textContent;

describe('Basic configuration: virtual devices', () => {
  it('offers PROVISIONED devices; the others are disabled with their status or lack of interfaces', async () => {
    const { user } = await deviceWizard('Singapore');
    const provisioning = await screen.findByRole('radio', { name: 'sg-vsrx-01' });
    expect(provisioning).toBeDisabled();
    expect(reasonOf(provisioning)).toContain('Not available: Device is PROVISIONING');
    await chooseLocation(user, 'London');
    const full = await screen.findByRole('radio', { name: 'ld-c8000v-full' });
    expect(full).toBeDisabled();
    expect(reasonOf(full)).toContain('Not available: No free data interface');
    await chooseLocation(user, 'Silicon Valley');
    expect(await screen.findByRole('radio', { name: 'sv-csr1000v-01' })).toBeEnabled();
    // The lab project's device in the same metro is not offered.
    expect(screen.queryByRole('radio', { name: 'sv-lab-csr1000v' })).not.toBeInTheDocument();
  });

  it('lists the interfaces of a device: available data interfaces selectable, the rest disabled with their status', async () => {
    const { user } = await deviceWizard('Silicon Valley');
    await user.click(await screen.findByRole('radio', { name: 'sv-csr1000v-01' }));
    await chooseRadio(user, 'Interface selection', 'I will select an interface on my device');
    const picker = await screen.findByRole('radiogroup', { name: 'Interface on sv-csr1000v-01' });
    const management = within(picker).getByRole('radio', { name: /^Interface 1\b/ });
    expect(management).toBeDisabled();
    expect(reasonOf(management)).toContain('Management interface');
    const assigned = within(picker).getByRole('radio', { name: /^Interface 3\b/ });
    expect(assigned).toBeDisabled();
    expect(reasonOf(assigned)).toContain('ASSIGNED');
    const reserved = within(picker).getByRole('radio', { name: /^Interface 4\b/ });
    expect(reserved).toBeDisabled();
    expect(reasonOf(reserved)).toContain('RESERVED');

    await clickNext(user);
    expect(await screen.findByText('Select an interface')).toBeInTheDocument();
    await user.click(firstFree(picker));
    await clickNext(user);
    expect(await stepHeading('Token details')).toBeInTheDocument();
  });

  it('offers redundant pairs, and asks one interface per device of the pair', async () => {
    const { user } = await deviceWizard('Ashburn');
    await chooseRadio(user, 'Virtual device type', 'Redundant Devices');
    await user.click(
      await screen.findByRole('radio', { name: 'dc-pa-vm-ha-pri + dc-pa-vm-ha-sec' }),
    );
    await chooseRadio(user, 'Interface selection', 'I will select an interface on my device');
    const primary = await screen.findByRole('radiogroup', {
      name: 'Interface on dc-pa-vm-ha-pri (primary)',
    });
    const secondary = await screen.findByRole('radiogroup', {
      name: 'Interface on dc-pa-vm-ha-sec (secondary)',
    });
    await user.click(firstFree(primary));
    await clickNext(user);
    expect(
      await screen.findByText('Select an interface on the secondary device'),
    ).toBeInTheDocument();
    await user.click(firstFree(secondary));
    await clickNext(user);
    expect(await stepHeading('Token details')).toBeInTheDocument();
  });

  it('asks for a device before moving on', async () => {
    const { user } = await deviceWizard('Silicon Valley');
    await screen.findByRole('radio', { name: 'sv-csr1000v-01' });
    await clickNext(user);
    await waitFor(() => expect(screen.getByText('Select a device')).toBeInTheDocument());
  });
});

describe('Basic configuration: networks', () => {
  it('offers the project ACTIVE networks; inactive ones are disabled with their state', async () => {
    const { user } = renderWizard();
    await chooseRadio(user, 'Service token type', 'Z-side Connection Service Token');
    await chooseRadio(user, 'Asset type', 'Network');
    const retired = await screen.findByRole('radio', { name: 'evplan-retired' });
    expect(retired).toBeDisabled();
    expect(reasonOf(retired)).toContain('Network is INACTIVE');
    expect(screen.queryByRole('radio', { name: 'evplan-apac-lab' })).not.toBeInTheDocument();
    await clickNext(user);
    expect(await screen.findByText('Select a network')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'eplan-amer-regional' }));
    await clickNext(user);
    expect(await stepHeading('Token details')).toBeInTheDocument();
  });
});
