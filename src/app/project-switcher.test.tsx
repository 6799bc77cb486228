import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { portQueries } from '@/api/queries/ports';
import { createQueryClient } from '@/api/query-client';
import { setCurrentProject, useCurrentProjectId } from '@/lib/current-project';
import { PROJECT_LAB } from '@mocks/seed/fixtures';
import { ProjectSwitcher } from './project-switcher';

function CurrentProject() {
  return <output aria-label="Current project">{useCurrentProjectId()}</output>;
}

describe('the project switcher', () => {
  it('holds its place while the projects load, then offers them and switches', async () => {
    render(
      <QueryClientProvider client={createQueryClient()}>
        <ProjectSwitcher />
        <CurrentProject />
      </QueryClientProvider>,
    );
    const loading = screen.getByRole('combobox', { name: 'Project' });
    expect(loading).toHaveAttribute('aria-disabled', 'true');
    expect(loading).toHaveTextContent('Loading…');

    const switcher = () => screen.getByRole('combobox', { name: 'Project' });
    await expect
      .poll(() => switcher().getAttribute('aria-disabled'), { timeout: 5_000 })
      .toBeNull();
    // The demo's projects, by the names the demo backend gives them.
    await expect.poll(() => switcher().textContent).toBe('Production network');
    await userEvent.click(switcher());
    const choices = screen.getAllByRole('option').map((option) => option.textContent);
    expect(choices).toEqual(['Production network', 'Lab']);
    await userEvent.click(screen.getByRole('option', { name: 'Lab' }));
    expect(screen.getByRole('status', { name: 'Current project' })).toHaveTextContent(PROJECT_LAB);
    expect(switcher()).toHaveTextContent('Lab');
  });

  it('shows the project it is about to choose from its first frame, so the bar never jumps', () => {
    setCurrentProject('');
    const client = createQueryClient();
    const project = (projectId: string) => ({ uuid: projectId, project: { projectId } });
    client.setQueryData(portQueries.list().queryKey, {
      data: [project('one-project'), project('two-project')],
    });
    let firstFrame: string | null | undefined;
    function FirstFrame() {
      // Runs in the same commit as the switcher's first render, before any effect of its own.
      useLayoutEffect(() => {
        firstFrame = document.querySelector('[role="combobox"]')?.textContent ?? null;
      }, []);
      return null;
    }
    render(
      <QueryClientProvider client={client}>
        <ProjectSwitcher />
        <FirstFrame />
      </QueryClientProvider>,
    );
    // A project the portal has no name for reads as its short id.
    expect(firstFrame).toBe('one-proj…');
  });
});
