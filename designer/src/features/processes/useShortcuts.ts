import { useEffect } from 'react';

export interface Shortcuts {
  undo: () => void;
  redo: () => void;
  copy: () => void;
  paste: () => void;
}

function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable);
}

/** Ctrl/⌘+Z undo, Ctrl+Y or Ctrl+Shift+Z redo, Ctrl+C/V copy and paste; left alone while typing in a field. */
export function useShortcuts(shortcuts: Shortcuts): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typingIn(event.target)) return;
      const key = event.key.toLowerCase();
      const action =
        key === 'z' && !event.shiftKey ? shortcuts.undo
          : key === 'y' || (key === 'z' && event.shiftKey) ? shortcuts.redo
            : key === 'c' ? shortcuts.copy
              : key === 'v' ? shortcuts.paste
                : null;
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts]);
}
