import { type ComponentType, lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './components/layout/app-layout.js';
import { PageBoundary } from './components/layout/page-boundary.js';
import { RequireSession } from './components/layout/require-session.js';

/**
 * A page whose code loads when it is first shown, so the first load carries only the app's frame
 * and the page it opens on. `name` is the page's export: every route module exports its page by name.
 */
function lazyPage<Name extends string>(
  load: () => Promise<Record<NoInfer<Name>, ComponentType>>,
  name: Name,
) {
  return lazy(async () => {
    const page: ComponentType = (await load())[name];
    return { default: page };
  });
}

const AcceptInvitationRoute = lazyPage(
  () => import('./routes/accept-invitation.js'),
  'AcceptInvitationRoute',
);
const AccountRoute = lazyPage(() => import('./routes/account.js'), 'AccountRoute');
const AccountabilityMapRoute = lazyPage(() => import('./routes/accountability.js'), 'AccountabilityMapRoute');
const ReviewRoute = lazyPage(() => import('./routes/cycle-review.js'), 'ReviewRoute');
const CyclesRoute = lazyPage(() => import('./routes/cycles.js'), 'CyclesRoute');
const DashboardRoute = lazyPage(() => import('./routes/dashboard.js'), 'DashboardRoute');
const DirectionRoute = lazyPage(() => import('./routes/direction.js'), 'DirectionRoute');
const ExportRoute = lazyPage(() => import('./routes/export.js'), 'ExportRoute');
const ImportRoute = lazyPage(() => import('./routes/import.js'), 'ImportRoute');
const InboxRoute = lazyPage(() => import('./routes/inbox.js'), 'InboxRoute');
const IntegrationsRoute = lazyPage(() => import('./routes/integrations.js'), 'IntegrationsRoute');
const DigestRoute = lazyPage(() => import('./routes/digest.js'), 'DigestRoute');
const NewPromiseRoute = lazyPage(() => import('./routes/new-promise.js'), 'NewPromiseRoute');
const NotFoundRoute = lazyPage(() => import('./routes/not-found.js'), 'NotFoundRoute');
const PeopleRoute = lazyPage(() => import('./routes/people.js'), 'PeopleRoute');
const PlanningBoardRoute = lazyPage(() => import('./routes/planning-board.js'), 'PlanningBoardRoute');
const PromiseRoute = lazyPage(() => import('./routes/promise.js'), 'PromiseRoute');
const PromisesRoute = lazyPage(() => import('./routes/promises.js'), 'PromisesRoute');
const SetupRoute = lazyPage(() => import('./routes/setup.js'), 'SetupRoute');
const StrategyDebuggerRoute = lazyPage(
  () => import('./routes/strategy-debugger.js'),
  'StrategyDebuggerRoute',
);
const SignInRoute = lazyPage(() => import('./routes/sign-in.js'), 'SignInRoute');
const SignUpRoute = lazyPage(() => import('./routes/sign-up.js'), 'SignUpRoute');
const ForgotPasswordRoute = lazyPage(() => import('./routes/forgot-password.js'), 'ForgotPasswordRoute');
const ResetPasswordRoute = lazyPage(() => import('./routes/reset-password.js'), 'ResetPasswordRoute');
const ConfirmEmailRoute = lazyPage(() => import('./routes/confirm-email.js'), 'ConfirmEmailRoute');
const ConfirmSignUpRoute = lazyPage(() => import('./routes/confirm-sign-up.js'), 'ConfirmSignUpRoute');
const UnsubscribeRoute = lazyPage(() => import('./routes/unsubscribe.js'), 'UnsubscribeRoute');
const CheckInLinkRoute = lazyPage(() => import('./routes/check-in-link.js'), 'CheckInLinkRoute');
const TeamRoute = lazyPage(() => import('./routes/team.js'), 'TeamRoute');
const TeamsRoute = lazyPage(() => import('./routes/teams.js'), 'TeamsRoute');

export function App() {
  return (
    // The public pages load inside this boundary; the signed-in ones inside the app's frame, so the
    // navigation stays while a page's code arrives.
    <PageBoundary>
      <Routes>
        <Route path="/setup" element={<SetupRoute />} />
        <Route path="/sign-in" element={<SignInRoute />} />
        <Route path="/sign-up" element={<SignUpRoute />} />
        <Route path="/invite/:token" element={<AcceptInvitationRoute />} />
        <Route path="/forgot-password" element={<ForgotPasswordRoute />} />
        <Route path="/reset-password/:token" element={<ResetPasswordRoute />} />
        <Route path="/confirm-email/:token" element={<ConfirmEmailRoute />} />
        <Route path="/sign-up/confirm/:token" element={<ConfirmSignUpRoute />} />
        <Route path="/unsubscribe/:token" element={<UnsubscribeRoute />} />
        <Route path="/check-in/:token" element={<CheckInLinkRoute />} />
        <Route element={<RequireSession />}>
          <Route element={<AppLayout />}>
            <Route index element={<Navigate to="/inbox" replace />} />
            <Route path="inbox" element={<InboxRoute />} />
            <Route path="promises" element={<PromisesRoute />} />
            <Route path="promises/new" element={<NewPromiseRoute />} />
            <Route path="promises/:promiseId" element={<PromiseRoute />} />
            <Route path="map" element={<AccountabilityMapRoute />} />
            <Route path="cycles" element={<CyclesRoute />} />
            <Route path="people" element={<PeopleRoute />} />
            <Route path="teams" element={<TeamsRoute />} />
            <Route path="teams/:teamId" element={<TeamRoute />} />
            <Route path="dashboard" element={<DashboardRoute />} />
            <Route path="cycles/:cycleId/review" element={<ReviewRoute />} />
            <Route path="planning" element={<PlanningBoardRoute />} />
            <Route path="findings" element={<StrategyDebuggerRoute />} />
            <Route path="planning/:cycleId/direction" element={<DirectionRoute />} />
            <Route path="account" element={<AccountRoute />} />
            <Route path="integrations" element={<IntegrationsRoute />} />
            <Route path="digest" element={<DigestRoute />} />
            <Route path="export" element={<ExportRoute />} />
            <Route path="import" element={<ImportRoute />} />
            <Route path="*" element={<NotFoundRoute />} />
          </Route>
        </Route>
      </Routes>
    </PageBoundary>
  );
}
