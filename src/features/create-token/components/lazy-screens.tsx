import { lazy } from 'react';
import { lazyComponent, preloadable } from '@/lib/preloadable';

/**
 * The steps after "Basic configuration", the Created page and the cancel dialog are not needed to
 * start a token, so they are not in the route's first load. `preloadLaterScreens` fetches them all
 * as soon as the user starts on the form (or opens a later step directly), so Next never waits.
 */
const details = preloadable(() => import('./details-step'));
const review = preloadable(() => import('./review-step'));
const created = preloadable(() => import('./created-page'));

export const DetailsStepScreen = lazyComponent(details, (m) => m.DetailsStep);
export const ReviewStepScreen = lazyComponent(review, (m) => m.ReviewStep);
export const CreatedPageScreen = lazyComponent(created, (m) => m.CreatedPage);

export function preloadLaterScreens() {
  // A failed preload is not an error yet: the screen tries again when it is shown.
  for (const screen of [details, review, created]) screen.preload().catch(() => undefined);
}

export const LazyCancelDialog = lazy(() =>
  import('./cancel-dialog').then((m) => ({ default: m.CancelDialog })),
);
/** Started when the pointer or focus reaches Cancel, so the dialog opens without a wait. */
export const preloadCancelDialog = () => void import('./cancel-dialog').catch(() => undefined);
