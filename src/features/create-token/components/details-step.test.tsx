import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveDraft } from '../draft-storage';
import { dateInputValue } from '../expiration';
import {
  clickNext,
  portNamed,
  renderWizard,
  selectMainProject,
  stepHeading,
} from '../test/render-wizard';
import { aSidePortValues, zSideDeviceValues } from '../test/wizard-test-values';
import type { WizardValues } from '../wizard-values';

let projectId = '';
beforeEach(async () => {
  sessionStorage.clear();
  projectId = await selectMainProject();
});

/** Opens Token details with Basic configuration already answered (as a draft would). */
async function detailsFor(values: Partial<WizardValues> = {}, portName = 'SV5-CX-PRI-01') {
  const port = await portNamed(portName);
  saveDraft(
    projectId,
    aSidePortValues({
      portUuid: port.uuid,
      portBandwidthCap: Math.min(port.availableBandwidth ?? 0, 50000),
      vlanTag: '1399',
      bandwidthLimit: null,
      emails: [],
      ...values,
    }),
  );
  const view = renderWizard('details');
  await stepHeading('Token details');
  await screen.findByLabelText(/Expiration date/);
  return view;
}

const dateField = () => screen.getByLabelText(/Expiration date/);

describe('Token details: expiration', () => {
  it('defaults to 90 days ahead, shown with "in 90 days", bounded by the date input', async () => {
    await detailsFor({ expirationDate: dateInputValue(90) });
    expect(dateField()).toHaveValue(dateInputValue(90));
    expect(dateField()).toHaveAttribute('min', dateInputValue(1));
    expect(dateField()).toHaveAttribute('max', dateInputValue(90));
    expect(dateField()).toHaveAccessibleDescription(/in 90 days$/);
  });

  it('offers quick picks of 7, 30, 60 and 90 days', async () => {
    const { user } = await detailsFor();
    await user.click(screen.getByRole('button', { name: '7 days' }));
    expect(dateField()).toHaveValue(dateInputValue(7));
    expect(screen.getByRole('button', { name: '7 days' })).toHaveAttribute('aria-pressed', 'true');
    expect(dateField()).toHaveAccessibleDescription(/in 7 days$/);
  });

  it.each([
    [0, 'The expiration must be after today'],
    [91, 'The expiration can be at most 90 days ahead'],
    [1, undefined],
    [90, undefined],
  ])('an expiration %i days ahead is %s', async (days, message) => {
    const { user } = await detailsFor({
      expirationDate: dateInputValue(days),
      bandwidthLimit: 1000,
      emails: ['noc@customer.example'],
    });
    await clickNext(user);
    if (message) {
      await waitFor(() => expect(dateField()).toHaveAccessibleDescription(message));
    } else {
      expect(await stepHeading('Review')).toBeInTheDocument();
    }
  });
});

describe('Token details: bandwidth', () => {
  it('offers an A-side limit up to what the port has available', async () => {
    await detailsFor({}, 'NY5-CX-PRI-01');
    const select = screen.getByRole('combobox', { name: /Connection bandwidth limit/ });
    // The empty placeholder option is hidden: only the offered speeds are options.
    const options = within(select).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      '50 Mbps',
      '200 Mbps',
      '500 Mbps',
    ]);
  });

  it('asks for a limit on the A-side', async () => {
    const { user } = await detailsFor({ emails: ['noc@customer.example'] });
    await clickNext(user);
    expect(await screen.findByText('Choose a bandwidth limit')).toBeInTheDocument();
  });

  it('offers Z-side speeds up to 10 Gbps for a virtual device, and wants at least one', async () => {
    saveDraft(
      projectId,
      zSideDeviceValues({ supportedBandwidths: [], emails: ['noc@customer.example'] }),
    );
    const { user } = renderWizard('details');
    const group = await screen.findByRole('group', { name: /Supported connection bandwidths/ });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['50 Mbps', '200 Mbps', '500 Mbps', '1 Gbps', '2 Gbps', '5 Gbps', '10 Gbps']);
    await clickNext(user);
    expect(await screen.findByText('Choose at least one bandwidth')).toBeInTheDocument();
    await user.click(within(group).getByRole('checkbox', { name: '10 Gbps' }));
    await clickNext(user);
    expect(await stepHeading('Review')).toBeInTheDocument();
  });
});

describe('Token details: recipients', () => {
  const emailField = () => screen.getByRole('textbox', { name: /Recipient email/ });

  it('adds addresses as chips with Enter, refuses invalid and duplicate ones, and keeps the text', async () => {
    const { user } = await detailsFor();
    await user.type(emailField(), 'noc@customer.example{Enter}');
    expect(screen.getByRole('button', { name: /noc@customer.example/ })).toBeInTheDocument();
    await user.type(emailField(), 'not-an-email{Enter}');
    expect(emailField()).toHaveValue('not-an-email');
    expect(emailField()).toHaveAccessibleDescription('not-an-email is not a valid email address');
    await user.clear(emailField());
    await user.type(emailField(), 'NOC@customer.example{Enter}');
    expect(emailField()).toHaveAccessibleDescription('NOC@customer.example is already a recipient');
  });

  it('takes 12 recipients, then disables Add and says why, and refuses a 13th', async () => {
    const eleven = Array.from({ length: 11 }, (_, n) => `user${n}@customer.example`);
    const { user } = await detailsFor({ emails: eleven });
    const addButton = screen.getByRole('button', { name: 'Add' });
    expect(addButton).toBeEnabled();
    expect(addButton).not.toHaveAccessibleDescription();
    await user.type(emailField(), 'user11@customer.example');
    await user.click(addButton);
    expect(screen.getAllByRole('button', { name: /@customer.example/ })).toHaveLength(12);
    expect(addButton).toBeDisabled();
    expect(addButton).toHaveAccessibleDescription('A token can have at most 12 recipients.');
    // The pressed button is disabled now: focus is back in the field, not lost.
    expect(emailField()).toHaveFocus();
    await user.type(emailField(), 'user12@customer.example{Enter}');
    expect(emailField()).toHaveAccessibleDescription(
      'You can send a token to at most 12 recipients',
    );
    expect(screen.getAllByRole('button', { name: /@customer.example/ })).toHaveLength(12);
  });

  it('keeps the focus in the field when tabbing to Add commits the twelfth address', async () => {
    const eleven = Array.from({ length: 11 }, (_, n) => `user${n}@customer.example`);
    const { user } = await detailsFor({ emails: eleven });
    await user.type(emailField(), 'user11@customer.example');
    await user.tab();
    expect(screen.getAllByRole('button', { name: /@customer.example/ })).toHaveLength(12);
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
    await waitFor(() => expect(emailField()).toHaveFocus());
  });

  it('removes a recipient with the Delete key, and asks for at least one', async () => {
    const { user } = await detailsFor({ emails: ['noc@customer.example'], bandwidthLimit: 1000 });
    const chip = screen.getByRole('button', { name: /noc@customer.example/ });
    chip.focus();
    await user.keyboard('{Delete}');
    expect(screen.queryByRole('button', { name: /noc@customer.example/ })).not.toBeInTheDocument();
    await clickNext(user);
    await waitFor(() =>
      expect(emailField()).toHaveAccessibleDescription('Add at least one recipient'),
    );
  });

  it('adds what is typed when the field is left, so Next does not lose it', async () => {
    const { user } = await detailsFor({ bandwidthLimit: 1000 });
    await user.type(emailField(), 'noc@customer.example');
    await clickNext(user);
    expect(await stepHeading('Review')).toBeInTheDocument();
  });
});
