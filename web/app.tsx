import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './components/layout/app-layout.js';
import { RequireSession } from './components/layout/require-session.js';
import { AcceptInvitationRoute } from './routes/accept-invitation.js';
import { AccountRoute } from './routes/account.js';
import { AccountabilityMapRoute } from './routes/accountability.js';
import { ReviewRoute } from './routes/cycle-review.js';
import { CyclesRoute } from './routes/cycles.js';
import { DashboardRoute } from './routes/dashboard.js';
import { DirectionRoute } from './routes/direction.js';
import { InboxRoute } from './routes/inbox.js';
import { NewPromiseRoute } from './routes/new-promise.js';
import { NotFoundRoute } from './routes/not-found.js';
import { PeopleRoute } from './routes/people.js';
import { PlanningBoardRoute } from './routes/planning-board.js';
import { PromiseRoute } from './routes/promise.js';
import { PromisesRoute } from './routes/promises.js';
import { SetupRoute } from './routes/setup.js';
import { SignInRoute } from './routes/sign-in.js';
import { SignUpRoute } from './routes/sign-up.js';
import { TeamRoute } from './routes/team.js';
import { TeamsRoute } from './routes/teams.js';

export function App() {
  return (
    <Routes>
      <Route path="/setup" element={<SetupRoute />} />
      <Route path="/sign-in" element={<SignInRoute />} />
      <Route path="/sign-up" element={<SignUpRoute />} />
      <Route path="/invite/:token" element={<AcceptInvitationRoute />} />
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
          <Route path="planning/:cycleId/direction" element={<DirectionRoute />} />
          <Route path="account" element={<AccountRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Route>
    </Routes>
  );
}
