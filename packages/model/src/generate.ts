// A deterministic generator of large, valid, realistic journeys: for benchmarks, load
// tests and demos. The same options always give the same journey.
import {
  HANDOFFS,
  OWNER_TEAMS,
  type Channel,
  type Journey,
  type Kpi,
  type Phase,
  type Step,
  type Touchpoint,
} from './schema.ts';

export interface GenerateOptions {
  touchpoints: number;
  steps: number;
  /** Number of phases; by default one per eight touchpoints, between 1 and 12. */
  phases?: number;
  seed?: number;
}

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHASE_NAMES = ['Orientation', 'Comparison', 'Purchase', 'Onboarding', 'Use', 'Service', 'Aftersales', 'Renewal'];
const VERBS = ['Compare', 'Read', 'Order', 'Ask about', 'Receive', 'Pay for', 'Check', 'Return', 'Review', 'Track', 'Book', 'Cancel'];
const OBJECTS = ['premiums', 'the offer', 'the delivery', 'an invoice', 'the contract', 'a repair', 'the FAQ', 'a voucher', 'the order status', 'an appointment'];
// Descriptions and lookbook notes of the length people write them: a sentence or two.
const SITUATIONS = [
  'The customer arrives from a search ad and wants the answer without creating an account.',
  'Most customers do this on a phone, often in between other things.',
  'The customer has the paperwork at hand and expects the form to know their details already.',
  'Customers who call here usually tried the website first and got stuck.',
  'A confirmation arrives by email within a minute; without it, people call to check.',
  'The customer compares our offer with two others side by side.',
];
const DETAILS = [
  'Prices shown must include tax.',
  'Waiting time is the main complaint in the survey.',
  'Keep the wording the same as in the letter.',
  'Half of the drop-off happens on this screen.',
  '',
];
const NOTES = [
  'Contact center: open the customer file before asking for details again.',
  'Store staff: the campaign leaflet explains the voucher; hand it out at the counter.',
  'Script: confirm the delivery date and offer a text reminder.',
  'Sales: mention the winter discount only to existing customers.',
];
const CHANNELS: Array<Omit<Channel, 'id'>> = [
  { name: 'Website', kind: 'web', canConvert: true },
  { name: 'App', kind: 'app', canConvert: true },
  { name: 'Email', kind: 'email', canConvert: false },
  { name: 'Contact center', kind: 'phone', canConvert: true },
  { name: 'Store', kind: 'store', canConvert: true },
  { name: 'Chat', kind: 'chat', canConvert: false },
];

function count(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${name} must be a whole number from 0 to ${max}, got ${value}`);
  }
  return value;
}

export function generateJourney(options: GenerateOptions): Journey {
  const touchpointCount = count('touchpoints', options.touchpoints, 50_000);
  const stepCount = count('steps', options.steps, 100_000);
  const phaseCount = count('phases', options.phases ?? Math.min(12, Math.max(1, Math.ceil(touchpointCount / 8))), 200);
  if (phaseCount === 0 && touchpointCount > 0) throw new RangeError('touchpoints need at least one phase');
  if (stepCount > 0 && touchpointCount === 0) throw new RangeError('steps need at least one touchpoint');
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  // Texts come from a stream of their own, so the other fields stay what they were.
  const textRandom = seededRandom(((options.seed ?? 1) ^ 0x7e47) >>> 0);
  const pickText = <T>(items: readonly T[]): T => items[Math.floor(textRandom() * items.length)]!;
  const description = () => (textRandom() < 0.6 ? `${pickText(SITUATIONS)} ${pickText(DETAILS)}`.trim() : '');
  const notes = () => (textRandom() < 0.3 ? pickText(NOTES) : '');
  let kpiCounter = 0;
  const kpi = (): Kpi => {
    const target = int(50, 95);
    return {
      id: `gen-k${kpiCounter++}`,
      name: pick(['Conversion', 'Satisfaction', 'First contact resolution', 'Drop-off']),
      unit: '%',
      target,
      actual: Math.max(0, target + int(-20, 10)),
      direction: 'higher',
    };
  };

  const channels: Channel[] = CHANNELS.map((c, i) => ({ id: `gen-c${i}`, ...c }));
  const phases: Phase[] = Array.from({ length: phaseCount }, (_, i) => ({
    id: `gen-p${i}`,
    name: PHASE_NAMES[i % PHASE_NAMES.length]! + (i >= PHASE_NAMES.length ? ` ${Math.floor(i / PHASE_NAMES.length) + 1}` : ''),
    order: i,
    cycle: i < Math.ceil(phaseCount / 2) ? 'buy' : 'use',
    description: '',
    kpis: i % 3 === 0 ? [kpi()] : [],
  }));

  const touchpoints: Touchpoint[] = [];
  for (let i = 0; i < touchpointCount; i++) {
    const phase = Math.floor((i * phaseCount) / touchpointCount);
    const first = Math.ceil((phase * touchpointCount) / phaseCount);
    const keyMoment = random() < 0.1;
    touchpoints.push({
      id: `gen-t${i}`,
      phaseId: `gen-p${phase}`,
      order: i - first,
      title: `${pick(VERBS)} ${pick(OBJECTS)}`,
      channelId: random() < 0.97 ? pick(channels).id : null,
      goal: random() < 0.7 ? `Customer wants to ${pick(VERBS).toLowerCase()} ${pick(OBJECTS)}` : '',
      description: description(),
      emotion: int(-2, 2),
      effort: int(0, 5),
      isKeyMoment: keyMoment,
      isWowMoment: !keyMoment && random() < 0.03,
      isStart: i === 0,
      isEnd: i === touchpointCount - 1,
      callToAction: random() < 0.2 ? `${pick(VERBS)} now` : '',
      ownerTeam: pick(OWNER_TEAMS),
      kpis: random() < 0.2 ? [kpi()] : [],
      notes: notes(),
    });
  }

  const steps: Step[] = [];
  const channelOf = (i: number) => touchpoints[i]!.channelId;
  const step = (from: number, to: number): Step => {
    const a = channelOf(from);
    const b = channelOf(to);
    return {
      id: '',
      from: `gen-t${from}`,
      to: `gen-t${to}`,
      label: random() < 0.2 ? pick(['Next day', 'Clicks through', 'Calls back', 'After a reminder']) : '',
      handoff: a !== null && b !== null && a !== b ? pick(HANDOFFS) : null,
    };
  };
  // A main path in order first, then branches and (a few) loops between random touchpoints.
  for (let i = 0; i + 1 < touchpointCount && steps.length < stepCount; i++) steps.push(step(i, i + 1));
  while (steps.length < stepCount) {
    const from = int(0, touchpointCount - 1);
    const to = random() < 0.9 ? Math.min(touchpointCount - 1, from + int(1, 10)) : int(0, touchpointCount - 1);
    steps.push(step(from, to));
  }

  // In the order toJSON reads steps back (by the positions of their ends), with ids that
  // sort the same way, so that a generated journey round-trips through a document unchanged.
  const width = String(steps.length).length;
  const index = (id: string) => Number(id.slice('gen-t'.length));
  steps.sort((a, b) => index(a.from) - index(b.from) || index(a.to) - index(b.to));
  steps.forEach((s, i) => (s.id = `gen-s${String(i).padStart(width, '0')}`));

  return {
    schemaVersion: 1,
    id: `gen-j${options.seed ?? 1}`,
    title: `Generated journey (${touchpointCount} touchpoints)`,
    description: '',
    campaign: '',
    locale: 'en',
    personas: [
      { id: 'gen-u0', name: 'Returning customer', description: 'Knows the brand, compares before buying.', goals: ['Save time'] },
      { id: 'gen-u1', name: 'First-time buyer', description: 'Needs guidance.', goals: ['Make the right choice'] },
    ],
    channels,
    phases,
    touchpoints,
    steps,
    scoring: {},
    comments: [],
  };
}

