import { Route } from 'react-router';
import { EngagementListPage } from './EngagementListPage';

/** Engagement list, engagement page and the handoff form. */
export const engagementRoutes = (
  <>
    <Route path="engagements" element={<EngagementListPage />} />
  </>
);
