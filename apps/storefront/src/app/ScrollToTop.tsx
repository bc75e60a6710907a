import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/** New page, new scroll position; changing filters on the same page keeps it. */
export function ScrollToTop() {
  const { pathname } = useLocation();
  useEffect(() => {
    if (typeof window.scrollTo === 'function') window.scrollTo(0, 0);
  }, [pathname]);
  return null;
}
