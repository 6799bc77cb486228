import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedDraft } from './use-debounced-draft';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useDebouncedDraft', () => {
  it('keeps what is typed while the URL catches up with a commit', () => {
    const commit = vi.fn();
    const { result, rerender } = renderHook(({ url }) => useDebouncedDraft(url, commit), {
      initialProps: { url: '' },
    });
    act(() => result.current[1]('qa'));
    act(() => vi.advanceTimersByTime(250));
    expect(commit).toHaveBeenLastCalledWith('qa');
    // The user types on before the URL has followed (a slow device, a busy page).
    act(() => result.current[1]('qa-'));
    expect(result.current[0]).toBe('qa-');
    rerender({ url: 'qa' });
    expect(result.current[0]).toBe('qa-');
    act(() => vi.advanceTimersByTime(250));
    expect(commit).toHaveBeenLastCalledWith('qa-');
  });

  it('follows the URL when it changes on its own (Back, Clear filters, a link)', () => {
    const commit = vi.fn();
    const { result, rerender } = renderHook(({ url }) => useDebouncedDraft(url, commit), {
      initialProps: { url: 'old' },
    });
    act(() => result.current[1]('older'));
    rerender({ url: '' });
    expect(result.current[0]).toBe('');
    act(() => vi.advanceTimersByTime(1_000));
    expect(commit).not.toHaveBeenCalled();
  });
});
