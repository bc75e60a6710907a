import type { ReactNode } from 'react';

export type BadgeTone = 'green' | 'orange' | 'gray' | 'red' | 'blue';

export interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
  title?: string;
  icon?: ReactNode;
  testId?: string;
  className?: string;
}

export function Badge({ tone = 'gray', children, title, icon, testId, className }: BadgeProps) {
  return (
    <span className={['yg-badge', `yg-badge--${tone}`, className].filter(Boolean).join(' ')} title={title} data-testid={testId}>
      {icon && (
        <span className="yg-badge__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {children}
    </span>
  );
}
