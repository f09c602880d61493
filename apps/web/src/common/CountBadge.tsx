// A short count on a header or a row ("3 ●", "KPI ✕2") that says what it counts: in a
// tooltip, and to screen readers in words instead of the symbols. The words are a hidden
// text rather than an aria-label, which a plain span does not reliably carry to a screen
// reader.
import type { ReactNode } from 'react';

export interface CountBadgeProps {
  /** What the count means, in words: "3 touchpoints in this phase". */
  label: string;
  /** What shows: the number and its symbol. */
  children: ReactNode;
  className?: string;
  testId?: string;
}

export function CountBadge({ label, children, className, testId }: CountBadgeProps) {
  return (
    <span className={className} title={label} data-testid={testId}>
      <span aria-hidden>{children}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
