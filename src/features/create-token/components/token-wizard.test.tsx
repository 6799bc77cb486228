import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { draftKey, loadDraft } from '../draft-storage';
import {
  chooseLocation,
  clickNext,
  renderWizard,
  selectMainProject,
  stepHeading,
} from '../test/render-wizard';

let projectId = '';
beforeEach(async () => {
  sessionStorage.clear();
  projectId = await selectMainProject();
});

async function basicDone() {
  const view = renderWizard();
  await chooseLocation(view.user, 'Silicon Valley');
  await view.user.click(await screen.findByRole('radio', { name: /SV5-CX-PRI-01/ }));
  await view.user.type(screen.getByRole('textbox', { name: 'VLAN ID' }), '1399');
  await clickNext(view.user);
  await stepHeading('Token details');
  return view;
}

describe('the wizard', () => {
  it('names the step in the URL, moves focus to the step heading and announces it', async () => {
    const { router } = await basicDone();
    expect(router.state.location.pathname).toBe(paths.create.href('details'));
    expect(screen.getByRole('heading', { level: 2, name: 'Token details' })).toHaveFocus();
    expect(screen.getByText('Step 2 of 3: Token details')).toBeInTheDocument();
    const progress = screen.getByRole('list', { name: 'Progress' });
    expect(within(progress).getByText('Token details').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(within(progress).getByText('Basic configuration').closest('li')).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('keeps every value on Back', async () => {
    const { user } = await basicDone();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await stepHeading('Basic configuration');
    expect(await screen.findByRole('textbox', { name: 'VLAN ID' })).toHaveValue('1399');
    expect(screen.getByRole('radio', { name: /SV5-CX-PRI-01/ })).toBeChecked();
  });

  it('follows the browser history between steps', async () => {
    const { router } = await basicDone();
    await router.navigate(-1);
    await stepHeading('Basic configuration');
    expect(await screen.findByRole('textbox', { name: 'VLAN ID' })).toHaveValue('1399');
  });

  it('sends a later step back to the first step that is not complete', async () => {
    const { router } = renderWizard('review');
    await stepHeading('Basic configuration');
    expect(router.state.location.pathname).toBe(paths.create.href('basic'));
  });

  it('keeps a draft that survives a reload, per project', async () => {
    const { unmount } = await basicDone();
    await waitFor(() => expect(loadDraft(projectId)?.vlanTag).toBe('1399'));
    unmount();
    const reloaded = renderWizard('details');
    await stepHeading('Token details');
    // Back on Basic configuration, the reloaded page still has every choice.
    await reloaded.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('textbox', { name: 'VLAN ID' })).toHaveValue('1399');
  });

  it('asks before Cancel throws the draft away', async () => {
    const { user, router } = await basicDone();
    await waitFor(() => expect(sessionStorage.getItem(draftKey(projectId))).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard this service token?' });
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(paths.create.href('details'));

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    await screen.findByText('Inventory page');
    expect(sessionStorage.getItem(draftKey(projectId))).toBeNull();
  });
});
