import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent, preloadable } from './preloadable';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('preloadable code', () => {
  it('downloads once however often it is asked for, and again after a failure', async () => {
    const load = vi
      .fn<() => Promise<{ Hello: typeof Hello }>>()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValue({ Hello });
    const code = preloadable(load);
    await expect(code.preload()).rejects.toThrow('offline');
    expect(code.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([code.preload(), code.preload()]);
    expect(first).toBe(second);
    expect(code.loaded()).toEqual({ Hello });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('renders without suspending once loaded, and suspends before', async () => {
    const code = preloadable(() => Promise.resolve({ Hello }));
    const Late = lazyComponent(code, (module) => module.Hello);
    const { unmount } = render(
      <Suspense fallback={<p>Loading</p>}>
        <Late name="late" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello late')).toBeInTheDocument();
    unmount();

    const Ready = lazyComponent(code, (module) => module.Hello);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Ready name="ready" />
      </Suspense>,
    );
    expect(screen.getByText('Hello ready')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });
});
