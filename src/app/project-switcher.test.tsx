import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { useCurrentProjectId } from '@/lib/current-project';
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
});
