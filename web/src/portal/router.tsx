import { createBrowserRouter } from 'react-router';
import { PortalLayout } from './layout';
import AccessibilityPage from './pages/accessibility-page';
import ApplyPage from './pages/apply-page';
import CategoryPage from './pages/category-page';
import DraftPage from './pages/draft-page';
import DraftsPage from './pages/drafts-page';
import HomePage from './pages/home-page';
import ItemPage from './pages/item-page';
import MessagePage from './pages/message-page';
import MessagesPage from './pages/messages-page';
import NotFoundPage from './pages/not-found-page';
import SearchPage from './pages/search-page';
import TrackPage from './pages/track-page';

/** The portal's pages, all under /gk; the portal is small enough to load at once (no antd, no lazy chunks). */
export function createPortalRouter() {
  return createBrowserRouter([
    {
      path: '/gk',
      element: <PortalLayout />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'category/:key', element: <CategoryPage /> },
        { path: 'items/:id', element: <ItemPage /> },
        { path: 'search', element: <SearchPage /> },
        { path: 'drafts', element: <DraftsPage /> },
        { path: 'drafts/:id', element: <DraftPage /> },
        { path: 'apply', element: <ApplyPage /> },
        { path: 'track', element: <TrackPage /> },
        { path: 'messages', element: <MessagesPage /> },
        { path: 'messages/:id', element: <MessagePage /> },
        { path: 'accessibility', element: <AccessibilityPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
