import { useEffect, useRef } from 'react';

/**
 * The page's h1, also the document title. It takes the focus when the page opens, so after an
 * in-app navigation keyboard and screen-reader users start at the new page, not at the old link.
 */
export function PageTitle({ children, suffix }: { children: string; suffix?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · ${suffix ?? 'Journeylens'}`;
  }, [children, suffix]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
