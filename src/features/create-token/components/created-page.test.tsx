import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { answers } from '@/api/answers';
import { api, unwrap } from '@/api/client';
import { paths } from '@/config/paths';
import { renderWizard, selectMainProject } from '../test/render-wizard';

beforeEach(async () => {
  sessionStorage.clear();
  await selectMainProject();
});

async function anInactiveToken() {
  const page = await unwrap(
    api.POST('/fabric/v4/serviceTokens/search', {
      body: {
        filter: { and: [{ property: '/state', operator: '=', values: ['INACTIVE'] }] },
        pagination: { offset: 0, limit: 1 },
      },
    }),
    answers.searchServiceTokens,
  );
  const token = page.data?.[0];
  if (!token?.uuid) throw new Error('The demo seed has no INACTIVE token');
  return token;
}

describe('Service Token Created', () => {
  it('reads the token again from the URL after a reload, and copies it', async () => {
    const token = await anInactiveToken();
    const { user } = renderWizard(`${paths.create.href('created')}?token=${token.uuid}`);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Service Token Created' });
    // The page's code arrives on its own, so focus moves in the commit after it is shown.
    await waitFor(() => expect(heading).toHaveFocus());
    const card = screen.getByRole('region', { name: 'Your service token' });
    expect(card).toHaveTextContent(token.uuid ?? '');
    const recipients = token.notifications?.[0]?.emails ?? [];
    expect(await within(card).findByText(recipients.join(', '))).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Copy token' }));
    expect(await navigator.clipboard.readText()).toBe(token.uuid);
    expect(within(card).getByRole('button', { name: 'Copied' })).toBeInTheDocument();

    expect(within(card).getByRole('link', { name: 'View this token' })).toHaveAttribute(
      'href',
      paths.details.href(token.uuid ?? ''),
    );
    expect(screen.getByRole('link', { name: 'View the inventory' })).toHaveAttribute(
      'href',
      paths.inventory.href(),
    );
    expect(screen.getByRole('link', { name: 'Create another token' })).toHaveAttribute(
      'href',
      paths.create.href('basic'),
    );
  });

  it('shows both tokens of a redundant pair', async () => {
    const first = await anInactiveToken();
    const tokens = await unwrap(
      api.GET('/fabric/v4/serviceTokens', { params: { query: { offset: 0, limit: 5 } } }),
      answers.listServiceTokens,
    );
    const second = tokens.data?.find((token) => token.uuid && token.uuid !== first.uuid);
    renderWizard(`${paths.create.href('created')}?token=${first.uuid}&token=${second?.uuid}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Service Tokens Created' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Primary token' })).toHaveTextContent(
      first.uuid ?? '',
    );
    expect(screen.getByRole('region', { name: 'Secondary token' })).toHaveTextContent(
      second?.uuid ?? '',
    );
  });

  it('sends a visit without a token back to the start', async () => {
    const { router } = renderWizard('created');
    await screen.findByRole('heading', { level: 2, name: 'Basic configuration' });
    expect(router.state.location.pathname).toBe(paths.create.href('basic'));
  });
});
