// The colour language of Touchpoint, shared by every screen: severities of findings,
// channel kinds and scores. Class names are written out in full so Tailwind finds them.
import type { ChannelKind } from '@touchpoint/model';
import type { CommonMessageKey } from './messages.ts';

export type Severity = 'info' | 'warning' | 'critical';

export interface SeverityStyle {
  /** Message key of the label in `commonMessages`. */
  labelKey: CommonMessageKey;
  icon: string;
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
    icon: '⛔',
    color: '#e11d48',
    badge: 'bg-rose-50 text-rose-700 ring-1 ring-inset ring-rose-200',
    dot: 'bg-rose-500',
    border: 'border-l-rose-500',
  },
  warning: {
    labelKey: 'severityWarning',
    icon: '⚠️',
    color: '#d97706',
    badge: 'bg-amber-50 text-amber-800 ring-1 ring-inset ring-amber-200',
    dot: 'bg-amber-500',
    border: 'border-l-amber-500',
  },
  info: {
    labelKey: 'severityInfo',
    icon: 'ℹ️',
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

export interface ChannelKindStyle {
  labelKey: CommonMessageKey;
  icon: string;
  /** Hex colour for canvas drawings and exports. */
  color: string;
  /** Pill / badge: background, text and ring. */
  badge: string;
}

const CHANNEL_STYLES: Record<ChannelKind, ChannelKindStyle> = {
  web: { labelKey: 'channelWeb', icon: '🌐', color: '#4f46e5', badge: 'bg-indigo-50 text-indigo-700 ring-1 ring-inset ring-indigo-200' },
  app: { labelKey: 'channelApp', icon: '📱', color: '#7c3aed', badge: 'bg-violet-50 text-violet-700 ring-1 ring-inset ring-violet-200' },
  email: { labelKey: 'channelEmail', icon: '✉️', color: '#0891b2', badge: 'bg-cyan-50 text-cyan-700 ring-1 ring-inset ring-cyan-200' },
  phone: { labelKey: 'channelPhone', icon: '📞', color: '#059669', badge: 'bg-emerald-50 text-emerald-700 ring-1 ring-inset ring-emerald-200' },
  store: { labelKey: 'channelStore', icon: '🏬', color: '#ea580c', badge: 'bg-orange-50 text-orange-700 ring-1 ring-inset ring-orange-200' },
  chat: { labelKey: 'channelChat', icon: '💬', color: '#0d9488', badge: 'bg-teal-50 text-teal-700 ring-1 ring-inset ring-teal-200' },
  social: { labelKey: 'channelSocial', icon: '📣', color: '#db2777', badge: 'bg-pink-50 text-pink-700 ring-1 ring-inset ring-pink-200' },
  mail: { labelKey: 'channelMail', icon: '📬', color: '#ca8a04', badge: 'bg-yellow-50 text-yellow-800 ring-1 ring-inset ring-yellow-200' },
  other: { labelKey: 'channelOther', icon: '🔹', color: '#64748b', badge: 'bg-slate-100 text-slate-700 ring-1 ring-inset ring-slate-200' },
};

const NO_CHANNEL: ChannelKindStyle = {
  labelKey: 'channelNone',
  icon: '∅',
  color: '#94a3b8',
  badge: 'bg-white text-slate-500 ring-1 ring-inset ring-dashed ring-slate-300',
};

/** Colour, icon and label of a channel kind; `null` for a touchpoint without a channel. */
export function channelKindStyle(kind: ChannelKind | null | undefined): ChannelKindStyle {
  return kind ? (CHANNEL_STYLES[kind] ?? CHANNEL_STYLES.other) : NO_CHANNEL;
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
