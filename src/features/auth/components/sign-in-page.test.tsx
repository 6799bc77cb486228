import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { answers } from '@/api/answers';
import { api, unwrap } from '@/api/client';
import { createQueryClient } from '@/api/query-client';
import { session } from '@/api/session';
import { demoApi } from '@/lib/demo-api';
import { SignInPage } from './sign-in-page';

afterEach(cleanup);

const readTokens = () =>
  unwrap(
    api.GET('/fabric/v4/serviceTokens', { params: { query: { offset: 0, limit: 1 } } }),
    answers.listServiceTokens,
  );

function renderAt(url: string) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/service-tokens/create/details" element={<p>Back in the wizard</p>} />
          <Route path="/service-tokens" element={<p>Inventory</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return userEvent.setup({ delay: null });
}

// Tests run in demo mode (vite.config.ts); live mode's form has its own tests.
describe('SignInPage in demo mode', { timeout: 20_000 }, () => {
  it('renews the expired demo session and returns to where the user was', async () => {
    await demoApi.expireSession();
    const user = renderAt('/sign-in?returnTo=%2Fservice-tokens%2Fcreate%2Fdetails');
    expect(
      screen.getByRole('heading', { name: 'Your demo session has expired' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));

    expect(await screen.findByText('Back in the wizard')).toBeInTheDocument();
    expect(session.bearer()).toMatch(/^demo-session-/);
    // The page's client now carries the new bearer, and the demo backend accepts it.
    await expect(readTokens()).resolves.toMatchObject({ data: expect.any(Array) });
  });

  it('never follows a returnTo that leaves the site', async () => {
    await demoApi.expireSession();
    const user = renderAt('/sign-in?returnTo=%2F%2Fevil.example%2Fphish');
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByText('Inventory')).toBeInTheDocument();
  });
});
