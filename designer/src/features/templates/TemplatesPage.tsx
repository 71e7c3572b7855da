/** Placeholder until the templates feature is built. */
export function TemplatesPage() {
  return <h1>Templates</h1>;
}
