import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from '../layout/app-layout';
import { RequireSession } from './require-session';

// Pages load on demand so the login page does not pay for the org tree.
const LoginPage = lazy(() => import('../pages/login-page'));
const PasswordPage = lazy(() => import('../pages/account/password-page'));
const WorkbenchPage = lazy(() => import('../pages/workbench-page'));
const OrgUnitsPage = lazy(() => import('../pages/org/org-units-page'));
const OrgLeadersPage = lazy(() => import('../pages/org/org-leaders-page'));
const RulesPage = lazy(() => import('../pages/rules/rules-page'));
const RuleParametersPage = lazy(() => import('../pages/rules/rule-parameters-page'));
const CalendarPage = lazy(() => import('../pages/calendar/calendar-page'));
const NotFoundPage = lazy(() => import('../pages/not-found-page'));

/** Only pages that exist get a route; everything else is 页面不存在. */
export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    {
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      children: [
        { index: true, element: <WorkbenchPage /> },
        { path: 'org', element: <OrgUnitsPage /> },
        { path: 'org/leaders', element: <OrgLeadersPage /> },
        { path: 'rules/parameters', element: <RuleParametersPage /> },
        // One route for the list and an open article, so opening one keeps the list's state.
        { path: 'rules/:number?', element: <RulesPage /> },
        { path: 'calendar', element: <CalendarPage /> },
        { path: 'account/password', element: <PasswordPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
