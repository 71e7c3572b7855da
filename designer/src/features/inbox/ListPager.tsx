import { inboxPageSize, pageCount, pageLabel } from './inboxPaging';

interface Props {
  page: number;
  shown: number;
  total: number;
  onPage: (page: number) => void;
}

/**
 * Which tasks of how many are shown ("1–50 of 889"), and buttons to the previous and next page. The buttons are
 * aria-disabled rather than disabled at either end, so a keyboard user paging to the last page keeps the focus on
 * the button they pressed instead of losing it to the page.
 */
export function ListPager({ page, shown, total, onPage }: Props) {
  const last = pageCount(total, inboxPageSize);
  const go = (to: number) => () => {
    if (to >= 1 && to <= last && to !== page) onPage(to);
  };
  return (
    <nav className="list-pager" aria-label="Pages">
      <span className="page-label" data-testid="page-label">{pageLabel(page, inboxPageSize, shown, total)}</span>
      {last > 1 && (
        <span className="page-buttons">
          <button type="button" aria-label="Previous page" aria-disabled={page <= 1} onClick={go(page - 1)}>‹ Previous</button>
          <button type="button" aria-label="Next page" aria-disabled={page >= last} onClick={go(page + 1)}>Next ›</button>
        </span>
      )}
    </nav>
  );
}
