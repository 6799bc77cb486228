import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ServiceTokensMenu } from './service-tokens-menu';

describe('the Service Tokens menu', () => {
  it('is a menu button, keyboard and focus included', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <ServiceTokensMenu />
      </MemoryRouter>,
    );
    const button = screen.getByRole('button', { name: 'Service Tokens' });
    expect(button).toHaveAttribute('aria-haspopup', 'true');
    expect(button).not.toHaveAttribute('aria-expanded');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    const create = await screen.findByRole('menuitem', { name: 'Create Service Token' });
    await waitFor(() => expect(create).toHaveFocus());
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', screen.getByRole('menu').id);
    expect(screen.getByRole('menu', { name: 'Service Tokens' })).toBeInTheDocument();
    expect(create).toHaveAttribute('href', '/service-tokens/create/basic');

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Service Token Inventory' })).toHaveFocus();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    expect(button).toHaveFocus();
    expect(button).not.toHaveAttribute('aria-expanded');
  });
});
