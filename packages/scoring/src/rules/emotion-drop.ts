// emotion-drop: the mood falls sharply from one touchpoint to the next. "Next" follows the
// steps; a journey without any steps is read along its emotion curve in map order.
import type { Touchpoint } from '@touchpoint/model';
import type { RawFinding, Rule, ScoringLocale, Target } from '../types.ts';
import { numberSetting, touchpointTarget } from './helpers.ts';

function text(a: Touchpoint, b: Touchpoint, locale: ScoringLocale): { message: string; suggestion: string } {
  return {
    message: locale === 'nl'
          ? `De stemming daalt sterk van "${a.title}" (${a.emotion}) naar "${b.title}" (${b.emotion}).`
          : `The mood drops sharply from "${a.title}" (${a.emotion}) to "${b.title}" (${b.emotion}).`,
    suggestion: locale === 'nl'
          ? 'Bereid klanten voor op dit moment of maak de overgang soepeler, zodat de ervaring niet plotseling omslaat.'
          : 'Prepare customers for this moment or smooth the transition, so the experience does not suddenly turn sour.',
  };
}

export const emotionDrop: Rule = {
  id: 'emotion-drop',
  defaultSeverity: 'warning',
  defaultWeight: 1,
  thresholds: {
    minDrop: {
      type: 'integer',
      default: 2,
      min: 1,
      max: 4,
      label: { en: 'Flag a fall of at least', nl: 'Markeer een daling van minstens' },
    },
  },
  name: { en: 'Emotion drop', nl: 'Emotionele terugval' },
  description: {
    en: 'The emotion falls by the threshold or more between consecutive touchpoints (along the steps; in map order when the journey has no steps).',
    nl: 'De emotie daalt met de drempel of meer tussen opeenvolgende contactmomenten (langs de stappen; in kaartvolgorde als de reis geen stappen heeft).',
  },
  check({ index, settings, locale }) {
    const minDrop = numberSetting(settings, 'minDrop');
    const out: RawFinding[] = [];
    const add = (a: Touchpoint, b: Touchpoint, targets: Target[]) => {
      if (a.emotion - b.emotion >= minDrop) out.push({ severity: settings.severity, targets, ...text(a, b, locale) });
    };
    if (index.steps.length === 0) {
      for (let i = 1; i < index.touchpoints.length; i++) {
        const b = index.touchpoints[i]!;
        add(index.touchpoints[i - 1]!, b, [touchpointTarget(b)]);
      }
      return out;
    }
    for (const { step, from, to } of index.steps) {
      const b = index.touchpoints[to]!;
      add(index.touchpoints[from]!, b, [{ kind: 'step', id: step.id }, touchpointTarget(b)]);
    }
    return out;
  },
};
