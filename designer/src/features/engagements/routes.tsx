import { Route } from 'react-router';
import { EngagementListPage } from './EngagementListPage';
import { EngagementPage } from './EngagementPage';
import { HandoffPage } from './HandoffPage';

/** Engagement list, engagement page and the handoff form. */
export const engagementRoutes = (
  <>
    <Route path="engagements" element={<EngagementListPage />} />
    <Route path="engagements/new" element={<HandoffPage />} />
    <Route path="engagements/:engagementId" element={<EngagementPage />} />
  </>
);
