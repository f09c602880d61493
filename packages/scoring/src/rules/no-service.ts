// no-service: the journey has a use cycle (service and support) but none of its use
// phases holds a service touchpoint: one owned by a service team or on a service channel.
import { CHANNEL_KINDS, OWNER_TEAMS } from '@touchpoint/model';
import type { Rule, Target } from '../types.ts';
import { listSetting, titleList } from './helpers.ts';

export const noService: Rule = {
  id: 'no-service',
  defaultSeverity: 'warning',
  defaultWeight: 1,
  thresholds: {
    teams: {
      type: 'list',
      default: ['service', 'contact-center'],
      options: OWNER_TEAMS,
      label: { en: 'Service teams', nl: 'Serviceteams' },
    },
    channelKinds: {
      type: 'list',
      default: ['phone', 'chat'],
      options: CHANNEL_KINDS,
      label: { en: 'Service channels', nl: 'Servicekanalen' },
    },
  },
  name: { en: 'No service', nl: 'Geen service' },
  description: {
    en: 'A journey with a use cycle that has no service or support touchpoint in it.',
    nl: 'Een reis met een gebruikscyclus zonder contactmoment voor service of ondersteuning.',
  },
  check({ index, settings, locale }) {
    const teams = new Set(listSetting(settings, 'teams'));
    const kinds = new Set(listSetting(settings, 'channelKinds'));
    const usePhases = index.phases.map((p, rank) => ({ p, rank })).filter(({ p }) => p.cycle === 'use');
    if (usePhases.length === 0) return [];
    const served = usePhases.some(({ rank }) =>
      index.touchpointsByPhase[rank]!.some((i) => {
        const t = index.touchpoints[i]!;
        if (t.ownerTeam !== null && teams.has(t.ownerTeam)) return true;
        const channel = t.channelId === null ? undefined : index.channelById.get(t.channelId);
        return channel !== undefined && kinds.has(channel.kind);
      }),
    );
    if (served) return [];
    const names = usePhases.map(({ p }) => p.name);
    return [
      {
        severity: settings.severity,
        targets: usePhases.map(({ p }): Target => ({ kind: 'phase', id: p.id })),
        message: locale === 'nl'
            ? `De reis heeft een gebruiksfase (${titleList(names, locale)}), maar geen contactmoment waar klanten service of ondersteuning krijgen.`
            : `The journey has a use phase (${titleList(names, locale)}), but no touchpoint where customers get service or support.`,
        suggestion: locale === 'nl'
          ? 'Voeg een servicecontactmoment toe aan de gebruiksfase (telefoon, chat, een serviceteam), zodat klanten met een vraag of probleem weten waar ze terechtkunnen.'
          : 'Add a service touchpoint to the use phase (phone, chat, a service team), so customers with a question or a problem know where to go.',
      },
    ];
  },
};
