// A page's environment (jsdom): the API client's paths are relative to the page's URL.
import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { answers } from '@/api/answers';
import { api, unwrap } from '@/api/client';
import { portQueries, projectsOfPorts } from '@/api/queries/ports';
import { session } from '@/api/session';
import { currentProjectId, prefetchProject, setCurrentProject } from './current-project';
import { demoApi } from '@/lib/demo-api';

const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
let projects: string[] = [];

beforeEach(async () => {
  session.setBearer((await demoApi.renewSession()).access_token);
  projects = projectsOfPorts(await unwrap(api.GET('/fabric/v4/ports'), answers.listPorts));
});

describe('prefetchProject (a page’s start-up, before its first render)', () => {
  it('on a first visit, chooses the first project of the ports, as the switcher does', async () => {
    expect(projects.length).toBeGreaterThan(1);
    setCurrentProject('');
    const client = newClient();
    const asked = prefetchProject(client);
    // The ports are asked for at once, under the query the switcher reads.
    expect(client.getQueryCache().find({ queryKey: portQueries.list().queryKey })).toBeDefined();
    expect(await asked).toBe(projects[0]);
    expect(currentProjectId()).toBe(projects[0]);
  });

  it('keeps a remembered project the ports still name, and replaces one they do not', async () => {
    setCurrentProject(projects[1] ?? '');
    expect(await prefetchProject(newClient())).toBe(projects[1]);
    setCurrentProject('a-project-with-no-ports');
    expect(await prefetchProject(newClient())).toBe(projects[0]);
  });
});
