import type { ReactNode } from 'react';

/** One headline figure of the report and household pages (inside `.attribution-kpis`): its name, then the figure. */
export function Kpi({ label, value, testId }: { label: ReactNode; value: ReactNode; testId?: string }) {
  return (
    <div className="yg-card">
      <p className="muted">{label}</p>
      <strong data-testid={testId}>{value}</strong>
    </div>
  );
}
