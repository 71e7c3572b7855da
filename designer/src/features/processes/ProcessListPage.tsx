/** Placeholder until the processes feature is built. */
export function ProcessListPage() {
  return <h1>Processes</h1>;
}
