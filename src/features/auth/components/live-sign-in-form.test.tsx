import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { createTestRouter } from '@/app/test/test-router';
import type { BffSessionStatus } from '../api/bff-session';
import { fakeBffSession } from '../testing/fake-bff-session';
import { LiveSignInForm } from './live-sign-in-form';

// The BFF itself is tested in server/bff; here it answers as its tests prove it does.
const status: BffSessionStatus = {
  signedIn: false,
  defaultApiBaseUrl: 'https://api.equinix.com',
  allowedApiBaseUrls: ['https://api.equinix.com'],
};

afterEach(cleanup);

function renderForm(answer: (body: unknown) => Response) {
  const posted: unknown[] = [];
  fakeBffSession({
    POST: async (request) => {
      const body: unknown = await request.json();
      posted.push(body);
      return answer(body);
    },
  });
  const { router, element } = createTestRouter(
    '/sign-in?returnTo=%2Fservice-tokens%2Fcreate%2Fdetails',
    <>
      <Route
        path="/sign-in"
        element={<LiveSignInForm status={status} returnTo="/service-tokens/create/details" />}
      />
      <Route path="/service-tokens/create/details" element={<p>Back in the wizard</p>} />
    </>,
  );
  render(<QueryClientProvider client={createQueryClient()}>{element}</QueryClientProvider>);
  return { user: userEvent.setup({ delay: null }), posted, router };
}

async function fillClientCredentials(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/Client id/), 'my-client');
  await user.type(screen.getByLabelText(/Client secret/), 'my-secret');
}

// The first render loads MUI and the router; on a busy CI machine that alone can take seconds.
describe('LiveSignInForm', { timeout: 20_000 }, () => {
  it('posts the credentials once, stores nothing, and goes back where the user was', async () => {
    const { user, posted, router } = renderForm(() => new Response(null, { status: 204 }));
    expect(screen.getByLabelText(/API base URL/)).toHaveValue('https://api.equinix.com');
    expect(screen.getByLabelText(/Client secret/)).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText(/Client secret/)).toHaveAttribute('autocomplete', 'off');
    await fillClientCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Back in the wizard')).toBeInTheDocument();
    expect(posted).toEqual([
      { apiBaseUrl: 'https://api.equinix.com', clientId: 'my-client', clientSecret: 'my-secret' },
    ]);
    expect(router.state.location.search).toBe('');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('my-secret');
  });

  it('says next to each field what is missing, and sends nothing', async () => {
    const { user, posted } = renderForm(() => new Response(null, { status: 204 }));
    await user.clear(screen.getByLabelText(/API base URL/));
    await user.type(screen.getByLabelText(/API base URL/), 'api.equinix.com');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText(/Enter an http:\/\/ or https:\/\/ URL/)).toBeInTheDocument();
    expect(screen.getByText('Enter the client id')).toBeInTheDocument();
    expect(screen.getByText('Enter the client secret')).toBeInTheDocument();
    expect(posted).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'Access token' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter the access token')).toBeInTheDocument();
  });

  it('shows the token API’s refusal with its code and correlation id, keeping what was typed', async () => {
    const { user } = renderForm(() =>
      Response.json(
        [
          {
            errorCode: 'IC-LG-01',
            errorMessage: 'Please enter a valid client id and client secret.',
            correlationId: 'corr-7',
          },
        ],
        { status: 401 },
      ),
    );
    await fillClientCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The client id or secret was not accepted: Please enter a valid client id and client secret.',
    );
    expect(alert).toHaveTextContent('Error code IC-LG-01. HTTP 401. Correlation id corr-7.');
    expect(screen.getByLabelText(/Client id/)).toHaveValue('my-client');
  });

  it('never shows back what was typed as the secret, whatever the server relays', async () => {
    const echo = 'Bad request: {"client_id":"my-client","client_secret":"my-secret"}';
    const { user } = renderForm(() =>
      Response.json(
        [{ errorCode: 'my-secret', errorMessage: echo, details: echo, correlationId: 'my-secret' }],
        { status: 401, headers: { 'X-Correlation-Id': 'corr-8' } },
      ),
    );
    await fillClientCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The client id or secret was not accepted');
    expect(document.body.textContent).not.toContain('my-secret');
  });

  it('says when the API cannot be reached', async () => {
    const { user } = renderForm(() =>
      Response.json(
        [
          {
            errorCode: 'BFF-UNREACHABLE',
            errorMessage: 'Could not reach https://api.equinix.com: no answer within 10 s',
          },
        ],
        { status: 502 },
      ),
    );
    await fillClientCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not reach the API at https://api.equinix.com');
    expect(alert).toHaveTextContent('no answer within 10 s');
  });

  it('says how long to wait after too many failed sign-ins', async () => {
    const { user } = renderForm(() =>
      Response.json(
        [
          {
            errorCode: 'BFF-TOO-MANY-SIGN-INS',
            errorMessage:
              'Too many failed sign-ins from this address or for this client id. Try again in 14 minutes.',
          },
        ],
        { status: 429, headers: { 'Retry-After': '840' } },
      ),
    );
    await fillClientCredentials(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many sign-in attempts');
    expect(alert).toHaveTextContent('Try again in 14 minutes.');
    expect(alert).toHaveTextContent('Error code BFF-TOO-MANY-SIGN-INS. HTTP 429.');
  });

  it('puts the server’s refusal of a field next to that field', async () => {
    const reason = 'This portal’s server only connects to https://api.equinix.com';
    const { user } = renderForm(() =>
      Response.json(
        [
          {
            errorCode: 'BFF-INVALID-REQUEST',
            errorMessage: reason,
            additionalInfo: [{ property: 'apiBaseUrl', reason }],
          },
        ],
        { status: 400 },
      ),
    );
    await user.clear(screen.getByLabelText(/API base URL/));
    await user.type(screen.getByLabelText(/API base URL/), 'https://elsewhere.example');
    await user.click(screen.getByRole('radio', { name: 'Access token' }));
    await user.type(
      screen.getByLabelText(/Access token/, { selector: 'input[type=password]' }),
      'tkn',
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/API base URL/)).toHaveAccessibleDescription(reason),
    );
    expect(screen.getByLabelText(/API base URL/)).toHaveFocus();
  });
});
