import { formatDateTime } from '../inbox/dates';
import type { TimelineItem } from './timeline';

/** The engagement's story, newest first. */
export function Timeline({ items }: { items: TimelineItem[] }) {
  if (items.length === 0) return <p className="muted">Nothing has happened yet.</p>;
  return (
    <ol className="timeline">
      {items.map((item) => (
        <li key={item.key} className={`timeline-item kind-${item.kind}`}>
          <time dateTime={item.at}>{formatDateTime(item.at)}</time>
          <span className="timeline-title">
            {item.href ? (
              <a href={item.href} target="_blank" rel="noreferrer">{item.title}</a>
            ) : (
              item.title
            )}
            {item.actor && item.actor !== 'system' && <span className="muted"> · {item.actor}</span>}
          </span>
          {item.detail && <span className="timeline-detail">{item.detail}</span>}
        </li>
      ))}
    </ol>
  );
}
