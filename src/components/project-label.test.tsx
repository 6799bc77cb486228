import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { projectQueries, shortId } from '@/lib/project-names';
import { PROJECT_MAIN } from '@mocks/seed/fixtures';
import { ProjectLabel } from './project-label';

const unknownProject = '44f4c4f8-2f39-494e-838c-d8e640591be5';

function renderLabel(projectId: string, names?: Record<string, string>) {
  const client = createQueryClient();
  // Live mode: the portal has no name for any project.
  if (names) client.setQueryData(projectQueries.names().queryKey, names);
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={client}>
      <ProjectLabel projectId={projectId} />
    </QueryClientProvider>,
  );
  return { user };
}

describe('a project as the portal shows it', () => {
  it('shortens an id to its first eight characters', () => {
    expect(shortId(unknownProject)).toBe('44f4c4f8…');
    expect(shortId('lab-1')).toBe('lab-1');
  });

  it('shows a project without a name as its short id, the whole id on hover, and copies it', async () => {
    const { user } = renderLabel(unknownProject, {});
    const id = screen.getByText('44f4c4f8…');
    expect(screen.queryByText(unknownProject)).not.toBeInTheDocument();
    expect(id).toHaveAttribute('title', unknownProject);

    await user.click(screen.getByRole('button', { name: 'Copy project id' }));
    expect(await navigator.clipboard.readText()).toBe(unknownProject);
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
  });

  it('shows a demo project by the name the demo backend gives it', async () => {
    renderLabel(PROJECT_MAIN);
    expect(await screen.findByText('Production network')).toBeInTheDocument();
    expect(screen.getByText(shortId(PROJECT_MAIN))).toHaveAttribute('title', PROJECT_MAIN);
  });
});
