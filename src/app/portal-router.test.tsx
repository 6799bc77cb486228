import { act, render, screen } from '@testing-library/react';
import { Suspense, useEffect } from 'react';
import { Route, Routes, useNavigate } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { PortalRouter } from './portal-router';

// A page whose code never arrives: rendering it suspends for good.
const never = new Promise<never>(() => undefined);
function Waiting(): never {
  throw never;
}

let go: (to: string) => void = () => undefined;
function Home() {
  const navigate = useNavigate();
  useEffect(() => {
    go = navigate;
  }, [navigate]);
  return <p>Home page</p>;
}

function renderRouter(pageReady: (pathname: string) => boolean) {
  render(
    <PortalRouter pageReady={pageReady}>
      <Suspense fallback={<p>Loading page</p>}>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/waiting" element={<Waiting />} />
          <Route path="/ready" element={<p>Ready page</p>} />
        </Routes>
      </Suspense>
    </PortalRouter>,
  );
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('PortalRouter', () => {
  it('keeps the current page while the next one waits for its code (a transition)', async () => {
    renderRouter((pathname) => pathname !== '/waiting');
    await act(async () => go('/waiting'));
    expect(screen.getByText('Home page')).toBeVisible();
    expect(screen.queryByText('Loading page')).not.toBeInTheDocument();
    expect(window.location.pathname).toBe('/waiting');
  });

  it('renders a page whose code is here at once, not as a transition', async () => {
    renderRouter(() => true);
    // An urgent update that suspends shows the fallback: proof it was not a transition.
    await act(async () => go('/waiting'));
    expect(screen.getByText('Loading page')).toBeInTheDocument();
  });

  it('follows Back and Forward', async () => {
    renderRouter(() => true);
    await act(async () => go('/ready'));
    expect(screen.getByText('Ready page')).toBeInTheDocument();
    const travel = (step: () => void) =>
      act(async () => {
        const moved = new Promise((resolve) =>
          window.addEventListener('popstate', resolve, { once: true }),
        );
        step();
        await moved;
      });
    await travel(() => window.history.back());
    expect(screen.getByText('Home page')).toBeInTheDocument();
    await travel(() => window.history.forward());
    expect(screen.getByText('Ready page')).toBeInTheDocument();
  });
});
