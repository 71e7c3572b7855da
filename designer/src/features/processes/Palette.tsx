import type { DragEvent } from 'react';

/** The drag-and-drop payload type: the palette item's key (a step type, `stage`, `end` or `finish`). */
export const PALETTE_MIME = 'application/x-workflowagency-item';

export interface PaletteItem {
  key: string;
  label: string;
  description: string;
  category: string;
}

interface Props {
  title: string;
  items: PaletteItem[];
  /** Adding by click or Enter: for the keyboard, at the middle of the view. */
  onAdd: (key: string) => void;
}

/** Items to drag onto the canvas (or press to add), grouped by category; built from the step-type metadata. */
export function Palette({ title, items, onAdd }: Props) {
  const categories = [...new Set(items.map((i) => i.category))];
  const onDragStart = (event: DragEvent, key: string) => {
    event.dataTransfer.setData(PALETTE_MIME, key);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside className="palette" aria-label={title}>
      <h2>{title}</h2>
      <p className="muted hint">Drag onto the canvas, or press to add.</p>
      {categories.map((category) => (
        <section key={category}>
          <h3>{category}</h3>
          {items.filter((i) => i.category === category).map((item) => (
            <button
              key={item.key}
              type="button"
              className="palette-item"
              draggable
              onDragStart={(e) => onDragStart(e, item.key)}
              onClick={() => onAdd(item.key)}
              title={item.description}
              data-testid={`palette-${item.key}`}
            >
              {item.label}
            </button>
          ))}
        </section>
      ))}
    </aside>
  );
}
