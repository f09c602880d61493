// The colour language of Touchpoint, shared by every screen: severities of findings and
// scores (channel and handoff colours are the map's: canvas/visuals.ts). Class names are
// written out in full so Tailwind finds them.
import type { CommonMessageKey } from './messages.ts';

export type Severity = 'info' | 'warning' | 'critical';

export interface SeverityStyle {
  /** Message key of the label in `commonMessages`. */
  labelKey: CommonMessageKey;
  /** Hex colour for canvas drawings and exports. */
  color: string;
  /** Pill / badge: background, text and ring. */
  badge: string;
  /** A small solid dot. */
  dot: string;
  /** Left border accent of a card. */
  border: string;
}

const SEVERITY_STYLES: Record<Severity, SeverityStyle> = {
  critical: {
    labelKey: 'severityCritical',
    color: '#e11d48',
    badge: 'bg-rose-50 text-rose-700 ring-1 ring-inset ring-rose-200',
    dot: 'bg-rose-500',
    border: 'border-l-rose-500',
  },
  warning: {
    labelKey: 'severityWarning',
    color: '#d97706',
    badge: 'bg-amber-50 text-amber-800 ring-1 ring-inset ring-amber-200',
    dot: 'bg-amber-500',
    border: 'border-l-amber-500',
  },
  info: {
    labelKey: 'severityInfo',
    color: '#0284c7',
    badge: 'bg-sky-50 text-sky-700 ring-1 ring-inset ring-sky-200',
    dot: 'bg-sky-500',
    border: 'border-l-sky-500',
  },
};

/** Most severe first. */
export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'warning', 'info'];

export function severityStyle(severity: Severity): SeverityStyle {
  return SEVERITY_STYLES[severity];
}

export type ScoreBand = 'good' | 'fair' | 'poor';

export interface ScoreStyle {
  band: ScoreBand;
  color: string;
  /** Text colour for a big number. */
  text: string;
  /** Chip: background, text and ring. */
  chip: string;
}

const SCORE_STYLES: Record<ScoreBand, ScoreStyle> = {
  good: { band: 'good', color: '#059669', text: 'text-emerald-600', chip: 'bg-emerald-50 text-emerald-700 ring-1 ring-inset ring-emerald-200' },
  fair: { band: 'fair', color: '#d97706', text: 'text-amber-600', chip: 'bg-amber-50 text-amber-800 ring-1 ring-inset ring-amber-200' },
  poor: { band: 'poor', color: '#e11d48', text: 'text-rose-600', chip: 'bg-rose-50 text-rose-700 ring-1 ring-inset ring-rose-200' },
};

/** A score of 0–100: 80 and up is good, 60 and up fair, below that poor. */
export function scoreStyle(score: number): ScoreStyle {
  return SCORE_STYLES[score >= 80 ? 'good' : score >= 60 ? 'fair' : 'poor'];
}
