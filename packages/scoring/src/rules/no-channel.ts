// no-channel: a touchpoint without a channel.
import type { Rule } from '../types.ts';
import { touchpointTarget } from './helpers.ts';

export const noChannel: Rule = {
  id: 'no-channel',
  defaultSeverity: 'info',
  defaultWeight: 0.5,
  thresholds: {},
  name: { en: 'No channel', nl: 'Geen kanaal' },
  description: { en: 'A touchpoint without a channel.', nl: 'Een contactmoment zonder kanaal.' },
  check({ index, settings, locale }, out) {
    const nl = locale === 'nl';
    const suggestion = nl ? 'Kies het kanaal van dit contactmoment (web, telefoon, winkel, …).' : 'Choose the channel of this touchpoint (web, phone, store, …).';
    const { touchpoints } = index;
    for (let i = 0; i < touchpoints.length; i++) {
      const t = touchpoints[i]!;
      if (t.channelId !== null) continue;
      out.touchpoint(
        i,
        i,
        settings.severity,
        [touchpointTarget(t)],
        `no-channel:touchpoint/${t.id}`,
        nl
          ? `“${t.title}” heeft geen kanaal, dus het is onduidelijk waar klanten je hier tegenkomen.`
          : `“${t.title}” has no channel, so it is unclear where customers meet you here.`,
        suggestion,
      );
    }
  },
};
