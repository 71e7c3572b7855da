import { useEffect, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { resumeSession, signOut, type Me } from './api/auth';
import { can } from './auth/permissions';
import { SessionContext } from './auth/SessionContext';
import { SignInPage } from './auth/SignInPage';
import { engagementRoutes } from './features/engagements/routes';
import { inboxRoutes } from './features/inbox/routes';
import { kpiRoutes } from './features/kpis/routes';
import { processRoutes } from './features/processes/routes';
import { templateRoutes } from './features/templates/routes';
import { Shell } from './layout/Shell';

/** Where a user lands: operations design processes, everyone else starts from their tasks. */
function homeFor(me: Me): string {
  return can.design(me) && !me.roles.includes('account') ? '/processes' : '/inbox';
}

export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  useEffect(() => {
    void resumeSession().then(setMe);
  }, []);

  if (me === undefined) return <p className="loading">Loading…</p>;
  if (me === null) return <SignInPage onSignedIn={setMe} />;

  const session = {
    me,
    signOut: async () => {
      await signOut();
      setMe(null);
    },
  };

  return (
    <SessionContext.Provider value={session}>
      <BrowserRouter>
        <Routes>
          <Route element={<Shell />}>
            <Route index element={<Navigate to={homeFor(me)} replace />} />
            {inboxRoutes}
            {engagementRoutes}
            {processRoutes}
            {templateRoutes}
            {kpiRoutes}
            <Route path="*" element={<h1>Page not found</h1>} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionContext.Provider>
  );
}
