import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InventoryPagination } from './inventory-pagination';

function renderPagination(page: number, total = 45) {
  const onPageChange = vi.fn();
  const onPageSizeChange = vi.fn();
  render(
    <InventoryPagination
      total={total}
      page={page}
      pageSize={20}
      onPageChange={onPageChange}
      onPageSizeChange={onPageSizeChange}
    />,
  );
  return { onPageChange, onPageSizeChange };
}

describe('InventoryPagination', () => {
  it('shows the rows on this page and moves one page at a time', async () => {
    const { onPageChange } = renderPagination(2);
    expect(screen.getByText('21–40 of 45')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(onPageChange).toHaveBeenLastCalledWith(3);
    await userEvent.click(screen.getByRole('button', { name: 'Go to previous page' }));
    expect(onPageChange).toHaveBeenLastCalledWith(1);
  });

  it('cannot go before the first page or past the last', () => {
    renderPagination(1, 15);
    expect(screen.getByText('1–15 of 15')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to previous page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Go to next page' })).toBeDisabled();
  });

  it('shows a page past the end (an old link) as the last one', () => {
    renderPagination(9, 45);
    expect(screen.getByText('41–45 of 45')).toBeInTheDocument();
  });

  it('changes the page size', async () => {
    const { onPageSizeChange } = renderPagination(1);
    const select = screen.getByRole('combobox', { name: 'Tokens per page' });
    expect(select).toHaveTextContent('20');
    await userEvent.click(select);
    await userEvent.click(screen.getByRole('option', { name: '50' }));
    expect(onPageSizeChange).toHaveBeenCalledWith(50);
  });
});
