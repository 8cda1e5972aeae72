import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { PortalError } from './api';
import { applyLargeText, readLargeText } from './layout';
import { createPortalRouter } from './router';
import './portal.css';

// Before the first paint, so a reader who chose 大字版 never sees the small page flash.
applyLargeText(readLargeText());

const queryClient = new QueryClient({
  defaultOptions: {
    // A refusal or a 404 is an answer; only a failed connection or a server error is worth a second try.
    queries: { retry: (count, error) => !(error instanceof PortalError && error.status > 0 && error.status < 500) && count < 2, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from portal.html');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={createPortalRouter()} />
    </QueryClientProvider>
  </StrictMode>,
);
