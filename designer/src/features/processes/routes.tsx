import { Route } from 'react-router';
import { ProcessListPage } from './ProcessListPage';

/** Process list, designer canvas (stages and a stage's steps) and version history. */
export const processRoutes = (
  <>
    <Route path="processes" element={<ProcessListPage />} />
  </>
);
