import { Route, Routes } from 'react-router';
import { AppLayout } from './components/layout/app-layout.js';
import { RequireSession } from './components/layout/require-session.js';
import { AcceptInvitationRoute } from './routes/accept-invitation.js';
import { AccountRoute } from './routes/account.js';
import { HomeRoute } from './routes/home.js';
import { NotFoundRoute } from './routes/not-found.js';
import { PeopleRoute } from './routes/people.js';
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
          <Route index element={<HomeRoute />} />
          <Route path="people" element={<PeopleRoute />} />
          <Route path="teams" element={<TeamsRoute />} />
          <Route path="teams/:teamId" element={<TeamRoute />} />
          <Route path="account" element={<AccountRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Route>
    </Routes>
  );
}
