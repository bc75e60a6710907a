import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

type ToastTone = 'success' | 'error';
interface ToastItem {
  id: number;
  tone: ToastTone;
  text: string;
}

type Show = (text: string, tone?: ToastTone) => void;
const ToastContext = createContext<Show | null>(null);

/**
 * Success (and failure) messages that appear over the page for a few seconds and are read out by screen readers
 * (role=status). One provider at the app root; `useToast()` outside it does nothing (component tests).
 */
export function ToastProvider({ children, timeoutMs = 4000 }: { children: ReactNode; timeoutMs?: number }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const next = useRef(1);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const all = timers.current;
    return () => all.forEach(clearTimeout);
  }, []);
  const show = useCallback<Show>(
    (text, tone = 'success') => {
      const id = next.current++;
      setItems((xs) => [...xs.slice(-2), { id, tone, text }]);
      const timer = setTimeout(() => {
        timers.current.delete(timer);
        setItems((xs) => xs.filter((x) => x.id !== id));
      }, timeoutMs);
      timers.current.add(timer);
    },
    [timeoutMs],
  );
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="yg-toasts" role="status" aria-live="polite">
        {items.map((x) => (
          <p key={x.id} className={`yg-toast yg-toast--${x.tone}`} data-testid="toast">
            {x.text}
          </p>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

const noop: Show = () => undefined;

export function useToast(): Show {
  const show = useContext(ToastContext);
  return useMemo(() => show ?? noop, [show]);
}
