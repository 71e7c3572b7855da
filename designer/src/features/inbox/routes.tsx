import { Route } from 'react-router';
import { InboxPage } from './InboxPage';

/** The task inbox: /inbox and /inbox/:taskId (the selected task in the third pane). */
export const inboxRoutes = (
  <>
    <Route path="inbox" element={<InboxPage />} />
    <Route path="inbox/:taskId" element={<InboxPage />} />
  </>
);
