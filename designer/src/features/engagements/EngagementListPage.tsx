/** Placeholder until the engagements feature is built. */
export function EngagementListPage() {
  return <h1>Engagements</h1>;
}
