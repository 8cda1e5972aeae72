import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
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
const WhereaboutsPage = lazy(() => import('../pages/leave/whereabouts-page'));
const LeaveReportsPage = lazy(() => import('../pages/leave/leave-reports-page'));
const LeaveReportFormPage = lazy(() => import('../pages/leave/leave-report-form-page'));
const LeaveReportPage = lazy(() => import('../pages/leave/leave-report-page'));
const CoverCalendarPage = lazy(() => import('../pages/leave/cover-calendar-page'));
const LeaderItemsPage = lazy(() => import('../pages/leave/leader-items-page'));
const LeaderItemPage = lazy(() => import('../pages/leave/leader-item-page'));
const AccountPage = lazy(() => import('../pages/account/account-page'));
const UsersPage = lazy(() => import('../pages/users/users-page'));
const SecurityPage = lazy(() => import('../pages/security/security-page'));
const AuditPage = lazy(() => import('../pages/audit/audit-page'));
const EventsPage = lazy(() => import('../pages/events/events-page'));
const IncomingRegisterPage = lazy(() => import('../pages/documents/incoming-register-page'));
const SubmitIncomingPage = lazy(() => import('../pages/documents/submit-incoming-page'));
const ChaseListPage = lazy(() => import('../pages/documents/chase-list-page'));
const IncomingDocumentPage = lazy(() => import('../pages/documents/incoming-document-page'));
const RegisterReceivedPage = lazy(() => import('../pages/documents/register-received-page'));
const ResubmitIncomingPage = lazy(() => import('../pages/documents/resubmit-incoming-page'));
const ProcessingSlipPage = lazy(() => import('../pages/documents/processing-slip-page'));
const DoneListPage = lazy(() => import('../pages/documents/done-list-page'));
const OutgoingListPage = lazy(() => import('../pages/outgoing/outgoing-list-page'));
const DraftOutgoingPage = lazy(() => import('../pages/outgoing/draft-outgoing-page'));
const ReceivedPage = lazy(() => import('../pages/outgoing/received-page'));
const SignOffAuthorizationsPage = lazy(() => import('../pages/outgoing/sign-off-authorizations-page'));
const OutgoingDocumentPage = lazy(() => import('../pages/outgoing/outgoing-document-page'));
const ReviseOutgoingPage = lazy(() => import('../pages/outgoing/revise-outgoing-page'));
const MeetingsPage = lazy(() => import('../pages/meetings/meetings-page'));
const MeetingPage = lazy(() => import('../pages/meetings/meeting-page'));
const TopicRedirectPage = lazy(() => import('../pages/meetings/topic-redirect-page'));
const TaskRedirectPage = lazy(() => import('../pages/meetings/task-page'));
const LedgerPage = lazy(() => import('../pages/supervision/ledger-page'));
const SupervisionTaskPage = lazy(() => import('../pages/supervision/task-page'));
const DashboardPage = lazy(() => import('../pages/supervision/dashboard-page'));
const SuggestionsPage = lazy(() => import('../pages/supervision/suggestions-page'));
const SuggestionPage = lazy(() => import('../pages/supervision/suggestion-page'));
const RectificationsPage = lazy(() => import('../pages/supervision/rectifications-page'));
const RectificationPage = lazy(() => import('../pages/supervision/rectification-page'));
const SpotChecksPage = lazy(() => import('../pages/supervision/spot-checks-page'));
const SpotCheckPage = lazy(() => import('../pages/supervision/spot-check-page'));
const ResultsPage = lazy(() => import('../pages/supervision/results-page'));
const PeriodicReportsPage = lazy(() => import('../pages/supervision/reports-page'));
const PlansPage = lazy(() => import('../pages/supervision/plans-page'));
const DisclosureRoutes = lazy(() => import('../pages/disclosure/disclosure-routes'));
const NotFoundPage = lazy(() => import('../pages/not-found-page'));

/** Only pages that exist get a route; everything else is 页面不存在. */
export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    // The 收文处理笺 prints as an A4 sheet alone, outside the app's frame.
    {
      path: '/documents/incoming/:id/slip',
      element: (
        <RequireSession>
          <ProcessingSlipPage />
        </RequireSession>
      ),
    },
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
        { path: 'account', element: <AccountPage /> },
        { path: 'admin/users', element: <UsersPage /> },
        { path: 'security', element: <SecurityPage /> },
        { path: 'audit', element: <AuditPage /> },
        { path: 'leave', element: <WhereaboutsPage /> },
        { path: 'leave/reports', element: <LeaveReportsPage /> },
        { path: 'leave/reports/new', element: <LeaveReportFormPage /> },
        { path: 'leave/reports/:id', element: <LeaveReportPage /> },
        { path: 'leave/cover', element: <CoverCalendarPage /> },
        { path: 'leave/items', element: <LeaderItemsPage /> },
        { path: 'leave/items/:id', element: <LeaderItemPage /> },
        // One route for the tabs and an open object, so opening one keeps the list beside it.
        { path: 'events/:tab?/:id?', element: <EventsPage /> },
        { path: 'documents/incoming', element: <IncomingRegisterPage /> },
        { path: 'documents/incoming/new', element: <SubmitIncomingPage /> },
        { path: 'documents/incoming/chase', element: <ChaseListPage /> },
        { path: 'documents/incoming/:id', element: <IncomingDocumentPage /> },
        { path: 'documents/incoming/registration', element: <RegisterReceivedPage /> },
        { path: 'documents/incoming/:id/resubmit', element: <ResubmitIncomingPage /> },
        { path: 'documents/done', element: <DoneListPage /> },
        { path: 'outgoing', element: <OutgoingListPage /> },
        { path: 'outgoing/new', element: <DraftOutgoingPage /> },
        { path: 'outgoing/received', element: <ReceivedPage /> },
        { path: 'outgoing/authorizations', element: <SignOffAuthorizationsPage /> },
        { path: 'outgoing/:id', element: <OutgoingDocumentPage /> },
        { path: 'outgoing/:id/edit', element: <ReviseOutgoingPage /> },
        { path: 'meetings', element: <MeetingsPage /> },
        { path: 'meetings/topics/:id', element: <TopicRedirectPage /> },
        { path: 'meetings/:id', element: <MeetingPage /> },
        // The follow-up tasks moved to 督查督办; old links (bookmarks, notices) land on the same task there.
        { path: 'tasks', element: <Navigate to="/supervision" replace /> },
        { path: 'tasks/:id', element: <TaskRedirectPage /> },
        { path: 'supervision', element: <LedgerPage /> },
        { path: 'supervision/tasks/:id', element: <SupervisionTaskPage /> },
        { path: 'supervision/dashboard', element: <DashboardPage /> },
        { path: 'supervision/plans', element: <PlansPage /> },
        { path: 'supervision/suggestions', element: <SuggestionsPage /> },
        { path: 'supervision/suggestions/:id', element: <SuggestionPage /> },
        { path: 'supervision/rectifications', element: <RectificationsPage /> },
        { path: 'supervision/rectifications/:id', element: <RectificationPage /> },
        { path: 'supervision/spot-checks', element: <SpotChecksPage /> },
        { path: 'supervision/spot-checks/:id', element: <SpotCheckPage /> },
        { path: 'supervision/results', element: <ResultsPage /> },
        { path: 'supervision/reports', element: <PeriodicReportsPage /> },
        { path: 'disclosure/*', element: <DisclosureRoutes /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
