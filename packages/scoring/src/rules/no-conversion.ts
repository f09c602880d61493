// no-conversion: a call to action on a channel where the customer cannot complete it.
// Silent when a step leads on to a touchpoint whose channel can convert (an email whose
// "Book now" button opens the web shop is fine); a touchpoint without a channel is left
// to no-channel.
import type { Rule } from '../types.ts';
import { touchpointTarget } from './helpers.ts';

export const noConversion: Rule = {
  id: 'no-conversion',
  defaultSeverity: 'warning',
  defaultWeight: 1,
  thresholds: {},
  name: { en: 'Call to action without conversion', nl: 'Call-to-action zonder conversie' },
  description: {
    en: 'A call to action on a channel that cannot convert, with no step on to a channel that can.',
    nl: 'Een call-to-action op een kanaal dat niet kan converteren, zonder stap naar een kanaal dat dat wel kan.',
  },
  check({ index, settings, locale }, out) {
    const nl = locale === 'nl';
    const { touchpoints, channelOf, channelList, outStart, outTo } = index;
    const converts = (i: number) => channelOf[i]! >= 0 && channelList[channelOf[i]!]!.canConvert === true;
    touchpoints: for (let i = 0; i < touchpoints.length; i++) {
      const t = touchpoints[i]!;
      const cta = t.callToAction.trim();
      // A touchpoint without a channel is left to no-channel; an unknown channel is not judged.
      if (cta === '' || channelOf[i]! < 0) continue;
      const channel = channelList[channelOf[i]!]!;
      if (channel.canConvert) continue;
      for (let e = outStart[i]!; e < outStart[i + 1]!; e++) {
        if (converts(outTo[e]!)) continue touchpoints;
      }
      out.touchpoint(
        i,
        i,
        settings.severity,
        [touchpointTarget(t)],
        `no-conversion:touchpoint/${t.id}`,
        nl
          ? `“${t.title}” vraagt klanten om “${cta}”, maar via ${channel.name} kunnen ze dat niet afronden en geen stap leidt naar een kanaal waar het wel kan.`
          : `“${t.title}” asks customers to “${cta}”, but they cannot complete that on ${channel.name} and no step leads to a channel where they can.`,
        nl
          ? `Verwijs direct door naar een kanaal waar klanten het kunnen afronden (zoals de webshop), of maak afronden via ${channel.name} mogelijk.`
          : `Link straight to a channel where customers can complete it (such as the web shop), or make it possible on ${channel.name}.`,
      );
    }
  },
};
