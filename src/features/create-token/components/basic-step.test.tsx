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

const radio = (name: string | RegExp) => screen.getByRole('radio', { name });
const reasonOf = (name: RegExp) => {
  const description = radio(name).getAttribute('aria-describedby') ?? '';
  return document.getElementById(description)?.textContent;
};

async function pickPort(location: string, port: RegExp) {
  const view = renderWizard();
  await chooseLocation(view.user, location);
  await view.user.click(await screen.findByRole('radio', { name: port }));
  return view;
}

describe('Basic configuration: what can carry a token', () => {
  it('offers Port only for an A-side token, and Port, Virtual Device or Network for a Z-side one', async () => {
    const { user } = renderWizard();
    await stepHeading('Basic configuration');
    const assets = await screen.findByRole('radiogroup', { name: 'Asset type' });
    expect(
      within(assets)
        .getAllByRole('radio')
        .map((item) => item.getAttribute('value')),
    ).toEqual(['PORT']);
    await chooseRadio(user, 'Service token type', 'Z-side Connection Service Token');
    expect(
      within(assets)
        .getAllByRole('radio')
        .map((item) => item.getAttribute('value')),
    ).toEqual(['PORT', 'VD', 'NETWORK']);
  });

  it('lists the project ports of a location; those that cannot take a token are disabled with the reason', async () => {
    const { user } = renderWizard();
    await chooseLocation(user, 'Singapore');
    expect(await screen.findByRole('radio', { name: /SG2-CX-PRI-01/ })).toBeEnabled();
    expect(radio(/SG2-CX-PRI-02/)).toBeDisabled();
    expect(reasonOf(/SG2-CX-PRI-02/)).toContain('Not available: Port is PROVISIONING');
    // The lab project's Singapore port belongs to another project.
    expect(screen.queryByRole('radio', { name: /SG2-CX-PRI-03/ })).not.toBeInTheDocument();
  });

  it('asks for a location and a port before moving on', async () => {
    const { user } = renderWizard();
    await stepHeading('Basic configuration');
    await clickNext(user);
    expect(await screen.findByText('Select a location')).toBeInTheDocument();
    await chooseLocation(user, 'Silicon Valley');
    await clickNext(user);
    expect(await screen.findByText('Select a port')).toBeInTheDocument();
  });

  it('asks one VLAN ID on a Dot1q port, an S-tag and a C-tag on a QinQ port, nothing on an untagged one', async () => {
    const { user } = await pickPort('Silicon Valley', /SV5-CX-PRI-01/);
    expect(await screen.findByRole('textbox', { name: 'VLAN ID' })).toBeInTheDocument();
    await chooseLocation(user, 'Ashburn');
    await user.click(await screen.findByRole('radio', { name: /DC6-CX-PRI-01/ }));
    expect(screen.getByRole('textbox', { name: 'Outer Tag / S-tag' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Inner Tag / C-tag' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'VLAN ID' })).not.toBeInTheDocument();
    await chooseLocation(user, 'Dallas');
    await user.click(await screen.findByRole('radio', { name: /DA1-CX-PRI-01/ }));
    expect(screen.getByText(/This port is untagged/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Tag|VLAN/ })).not.toBeInTheDocument();
  });

  it.each([
    ['1', 'Must be between 2 and 4092'],
    ['4093', 'Must be between 2 and 4092'],
    ['', 'Enter a VLAN ID'],
    ['2', undefined],
    ['4092', undefined],
  ])('a VLAN ID of "%s" is %s', async (vlan, message) => {
    const { user } = await pickPort('Silicon Valley', /SV5-CX-PRI-01/);
    const field = await screen.findByRole('textbox', { name: 'VLAN ID' });
    if (vlan) await user.type(field, vlan);
    await clickNext(user);
    if (message) {
      await waitFor(() => expect(field).toHaveAccessibleDescription(message));
      expect(field).toHaveFocus();
      expect(
        screen.getByRole('heading', { level: 2, name: 'Basic configuration' }),
      ).toBeInTheDocument();
    } else {
      expect(await stepHeading('Token details')).toBeInTheDocument();
    }
  });

  it('refuses a VLAN already in use on the port, naming what holds it', async () => {
    const { user } = await pickPort('Silicon Valley', /SV5-CX-PRI-01/);
    const field = await screen.findByRole('textbox', { name: 'VLAN ID' });
    await user.type(field, '100');
    await clickNext(user);
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(/^VLAN 100 is already in use by connection /),
    );
    expect(
      screen.getByRole('heading', { level: 2, name: 'Basic configuration' }),
    ).toBeInTheDocument();
  });

  it('refuses an S-tag/C-tag pair held by another token', async () => {
    const { user } = await pickPort('Ashburn', /DC6-CX-PRI-01/);
    await user.type(screen.getByRole('textbox', { name: 'Outer Tag / S-tag' }), '300');
    await user.type(screen.getByRole('textbox', { name: 'Inner Tag / C-tag' }), '30');
    await clickNext(user);
    await waitFor(() =>
      expect(
        screen.getByRole('textbox', { name: 'Outer Tag / S-tag' }),
      ).toHaveAccessibleDescription(/^S-tag 300 with C-tag 30 is already in use by service token /),
    );
  });

  it('refuses an untagged port that a token already holds', async () => {
    const { user } = await pickPort('Dallas', /DA1-CX-PRI-02/);
    await clickNext(user);
    expect(
      await screen.findByText(/This port is already in use by service token /),
    ).toBeInTheDocument();
  });

  it('keeps "Allow a remote connection" ticked by default', async () => {
    await pickPort('Silicon Valley', /SV5-CX-PRI-01/);
    expect(
      screen.getByRole('checkbox', { name: 'Allow a remote connection to be created' }),
    ).toBeChecked();
  });
});
