// How channels, emotions and handoffs look on the map.
import type { ChannelKind, Handoff } from '@touchpoint/model';

// `color` draws lines, icons and borders; `text` is the same hue dark enough to read as
// small text on white (a contrast of at least 4.5:1).
export const CHANNEL_STYLE: Record<ChannelKind, { color: string; text: string }> = {
  web: { color: '#2563eb', text: '#1d4ed8' },
  app: { color: '#7c3aed', text: '#6d28d9' },
  email: { color: '#0891b2', text: '#0e7490' },
  phone: { color: '#ea580c', text: '#c2410c' },
  store: { color: '#16a34a', text: '#15803d' },
  chat: { color: '#db2777', text: '#be185d' },
  social: { color: '#4f46e5', text: '#4338ca' },
  mail: { color: '#a16207', text: '#a16207' },
  other: { color: '#64748b', text: '#475569' },
};

export const NO_CHANNEL_COLOR = '#94a3b8';
export const NO_CHANNEL_TEXT = '#64748b';

export const EMOTION_STYLE: Record<number, { color: string; bg: string }> = {
  [-2]: { color: '#dc2626', bg: '#fee2e2' },
  [-1]: { color: '#ea580c', bg: '#ffedd5' },
  0: { color: '#64748b', bg: '#f1f5f9' },
  1: { color: '#16a34a', bg: '#dcfce7' },
  2: { color: '#059669', bg: '#d1fae5' },
};

export function emotionStyle(emotion: number) {
  return EMOTION_STYLE[Math.max(-2, Math.min(2, Math.round(emotion)))]!;
}

export const HANDOFF_COLOR: Record<Handoff | 'unset', string> = {
  full: '#16a34a',
  partial: '#d97706',
  none: '#dc2626',
  unset: '#dc2626',
};

/** The handoff colours as text on white or a light tint, readable at a small size. */
export const HANDOFF_TEXT_COLOR: Record<Handoff | 'unset', string> = {
  full: '#15803d',
  partial: '#b45309',
  none: '#b91c1c',
  unset: '#b91c1c',
};

/** Whether a KPI misses its target (false when target or actual is unknown). */
export function kpiMissed(kpi: { target: number | null; actual: number | null; direction: 'higher' | 'lower' }): boolean {
  if (kpi.target === null || kpi.actual === null) return false;
  return kpi.direction === 'higher' ? kpi.actual < kpi.target : kpi.actual > kpi.target;
}
