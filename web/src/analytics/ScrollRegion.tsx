import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroller, reachable from the keyboard (focusable and named), so its
 * hidden columns can be scrolled to without a mouse (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keys
    <section className="table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
