// How channels, emotions and handoffs look on the map.
import type { ChannelKind, Handoff } from '@touchpoint/model';

export const CHANNEL_STYLE: Record<ChannelKind, { color: string }> = {
  web: { color: '#2563eb' },
  app: { color: '#7c3aed' },
  email: { color: '#0891b2' },
  phone: { color: '#ea580c' },
  store: { color: '#16a34a' },
  chat: { color: '#db2777' },
  social: { color: '#4f46e5' },
  mail: { color: '#a16207' },
  other: { color: '#64748b' },
};

export const NO_CHANNEL_COLOR = '#94a3b8';

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

/** Whether a KPI misses its target (false when target or actual is unknown). */
export function kpiMissed(kpi: { target: number | null; actual: number | null; direction: 'higher' | 'lower' }): boolean {
  if (kpi.target === null || kpi.actual === null) return false;
  return kpi.direction === 'higher' ? kpi.actual < kpi.target : kpi.actual > kpi.target;
}
