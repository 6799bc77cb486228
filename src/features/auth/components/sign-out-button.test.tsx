import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import type { BffSessionStatus } from '../api/bff-session';
import { fakeBffSession } from '../testing/fake-bff-session';
import { SignOutButton } from './sign-out-button';

afterEach(cleanup);

const signedIn: BffSessionStatus = {
  signedIn: true,
  source: 'session',
  clientId: 'my-client',
  apiBaseUrl: 'https://api.equinix.com',
  defaultApiBaseUrl: 'https://api.equinix.com',
  allowedApiBaseUrls: ['https://api.equinix.com'],
};

function renderButton(status: BffSessionStatus, deleteStatus = 204) {
  let current = status;
  const deletes: string[] = [];
  fakeBffSession({
    GET: () => Response.json(current),
    DELETE: (request) => {
      deletes.push(request.method);
      if (deleteStatus !== 204) {
        return Response.json([{ errorCode: 'BFF-X', errorMessage: 'Server trouble' }], {
          status: deleteStatus,
        });
      }
      current = { ...status, signedIn: false, source: undefined, clientId: undefined };
      return new Response(null, { status: 204 });
    },
  });
  const queryClient = createQueryClient();
  queryClient.setQueryData(['serviceTokens', 'list'], { data: ['cached'] });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={['/service-tokens']}>
        <Routes>
          <Route path="/service-tokens" element={<SignOutButton />} />
          <Route path="/sign-in" element={<p>Sign-in page</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { user: userEvent.setup({ delay: null }), deletes, queryClient };
}

describe('SignOutButton', { timeout: 20_000 }, () => {
  it('ends the BFF session, forgets every cached answer and goes to sign-in', async () => {
    const { user, deletes, queryClient } = renderButton(signedIn);
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
    expect(deletes).toEqual(['DELETE']);
    expect(queryClient.getQueryData(['serviceTokens', 'list'])).toBeUndefined();
  });

  it('says so, and stays signed in, when the sign-out fails', async () => {
    const { user } = renderButton(signedIn, 500);
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sign-out failed, so you are still signed in: Server trouble',
    );
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('offers no sign-out when the server signs everyone in with its own client', async () => {
    renderButton({ ...signedIn, source: 'environment', clientId: 'server-client' });
    expect(await screen.findByText('Signed in by the server (server-client)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });
});
