// emotion-drop: the mood falls sharply from one touchpoint to the next. "Next" follows the
// steps; a journey without any steps is read along its emotion curve in map order.
import type { Touchpoint } from '@touchpoint/model';
import type { Rule } from '../types.ts';
import { numberSetting, touchpointTarget } from './helpers.ts';

const message = (a: Touchpoint, b: Touchpoint, nl: boolean) =>
  nl
    ? `De stemming daalt sterk van “${a.title}” (${a.emotion}) naar “${b.title}” (${b.emotion}).`
    : `The mood drops sharply from “${a.title}” (${a.emotion}) to “${b.title}” (${b.emotion}).`;

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
  check({ index, settings, locale }, out) {
    const minDrop = numberSetting(settings, 'minDrop');
    const nl = locale === 'nl';
    const suggestion = nl
      ? 'Bereid klanten voor op dit moment of maak de overgang soepeler, zodat de ervaring niet plotseling omslaat.'
      : 'Prepare customers for this moment or smooth the transition, so the experience does not suddenly turn sour.';
    const { touchpoints, steps, stepFrom, stepTo } = index;
    if (steps.length === 0) {
      for (let i = 1; i < touchpoints.length; i++) {
        const a = touchpoints[i - 1]!;
        const b = touchpoints[i]!;
        if (a.emotion - b.emotion < minDrop) continue;
        out.touchpoint(i, i, settings.severity, [touchpointTarget(b)], `emotion-drop:touchpoint/${b.id}`, message(a, b, nl), suggestion);
      }
      return;
    }
    for (let k = 0; k < steps.length; k++) {
      const from = stepFrom[k]!;
      const to = stepTo[k]!;
      const a = touchpoints[from]!;
      const b = touchpoints[to]!;
      if (a.emotion - b.emotion < minDrop) continue;
      const id = steps[k]!.id;
      out.touchpoint(
        from,
        to,
        settings.severity,
        [{ kind: 'step', id }, touchpointTarget(b)],
        `emotion-drop:step/${id}+touchpoint/${b.id}`,
        message(a, b, nl),
        suggestion,
      );
    }
  },
};
