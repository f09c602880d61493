// Where in a journey file a problem is, worded for people: `touchpoints[2].emotion` is
// "Touchpoint 3 › emotion" ("Contactmoment 3 › emotie"). A part it has no word for stays as
// it is, so nothing is hidden.
import type { UiLocale } from '../i18n/index.ts';

const COLLECTIONS: Record<UiLocale, Record<string, string>> = {
  en: { phases: 'Phase', touchpoints: 'Touchpoint', steps: 'Step', channels: 'Channel', personas: 'Persona', kpis: 'KPI', comments: 'Comment', goals: 'Goal' },
  nl: { phases: 'Fase', touchpoints: 'Contactmoment', steps: 'Stap', channels: 'Kanaal', personas: 'Persona', kpis: 'KPI', comments: 'Opmerking', goals: 'Doel' },
};

const FIELDS: Record<UiLocale, Record<string, string>> = {
  en: {
    id: 'id',
    title: 'title',
    name: 'name',
    description: 'description',
    campaign: 'campaign',
    locale: 'language',
    order: 'position',
    cycle: 'cycle',
    phaseId: 'phase',
    channelId: 'channel',
    goal: 'customer goal',
    emotion: 'emotion',
    effort: 'effort',
    isKeyMoment: 'key moment',
    isWowMoment: 'wow moment',
    isStart: 'start',
    isEnd: 'end',
    callToAction: 'call to action',
    ownerTeam: 'owner team',
    notes: 'notes',
    from: 'from',
    to: 'to',
    label: 'label',
    handoff: 'handoff',
    kind: 'kind',
    canConvert: 'customer can buy here',
    unit: 'unit',
    target: 'target',
    actual: 'actual',
    direction: 'direction',
    text: 'text',
    author: 'author',
    scoring: 'rule settings',
  },
  nl: {
    id: 'id',
    title: 'titel',
    name: 'naam',
    description: 'beschrijving',
    campaign: 'campagne',
    locale: 'taal',
    order: 'positie',
    cycle: 'cyclus',
    phaseId: 'fase',
    channelId: 'kanaal',
    goal: 'klantdoel',
    emotion: 'emotie',
    effort: 'inspanning',
    isKeyMoment: 'sleutelmoment',
    isWowMoment: 'wow-moment',
    isStart: 'start',
    isEnd: 'einde',
    callToAction: 'call to action',
    ownerTeam: 'eigenaar',
    notes: 'notities',
    from: 'van',
    to: 'naar',
    label: 'label',
    handoff: 'overdracht',
    kind: 'soort',
    canConvert: 'klant kan hier kopen',
    unit: 'eenheid',
    target: 'streefwaarde',
    actual: 'realisatie',
    direction: 'richting',
    text: 'tekst',
    author: 'auteur',
    scoring: 'regelinstellingen',
  },
};

/** `touchpoints[2].kpis[0].target` → "Touchpoint 3 › KPI 1 › target". */
export function problemPlace(path: string, locale: UiLocale): string {
  const parts: string[] = [];
  const pattern = /([A-Za-z_$][\w$]*)(?:\[(\d+)\])?|\[(\d+)\]/g;
  for (const match of path.matchAll(pattern)) {
    const [, key, index, bareIndex] = match;
    if (key !== undefined && index !== undefined) {
      const noun = COLLECTIONS[locale][key];
      parts.push(noun ? `${noun} ${Number(index) + 1}` : `${key}[${index}]`);
    } else if (key !== undefined) parts.push(FIELDS[locale][key] ?? key);
    else if (bareIndex !== undefined) parts.push(`${Number(bareIndex) + 1}`);
  }
  return parts.length > 0 ? parts.join(' › ') : path;
}
