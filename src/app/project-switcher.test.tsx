import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { portQueries } from '@/api/queries/ports';
import { createQueryClient } from '@/api/query-client';
import { setCurrentProject, useCurrentProjectId } from '@/lib/current-project';
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
    expect(loading).toBeDisabled();
    expect(loading).toHaveDisplayValue('Loading…');

    const switcher = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Project' });
    await expect.poll(() => switcher().disabled, { timeout: 5_000 }).toBe(false);
    const choices = screen.getAllByRole('option').map((option) => option.getAttribute('value'));
    expect(choices.length).toBeGreaterThan(1);
    const other = choices.find((id) => id !== switcher().value) ?? '';
    await userEvent.selectOptions(switcher(), other);
    expect(screen.getByRole('status', { name: 'Current project' })).toHaveTextContent(other);
  });

  it('shows the project it is about to choose from its first frame, so the bar never jumps', () => {
    setCurrentProject('');
    const client = createQueryClient();
    const project = (projectId: string) => ({ uuid: projectId, project: { projectId } });
    client.setQueryData(portQueries.list().queryKey, {
      data: [project('project-one'), project('project-two')],
    });
    let firstFrame: string | null | undefined;
    function FirstFrame() {
      // Runs in the same commit as the switcher's first render, before any effect of its own.
      useLayoutEffect(() => {
        firstFrame = document.querySelector('select')?.value ?? null;
      }, []);
      return null;
    }
    render(
      <QueryClientProvider client={client}>
        <ProjectSwitcher />
        <FirstFrame />
      </QueryClientProvider>,
    );
    expect(firstFrame).toBe('project-one');
  });
});
