import { lazy, useState, type ComponentType } from 'react';
import { loadWizardSchema } from '../wizard-validation';

/**
 * The steps after "Basic configuration", the Created page and the cancel dialog are not needed to
 * start a token, so they are not in the route's first load. `preloadLaterScreens` fetches them all
 * as soon as the user starts on the form (or opens a later step directly), so Next never waits.
 */
function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download (offline, a deploy in between) may be tried again.
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: P) {
    // Already here: rendered at once, without the Suspense fallback a `lazy` component shows on
    // its first render even when its code is loaded. Decided once per mount: switching later
    // would remount the screen and lose what it holds (focus, half-typed text).
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return { Screen, preload };
}

const details = preloadable(() => import('./details-step').then((m) => m.DetailsStep));
const review = preloadable(() => import('./review-step').then((m) => m.ReviewStep));
const created = preloadable(() => import('./created-page').then((m) => m.CreatedPage));

export const DetailsStepScreen = details.Screen;
export const ReviewStepScreen = review.Screen;
export const CreatedPageScreen = created.Screen;

/** Fetched ahead by the review, so Create lands on the Created page without a wait. */
export const loadCreatedPage = () => created.preload().catch(() => undefined);

export function preloadLaterScreens() {
  // A failed preload is not an error yet: the screen tries again when it is shown.
  for (const screen of [details, review, created]) screen.preload().catch(() => undefined);
  loadWizardSchema().catch(() => undefined);
}

export const LazyCancelDialog = lazy(() =>
  import('./cancel-dialog').then((m) => ({ default: m.CancelDialog })),
);
/** Started when the pointer or focus reaches Cancel, so the dialog opens without a wait. */
export const preloadCancelDialog = () => void import('./cancel-dialog').catch(() => undefined);
