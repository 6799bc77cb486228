import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import { serviceTokenQueries } from '@/api/queries/service-tokens';
import { answers } from '@/api/answers';
import { api, unwrap } from '@/api/client';
import type { ServiceTokenSearchRequest } from '@/api/types';
import { session } from '@/api/session';
import { currentProjectId, setCurrentProject } from '@/lib/current-project';
import { demoApi } from '@/lib/demo-api';
import { portQueries, projectsOfPorts } from '@/api/queries/ports';
import { prefetchInventory } from '../api/use-token-search';
import { renderInventory, testQueryClient } from '../test/render-inventory';

let projectId = '';
let queryClient: QueryClient;

beforeEach(async () => {
  // The demo backend wants a bearer, as the browser's start-up gets one (src/app/start-demo-backend.ts).
  session.setBearer((await demoApi.renewSession()).access_token);
  const ports = await unwrap(api.GET('/fabric/v4/ports'), answers.listPorts);
  projectId = ports.data?.find((port) => port.project?.projectId)?.project?.projectId ?? '';
  setCurrentProject(projectId);
});

afterEach(cleanup);

function render(url?: string, client?: QueryClient) {
  const view = renderInventory(url, client);
  queryClient = view.queryClient;
  return view;
}

/**
 * The search the table is showing: the query key is the request body the query function sends,
 * so reading the key reads what went to the server. (The overview's searches ask for one row.)
 */
function tableSearch(): ServiceTokenSearchRequest | undefined {
  const shown = queryClient
    .getQueryCache()
    .findAll({ queryKey: serviceTokenQueries.lists() })
    .filter((query) => query.getObserversCount() > 0)
    .map((query) => query.queryKey[3] as ServiceTokenSearchRequest)
    .filter((request) => (request.pagination?.limit ?? 0) > 1);
  return shown.at(-1);
}
const tableFilters = () => tableSearch()?.filter?.and ?? [];

/** waitFor with room for a slow, shared machine. */
const eventually = <T,>(assertion: () => T) => waitFor(assertion, until);

async function tableLoaded() {
  await eventually(() => expect(screen.getByText(/^\d[\d,]* tokens?$/)).toBeInTheDocument());
  expect(screen.getAllByRole('row').length).toBeGreaterThan(1);
}

// jsdom renders MUI slowly on a shared two-core machine.
const slow = { timeout: 60_000 };
const until = { timeout: 15_000 };

describe('the inventory sends every filter to the server', () => {
  it('scopes the first page to the project, 20 rows from offset 0', slow, async () => {
    render();
    await tableLoaded();
    expect(tableSearch()).toEqual({
      filter: { and: [{ property: '/project/projectId', operator: '=', values: [projectId] }] },
      pagination: { offset: 0, limit: 20 },
    });
  });

  it('sends the chosen states as IN and the text as a name ILIKE', slow, async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = render();
    await tableLoaded();

    await user.click(screen.getByRole('checkbox', { name: 'Expired (EXPIRED)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Available (not redeemed) (INACTIVE)' }));
    await eventually(() =>
      expect(tableFilters()).toContainEqual({
        property: '/state',
        operator: 'IN',
        values: ['EXPIRED', 'INACTIVE'],
      }),
    );

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search by name or token' }), {
      target: { value: 'acme' },
    });
    await eventually(() =>
      expect(tableFilters()).toContainEqual({
        property: '/name',
        operator: 'ILIKE',
        values: ['%acme%'],
      }),
    );
    const search = new URLSearchParams(router.state.location.search);
    expect(search.getAll('state')).toEqual(['EXPIRED', 'INACTIVE']);
    expect(search.get('q')).toBe('acme');
  });

  it('sends the expiry window, the creation dates and the port', slow, async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = render();
    await tableLoaded();

    await user.click(screen.getByRole('combobox', { name: 'Expiring within' }));
    await user.click(screen.getByRole('option', { name: '30 days' }));
    await eventually(() =>
      expect(tableFilters().find((e) => e.property === '/expirationDateTime')?.operator).toBe(
        'BETWEEN',
      ),
    );
    expect(tableFilters()).toContainEqual({
      property: '/state',
      operator: '=',
      values: ['INACTIVE'],
    });

    fireEvent.change(screen.getByLabelText('Created from'), { target: { value: '2020-01-01' } });
    fireEvent.change(screen.getByLabelText('Created to'), { target: { value: '2040-12-31' } });
    await eventually(() =>
      expect(
        tableFilters().find((e) => e.property === '/changeLog/createdDateTime')?.values,
      ).toHaveLength(2),
    );

    const portSelect = screen.getByRole('combobox', { name: 'Port' });
    const port = await eventually(() => {
      const found = within(portSelect)
        .getAllByRole('option')
        .find((o) => o.textContent !== 'Any port');
      expect(found).toBeDefined();
      return found!;
    });
    await user.selectOptions(portSelect, port);
    await eventually(() => expect(tableFilters().some((e) => e.or)).toBe(true));

    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('expiringWithin')).toBe('30');
    expect(search.get('createdFrom')).toBe('2020-01-01');
    expect(search.get('createdTo')).toBe('2040-12-31');
    const portUuid = search.get('port') ?? '';
    expect(
      tableFilters()
        .find((e) => e.or)
        ?.or?.map((e) => e.values),
    ).toEqual([[portUuid], [portUuid]]);
    expect(tableSearch()?.pagination).toEqual({ offset: 0, limit: 20 });
  });

  it(
    'asks for the page and page size in the URL, and a filter change goes back to page 1',
    slow,
    async () => {
      const user = userEvent.setup({ delay: null });
      const { router } = render('/service-tokens?page=2&pageSize=10');
      await tableLoaded();
      expect(tableSearch()?.pagination).toEqual({ offset: 10, limit: 10 });
      await user.click(screen.getByRole('checkbox', { name: 'Deleted (DELETED)' }));
      await eventually(() => expect(tableSearch()?.pagination).toEqual({ offset: 0, limit: 10 }));
      expect(router.state.location.search).toBe('?state=DELETED&pageSize=10');
    },
  );
});

describe('the inventory tells why it is empty', () => {
  it('offers to clear filters when none match', slow, async () => {
    const user = userEvent.setup({ delay: null });
    render('/service-tokens?q=no-token-has-this-name-zzz');
    expect(await screen.findByText('No tokens match these filters')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await tableLoaded();
  });

  it('offers to create a token when the project has none', slow, async () => {
    setCurrentProject('00000000-0000-4000-8000-000000000000');
    render();
    expect(await screen.findByText('No service tokens yet')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Create Service Token' }).length).toBeGreaterThan(0);
  });
});

describe('the route’s clientLoader (src/app/routes/inventory.tsx)', () => {
  it(
    'asks for the page the URL names before it renders, and the page shows that answer',
    slow,
    async () => {
      const client = testQueryClient();
      const search = new URLSearchParams('state=EXPIRED&pageSize=50');
      void prefetchInventory(client, search);
      // Both requests leave before anything renders.
      const searches = client.getQueryCache().findAll({ queryKey: serviceTokenQueries.lists() });
      expect(searches).toHaveLength(1);
      expect(client.getQueryCache().find({ queryKey: portQueries.list().queryKey })).toBeDefined();
      const [prefetched] = searches;
      await eventually(() => expect(prefetched?.state.status).toBe('success'));
      const answers = prefetched?.state.dataUpdateCount;

      render(`/service-tokens?${search.toString()}`, client);
      await tableLoaded();
      // The table observes the prefetched search, and did not ask for it again.
      expect(tableSearch()).toEqual(prefetched?.queryKey[3]);
      expect(prefetched?.getObserversCount()).toBeGreaterThan(0);
      expect(prefetched?.state.dataUpdateCount).toBe(answers);
    },
  );

  it(
    'on a first visit, asks for the tokens of the ports’ first project once the ports answer',
    slow,
    async () => {
      const ports = await unwrap(api.GET('/fabric/v4/ports'), answers.listPorts);
      const first = projectsOfPorts(ports)[0];
      setCurrentProject('');
      const client = testQueryClient();
      const prefetched = prefetchInventory(client, new URLSearchParams());
      // No project yet: no token search leaves before the ports name one.
      expect(client.getQueryCache().findAll({ queryKey: serviceTokenQueries.lists() })).toEqual([]);
      expect(client.getQueryCache().find({ queryKey: portQueries.list().queryKey })).toBeDefined();
      await prefetched;
      expect(currentProjectId()).toBe(first);
      const searches = client.getQueryCache().findAll({ queryKey: serviceTokenQueries.lists() });
      expect(searches.map((query) => query.state.status)).toEqual(['success']);
      expect(JSON.stringify(searches[0]?.queryKey)).toContain(`"${first}"`);
    },
  );
});
