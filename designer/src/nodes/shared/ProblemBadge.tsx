/** A red count of validation problems, with the messages as its tooltip. */
export function ProblemBadge({ nodeId, problems }: { nodeId: string; problems: string[] }) {
  if (problems.length === 0) return null;
  const text = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return (
    <span className="badge danger problem-badge" data-testid={`problems-${nodeId}`} title={problems.join('\n')} aria-label={text}>
      ⚠ {problems.length}
    </span>
  );
}
