import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { demoApi } from '@/lib/demo-api';
import { formatDateTime } from '@/lib/format';
import { DemoControls } from './demo-controls';

const day = 86_400_000;

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

async function openControls() {
  const queryClient = createQueryClient();
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={queryClient}>
      <DemoControls />
    </QueryClientProvider>,
  );
  await user.click(screen.getByRole('button', { name: 'Demo controls' }));
  // The drawer is a lazy chunk; the first import in a test run compiles it.
  const drawer = await screen.findByRole('dialog', { name: 'Demo controls' }, { timeout: 15_000 });
  return { user, drawer, invalidate };
}

/** The value shown for a term of the status list ("Demo clock", "Service tokens", "Data set"). */
function statusValue(drawer: HTMLElement, term: string) {
  const list = within(drawer).getByLabelText('Demo backend status');
  const dt = within(list).getByText(term);
  return dt.nextElementSibling?.textContent ?? '';
}

describe('DemoControls', { timeout: 30_000 }, () => {
  it('shows the demo clock and token count, and closes on Escape with focus back on the button', async () => {
    const state = await demoApi.state();
    const { user, drawer } = await openControls();
    await waitFor(() =>
      expect(statusValue(drawer, 'Service tokens')).toBe(state.tokenCount.toLocaleString()),
    );
    expect(statusValue(drawer, 'Demo clock')).toBe(formatDateTime(state.now));

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Demo controls' })).toHaveFocus();
  });

  it('loads a 1,000-token data set and makes every screen refetch', async () => {
    const { user, drawer, invalidate } = await openControls();
    await user.click(await within(drawer).findByRole('combobox', { name: 'Seed size' }));
    await user.click(screen.getByRole('option', { name: '1,000 tokens' }));
    await user.click(within(drawer).getByRole('button', { name: 'Load data set' }));

    await waitFor(() =>
      expect(statusValue(drawer, 'Service tokens')).toBe((1000).toLocaleString()),
    );
    expect(within(drawer).getByRole('status')).toHaveTextContent('Loaded 1,000 tokens data set.');
    expect((await demoApi.state()).seedSize).toBe(1000);
    expect(invalidate).toHaveBeenCalledWith();
  });

  it('resets the data set, the clock and the settings', async () => {
    await demoApi.advanceClock({ advanceDays: 5 });
    await demoApi.settings({ latency: 'slow', role: 'READ_ONLY' });
    const { user, drawer, invalidate } = await openControls();
    await user.click(await within(drawer).findByRole('button', { name: 'Reset demo data' }));

    await waitFor(() =>
      expect(within(drawer).getByRole('status')).toHaveTextContent(
        'Demo data reset: a fresh standard data set.',
      ),
    );
    const state = await demoApi.state();
    expect(Math.abs(Date.parse(state.now) - Date.now())).toBeLessThan(60_000);
    expect(state).toMatchObject({ latency: 'none', role: 'FABRIC_MANAGER', seedSize: 'standard' });
    expect(within(drawer).getByRole('radio', { name: 'None' })).toBeChecked();
    expect(within(drawer).getByRole('radio', { name: 'Fabric Manager' })).toBeChecked();
    expect(invalidate).toHaveBeenCalledWith();
  });

  it('moves the demo clock forward by days', async () => {
    const before = await demoApi.state();
    const { user, drawer } = await openControls();
    const amount = await within(drawer).findByRole('textbox', { name: 'Move forward by' });
    await user.clear(amount);
    await user.type(amount, '2');
    await user.click(within(drawer).getByRole('button', { name: 'Move clock forward' }));

    await waitFor(() => expect(within(drawer).getByRole('status')).toHaveTextContent('by 2 days'));
    const after = await demoApi.state();
    expect(Date.parse(after.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(2 * day);
    expect(Date.parse(after.now) - Date.parse(before.now)).toBeLessThan(2 * day + 60_000);
    expect(statusValue(drawer, 'Demo clock')).toBe(formatDateTime(after.now));
  });

  it('refuses a clock amount that is not a whole number, beside the field, keeping what was typed', async () => {
    const before = await demoApi.state();
    const { user, drawer } = await openControls();
    const amount = await within(drawer).findByRole('textbox', { name: 'Move forward by' });
    await user.clear(amount);
    await user.type(amount, '1.5');
    await user.click(within(drawer).getByRole('button', { name: 'Move clock forward' }));

    expect(amount).toHaveAccessibleDescription('Enter a whole number.');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveValue('1.5');
    expect(Date.parse((await demoApi.state()).now) - Date.parse(before.now)).toBeLessThan(60_000);
  });

  it.each([
    ['0', 'Move the clock forward by at least 1.'],
    ['367', 'At most 366 days at a time.'],
  ])('refuses %s days beside the field', async (typed, message) => {
    const { user, drawer } = await openControls();
    const amount = await within(drawer).findByRole('textbox', { name: 'Move forward by' });
    await user.clear(amount);
    await user.type(amount, typed);
    await user.click(within(drawer).getByRole('button', { name: 'Move clock forward' }));
    expect(amount).toHaveAccessibleDescription(message);
  });

  it('sets latency, server errors, offline and the role on the demo backend', async () => {
    const { user, drawer } = await openControls();
    await user.click(await within(drawer).findByRole('radio', { name: 'Slow (3 s)' }));
    await waitFor(async () => expect((await demoApi.state()).latency).toBe('slow'));

    await user.click(within(drawer).getByRole('combobox', { name: 'Server errors (5xx)' }));
    await user.click(screen.getByRole('option', { name: '25% of requests' }));
    await waitFor(async () => expect((await demoApi.state()).failureRate).toBe(0.25));

    await user.click(within(drawer).getByRole('switch', { name: /Offline/ }));
    await waitFor(async () => expect((await demoApi.state()).offline).toBe(true));

    await user.click(within(drawer).getByRole('radio', { name: 'Read-only' }));
    await waitFor(async () => expect((await demoApi.state()).role).toBe('READ_ONLY'));
    await waitFor(() =>
      expect(within(drawer).getByRole('radio', { name: 'Read-only' })).toBeChecked(),
    );
    expect(within(drawer).getByRole('status')).toHaveTextContent('You now act as Read-only.');
  });
});
