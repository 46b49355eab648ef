import { useEffect } from 'react';

/** The attribute that marks an inbox item: `j` and `k` move between the elements that carry it. */
export const INBOX_ITEM_ATTRIBUTE = 'data-inbox-item';

/** While the person types in a field, or works in a dialog, the inbox's letters are theirs. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, [role="textbox"], [role="combobox"], [role="dialog"]') !== null
  );
}

/**
 * The inbox's keyboard: `j` and `k` move the focus to the next and previous item (the items keep a
 * roving tab stop, so Tab leaves the list from where the person is), `?` asks for the list of
 * shortcuts. `Enter` on a focused item is the item's own (it opens it).
 */
export function useInboxKeys(onHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        onHelp();
        return;
      }
      if (event.key !== 'j' && event.key !== 'k') return;
      const items = [...document.querySelectorAll<HTMLElement>(`[${INBOX_ITEM_ATTRIBUTE}]`)];
      if (items.length === 0) return;
      event.preventDefault();
      const current = items.findIndex((item) => item.contains(document.activeElement));
      const next = event.key === 'j' ? Math.min(current + 1, items.length - 1) : Math.max(current - 1, 0);
      items[next]?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onHelp]);
}
