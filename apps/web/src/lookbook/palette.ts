// Colours of the lookbook's drawings: plain hex values, because the map SVG is also
// mailed in a self-contained file where no stylesheet class reaches.
import type { ChannelKind, Handoff } from '@touchpoint/model';

export const CHANNEL_COLORS: Record<ChannelKind, string> = {
  web: '#4f46e5',
  app: '#7c3aed',
  email: '#0891b2',
  phone: '#059669',
  store: '#ea580c',
  chat: '#0d9488',
  social: '#db2777',
  mail: '#ca8a04',
  other: '#64748b',
};
export const NO_CHANNEL_COLOR = '#94a3b8';

export function channelColor(kind: ChannelKind | null | undefined): string {
  return kind ? (CHANNEL_COLORS[kind] ?? CHANNEL_COLORS.other) : NO_CHANNEL_COLOR;
}

export const HANDOFF_COLORS: Record<Handoff | 'unset', string> = {
  full: '#059669',
  partial: '#d97706',
  none: '#e11d48',
  unset: '#64748b',
};
