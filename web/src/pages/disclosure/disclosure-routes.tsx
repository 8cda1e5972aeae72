import { lazy } from 'react';
import { Route, Routes } from 'react-router';

// Each page loads on demand, as the app's other pages do.
const PublicationsPage = lazy(() => import('./publications-page'));
const PublicationPage = lazy(() => import('./publication-page'));
const DraftsPage = lazy(() => import('./drafts-page'));
const DraftPage = lazy(() => import('./draft-page'));
const RequestsPage = lazy(() => import('./requests-page'));
const RequestPage = lazy(() => import('./request-page'));
const MessagesPage = lazy(() => import('./messages-page'));
const MessagePage = lazy(() => import('./message-page'));
const AnnualReportPage = lazy(() => import('./annual-report-page'));
const NotFoundPage = lazy(() => import('../not-found-page'));

/** 政务公开's pages under /disclosure: one route in the app's router, the area's own here. */
export default function DisclosureRoutes() {
  return (
    <Routes>
      <Route index element={<PublicationsPage />} />
      <Route path="publications" element={<PublicationsPage />} />
      <Route path="publications/:id" element={<PublicationPage />} />
      <Route path="drafts" element={<DraftsPage />} />
      <Route path="drafts/:id" element={<DraftPage />} />
      <Route path="requests" element={<RequestsPage />} />
      <Route path="requests/:id" element={<RequestPage />} />
      <Route path="messages" element={<MessagesPage />} />
      <Route path="messages/:id" element={<MessagePage />} />
      <Route path="annual-report" element={<AnnualReportPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
