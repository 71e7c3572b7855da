import { Route } from 'react-router';
import { TemplatesPage } from './TemplatesPage';

/** The template editor with the server-rendered live preview. */
export const templateRoutes = (
  <>
    <Route path="templates" element={<TemplatesPage />} />
    <Route path="templates/*" element={<TemplatesPage />} />
  </>
);
