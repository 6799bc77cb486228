import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GuardedButton } from './guarded-button';

const reason =
  'This token has been redeemed and a connection now uses it, so it can no longer be edited (ACTIVE).';

describe('GuardedButton', () => {
  it('is a plain button when nothing blocks it', async () => {
    const onClick = vi.fn();
    render(
      <GuardedButton blockedReason={undefined} onClick={onClick}>
        Edit name
      </GuardedButton>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Edit name' }));
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('says why it is disabled: in its description, and in a tooltip on hover', async () => {
    const user = userEvent.setup();
    render(<GuardedButton blockedReason={reason}>Edit name</GuardedButton>);
    const button = screen.getByRole('button', { name: 'Edit name' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-description', reason);
    // The tooltip's code is not loaded until a pointer comes.
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.hover(button.parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(reason);
  });
});
