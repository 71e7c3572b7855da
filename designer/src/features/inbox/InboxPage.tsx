/** Placeholder until the inbox feature is built. */
export function InboxPage() {
  return <h1>Inbox</h1>;
}
