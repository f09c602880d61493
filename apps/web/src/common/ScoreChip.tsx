import { useMessages } from '../i18n/index.ts';
import { commonMessages } from './messages.ts';
import { scoreStyle } from './styles.ts';

/** A journey's or touchpoint's score as a coloured chip; a dash when not scored. */
export function ScoreChip({ score, className = '' }: { score: number | null | undefined; className?: string }) {
  const t = useMessages(commonMessages);
  if (score == null) {
    return (
      <span
        title={t('scoreNone')}
        aria-label={t('scoreNone')}
        className={`inline-flex h-6 min-w-9 items-center justify-center rounded-full bg-slate-100 px-2 text-xs font-semibold text-slate-400 ${className}`}
      >
        –
      </span>
    );
  }
  const rounded = Math.round(score);
  return (
    <span
      title={t('scoreLabel', { score: rounded })}
      aria-label={t('scoreLabel', { score: rounded })}
      className={`inline-flex h-6 min-w-9 items-center justify-center rounded-full px-2 text-xs font-semibold tabular-nums ${scoreStyle(rounded).chip} ${className}`}
    >
      {rounded}
    </span>
  );
}
