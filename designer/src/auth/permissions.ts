import type { Me } from '../api/auth';

// Mirrors the server's policies (Security/Policies.cs) so the UI shows only what the role may do; the server
// still checks every call.
const has = (me: Me, ...roles: string[]) => roles.some((r) => me.roles.includes(r));

export const can = {
  design: (me: Me) => has(me, 'admin', 'operations'),
  readDesign: (me: Me) => has(me, 'admin', 'operations', 'manager'),
  seeEngagements: (me: Me) => has(me, 'admin', 'operations', 'account', 'manager'),
  startEngagement: (me: Me) => has(me, 'admin', 'account', 'manager'),
  retryIncidents: (me: Me) => has(me, 'admin', 'operations', 'manager'),
  supervise: (me: Me) => has(me, 'admin', 'manager'),
  recordPayments: (me: Me) => has(me, 'admin', 'account', 'manager'),
  seeKpis: (me: Me) => has(me, 'admin', 'manager', 'account'),
  workTasks: (me: Me) => me.roles.length > 0 || me.groups.length > 0,
};
