import { lazy } from 'react';

/**
 * The review and the Created page are not needed to start a token: they load on their own, and
 * each is fetched ahead while the step before it is on screen, so Next never waits for code.
 */
export const loadReviewStep = () => import('./review-step');
export const loadCreatedPage = () => import('./created-page');

export const LazyReviewStep = lazy(() => loadReviewStep().then((m) => ({ default: m.ReviewStep })));
export const LazyCreatedPage = lazy(() =>
  loadCreatedPage().then((m) => ({ default: m.CreatedPage })),
);
export const LazyCancelDialog = lazy(() =>
  import('./cancel-dialog').then((m) => ({ default: m.CancelDialog })),
);
