import { Route } from 'react-router';
import { DesignerPage } from './DesignerPage';
import { HistoryPage } from './HistoryPage';
import { ProcessListPage } from './ProcessListPage';

/** Process list, designer canvas (stages and a stage's steps) and version history. */
export const processRoutes = (
  <>
    <Route path="processes" element={<ProcessListPage />} />
    <Route path="processes/:id/history" element={<HistoryPage />} />
    <Route path="processes/:id/*" element={<DesignerPage />} />
  </>
);
