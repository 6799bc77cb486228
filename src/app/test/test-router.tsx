import { act } from '@testing-library/react';
import { useLayoutEffect, type ReactElement, type ReactNode } from 'react';
import {
  MemoryRouter,
  Routes,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
} from 'react-router';

/** What a component test reads and drives of its router. */
export interface TestRouter {
  readonly state: { readonly location: Location };
  /** Goes to a path, or through the history as the browser's Back (-1) and Forward (1) do. */
  navigate(to: string | number): Promise<void>;
}

function RouterProbe({
  onChange,
}: {
  onChange: (location: Location, to: NavigateFunction) => void;
}) {
  const location = useLocation();
  const navigate = useNavigate();
  useLayoutEffect(() => onChange(location, navigate), [location, navigate, onChange]);
  return null;
}

/**
 * Routes in a memory router, mounted the way the app mounts its pages (declarative routes, no data
 * router), with a handle on the current location. Render `element` inside the test's providers.
 */
export function createTestRouter(
  initialEntry: string,
  routes: ReactNode,
): { router: TestRouter; element: ReactElement } {
  let location: Location | undefined;
  let navigate: NavigateFunction | undefined;
  const onChange = (next: Location, to: NavigateFunction) => {
    location = next;
    navigate = to;
  };
  const router: TestRouter = {
    state: {
      get location() {
        if (!location) throw new Error('The test router has not been rendered yet');
        return location;
      },
    },
    async navigate(to) {
      const go = navigate;
      if (!go) throw new Error('The test router has not been rendered yet');
      await act(async () => {
        await (typeof to === 'number' ? go(to) : go(to));
      });
    },
  };
  const element = (
    <MemoryRouter initialEntries={[initialEntry]}>
      <RouterProbe onChange={onChange} />
      <Routes>{routes}</Routes>
    </MemoryRouter>
  );
  return { router, element };
}
