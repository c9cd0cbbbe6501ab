import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * The register's counts stay stuck to the top of the page and its Undo / Add walk-in bar to
 * the bottom. So that a button reached by keyboard never sits hidden behind either (WCAG 2.2
 * 2.4.11), the page's scroll padding follows the bars' heights while the register is open:
 * the browser then scrolls a focused button into the space between them. The bars change
 * height (a message, the walk-in form, zoom), so they are watched, not measured once.
 */
export function useBarsKeepFocusInView(section: RefObject<HTMLElement>) {
  useEffect(() => {
    const root = document.documentElement;
    const top = section.current?.querySelector<HTMLElement>('.register-summary');
    const bottom = section.current?.querySelector<HTMLElement>('.register-bar');
    if (!top || !bottom) return;
    const GAP = 8;
    const follow = () => {
      root.style.scrollPaddingTop = `${top.offsetHeight + GAP}px`;
      root.style.scrollPaddingBottom = `${bottom.offsetHeight + GAP}px`;
    };
    follow();
    const watcher = new ResizeObserver(follow);
    watcher.observe(top);
    watcher.observe(bottom);
    return () => {
      watcher.disconnect();
      root.style.scrollPaddingTop = '';
      root.style.scrollPaddingBottom = '';
    };
  }, [section]);
}
