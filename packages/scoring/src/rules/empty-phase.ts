// empty-phase: a phase without touchpoints.
import type { Rule } from '../types.ts';

export const emptyPhase: Rule = {
  id: 'empty-phase',
  defaultSeverity: 'warning',
  defaultWeight: 1,
  thresholds: {},
  name: { en: 'Empty phase', nl: 'Lege fase' },
  description: { en: 'A phase without touchpoints.', nl: 'Een fase zonder contactmomenten.' },
  check({ index, settings, locale }, out) {
    const nl = locale === 'nl';
    index.phases.forEach((p, rank) => {
      if (index.touchpointsByPhase[rank]!.length > 0) return;
      out.phases(
        [rank],
        settings.severity,
        [{ kind: 'phase', id: p.id }],
        `empty-phase:phase/${p.id}`,
        nl
          ? `Fase “${p.name}” heeft geen contactmomenten: klanten staan er hier alleen voor.`
          : `Phase “${p.name}” has no touchpoints: customers are on their own here.`,
        nl
          ? 'Voeg de contactmomenten toe die klanten in deze fase tegenkomen, of verwijder de fase als die niet van toepassing is.'
          : 'Add the touchpoints customers meet in this phase, or remove the phase if it does not apply.',
      );
    });
  },
};
