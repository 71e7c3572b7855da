import { NavLink, Outlet } from 'react-router';
import { can } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';

/** The frame around every signed-in page: navigation for what the user's role may do, and sign-out. */
export function Shell() {
  const { me, signOut } = useSession();
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">WorkflowAgency</span>
        <nav aria-label="Main">
          {can.workTasks(me) && <NavLink to="/inbox">Inbox</NavLink>}
          {can.seeEngagements(me) && <NavLink to="/engagements">Engagements</NavLink>}
          {can.readDesign(me) && <NavLink to="/processes">Processes</NavLink>}
          {can.readDesign(me) && <NavLink to="/templates">Templates</NavLink>}
          {can.seeKpis(me) && <NavLink to="/kpis">KPIs</NavLink>}
        </nav>
        <span className="user">
          {me.displayName}
          <button type="button" className="link" onClick={() => void signOut()}>Sign out</button>
        </span>
      </header>
      <main className="page">
        <Outlet />
      </main>
    </div>
  );
}
