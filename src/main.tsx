import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { session } from '@/api/session';
import { config } from '@/config/env';
import { App } from '@/app/app';
import { preloadRoute } from '@/app/router';

async function start() {
  preloadRoute(window.location.pathname);
  if (config.mode === 'demo') {
    // The demo backend (and MSW) is a separate chunk: live mode never downloads it.
    const { startDemoBackend } = await import('@mocks/browser');
    const { bearer } = await startDemoBackend();
    session.setBearer(bearer);
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
