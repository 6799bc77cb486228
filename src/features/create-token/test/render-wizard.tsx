import { createTheme, ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route } from 'react-router';
import { afterEach, beforeEach, vi } from 'vitest';
import { answers } from '@/api/answers';
import { api, unwrap } from '@/api/client';
import { session } from '@/api/session';
import { createTestRouter } from '@/app/test/test-router';
import type { Port } from '@/api/types';
import { paths, type WizardStepId } from '@/config/paths';
import { setCurrentProject } from '@/lib/current-project';
import { CreateTokenPage } from '../components/create-token-page';

// Whole-wizard tests click through several steps against the demo backend: give them time, and
// unmount each test's wizard (Testing Library cleans up by itself only with vitest globals).
vi.setConfig({ testTimeout: 60_000 });
configure({ asyncUtilTimeout: 5_000 });
afterEach(() => cleanup());

// Signs in to the demo backend (its /__demo/session endpoint), as the app does at start-up.
beforeEach(async () => {
  const response = await fetch(`${window.location.origin}/__demo/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  const answer: unknown = await response.json();
  const bearer =
    typeof answer === 'object' && answer !== null && 'access_token' in answer
      ? String(answer.access_token)
      : undefined;
  session.setBearer(bearer);
});

// Ripples only animate; without them jsdom has far less to do per click.
const theme = createTheme({
  components: { MuiButtonBase: { defaultProps: { disableRipple: true } } },
});

/** The wizard in a memory router, as the app mounts it, talking to the demo backend. */
export function renderWizard(step: WizardStepId | string = 'basic') {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 15_000 }, mutations: { retry: false } },
  });
  const { router, element } = createTestRouter(
    step.startsWith('/') ? step : paths.create.href(step as WizardStepId),
    <>
      <Route path={paths.create.stepPath} element={<CreateTokenPage />} />
      <Route path={paths.inventory.path} element={<p>Inventory page</p>} />
      <Route path={paths.details.path} element={<p>Details page</p>} />
    </>,
  );
  const user = userEvent.setup({ delay: null });
  const view = render(
    <ThemeProvider theme={theme}>
      <QueryClientProvider client={queryClient}>{element}</QueryClientProvider>
    </ThemeProvider>,
  );
  return { ...view, router, queryClient, user };
}

/** The demo's ports, found by a fragment of their name ("SV5-CX-PRI-01"), as a user finds them. */
export async function portNamed(fragment: string): Promise<Port> {
  const ports = await unwrap(api.GET('/fabric/v4/ports'), answers.listPorts);
  const port = ports.data?.find((candidate) => candidate.name?.includes(fragment));
  if (!port?.uuid) throw new Error(`The demo has no port named like ${fragment}`);
  return port;
}

/** Works in the project of the demo's main ports, as the project switcher would. */
export async function selectMainProject(): Promise<string> {
  const port = await portNamed('SV5-CX-PRI-01');
  const projectId = port.project?.projectId ?? '';
  setCurrentProject(projectId);
  return projectId;
}

export async function chooseLocation(user: UserEvent, name: string) {
  const select = await screen.findByRole('combobox', { name: 'Location' });
  await user.selectOptions(
    select,
    await within(select).findByRole('option', { name: new RegExp(name) }),
  );
}

export async function chooseRadio(user: UserEvent, group: string, name: string | RegExp) {
  const list = await screen.findByRole('radiogroup', { name: group });
  await user.click(within(list).getByRole('radio', { name }));
}

export async function clickNext(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: /^Next:/ }));
}

export async function stepHeading(name: string) {
  return screen.findByRole('heading', { level: 2, name });
}
