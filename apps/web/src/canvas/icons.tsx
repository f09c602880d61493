// Drawn icons for channels and emotions (SVG, so they look the same on every system and
// in exported images, with or without an emoji font).
import type { ChannelKind } from '@touchpoint/model';
import { emotionStyle } from './visuals.ts';

const CHANNEL_PATHS: Record<ChannelKind, string> = {
  web: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c3 3.2 3 14.8 0 18M12 3c-3 3.2-3 14.8 0 18',
  app: 'M8 2.5h8a1.5 1.5 0 0 1 1.5 1.5v16a1.5 1.5 0 0 1-1.5 1.5h-8A1.5 1.5 0 0 1 6.5 20V4A1.5 1.5 0 0 1 8 2.5M11 18.5h2',
  email: 'M3.5 6h17v12h-17zM3.5 6l8.5 7l8.5-7',
  phone: 'M6.5 3.5l3 .5l1.5 4l-2 1.5a11 11 0 0 0 5.5 5.5l1.5-2l4 1.5l.5 3a2 2 0 0 1-2 2A16 16 0 0 1 4.5 5.5a2 2 0 0 1 2-2',
  store: 'M4 9.5V20h16V9.5M3 9.5l2-5.5h14l2 5.5zM10 20v-6h4v6',
  chat: 'M4 5h16v11H10l-4.5 3.5V16H4z',
  social: 'M17.5 4.5a2.5 2.5 0 1 0 .01 0M6.5 9.5a2.5 2.5 0 1 0 .01 0M17.5 14.5a2.5 2.5 0 1 0 .01 0M8.7 10.8l6.6-3.6M8.7 13.2l6.6 3.6',
  mail: 'M4 10a4 4 0 0 1 8 0v9H4zM12 10h8v9h-8M8 10v3M16 5v5',
  other: 'M12 3l9 9l-9 9l-9-9z',
};

export function ChannelIcon({ kind, size = 14, color = 'currentColor' }: { kind: ChannelKind | null; size?: number; color?: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke={color} strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden className="shrink-0">
      {kind ? <path d={CHANNEL_PATHS[kind]} /> : <circle cx={12} cy={12} r={8} strokeDasharray="3 3" />}
    </svg>
  );
}

/** A speech bubble, for comments. */
export function CommentIcon({ size = 11 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden className="inline-block shrink-0 align-[-1px]">
      <path d={CHANNEL_PATHS.chat} />
    </svg>
  );
}

/** A face whose mouth follows the emotion (-2 … +2). */
export function EmotionFace({ emotion, size = 24 }: { emotion: number; size?: number }) {
  const style = emotionStyle(emotion);
  const curve = emotion * 2.2; // mouth bend
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden className="shrink-0">
      <circle cx={12} cy={12} r={10.5} fill={style.bg} stroke={style.color} strokeWidth={1.8} />
      <circle cx={8.5} cy={10} r={1.4} fill={style.color} />
      <circle cx={15.5} cy={10} r={1.4} fill={style.color} />
      <path d={`M7.5 ${15.5 - curve / 2} Q12 ${15.5 + curve} 16.5 ${15.5 - curve / 2}`} fill="none" stroke={style.color} strokeWidth={1.8} strokeLinecap="round" />
    </svg>
  );
}
