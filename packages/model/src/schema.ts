// The plain journey: the versioned, validated JSON form of a journey document that the
// API, the exports, the scoring pass, the lookbook and the CLI all work on.
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

export const CHANNEL_KINDS = ['web', 'app', 'email', 'phone', 'store', 'chat', 'social', 'mail', 'other'] as const;
export const CYCLES = ['buy', 'use'] as const;
export const HANDOFFS = ['full', 'partial', 'none'] as const;
export const KPI_DIRECTIONS = ['higher', 'lower'] as const;
export const OWNER_TEAMS = [
  'web',
  'app',
  'contact-center',
  'shop',
  'sales',
  'marketing',
  'service',
  'logistics',
  'partner',
  'other',
] as const;
export const LOCALES = ['en', 'nl'] as const;
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
export const EFFORT_MIN = 0;
export const EFFORT_MAX = 5;

export const id = z.string().min(1, 'required').max(128, 'at most 128 characters');
const text = (max: number) => z.string().max(max, `at most ${max} characters`);
const name = z.string().trim().min(1, 'required').max(200, 'at most 200 characters');

export const kpiSchema = z.object({
  id,
  name,
  unit: text(40).default(''),
  target: z.number().finite().nullable().default(null),
  actual: z.number().finite().nullable().default(null),
  direction: z.enum(KPI_DIRECTIONS).default('higher'),
});

export const personaSchema = z.object({
  id,
  name,
  description: text(4000).default(''),
  goals: z.array(text(500)).max(50).default([]),
});

export const channelSchema = z.object({
  id,
  name,
  kind: z.enum(CHANNEL_KINDS).default('other'),
  /** Whether the customer can complete the purchase on this channel. */
  canConvert: z.boolean().default(false),
});

export const phaseSchema = z.object({
  id,
  name,
  /** Position of the column, 0-based; the phases of a journey are a permutation of 0…n-1. */
  order: z.number().int().min(0),
  /** `buy`: marketing and sales; `use`: service and support. */
  cycle: z.enum(CYCLES).default('buy'),
  description: text(4000).default(''),
  kpis: z.array(kpiSchema).max(100).default([]),
});

export const touchpointSchema = z.object({
  id,
  phaseId: id,
  /** Position within its phase, 0-based. */
  order: z.number().int().min(0),
  title: name,
  channelId: id.nullable().default(null),
  /** What the customer wants to achieve here. */
  goal: text(2000).default(''),
  description: text(4000).default(''),
  emotion: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX).default(0),
  effort: z.number().int().min(EFFORT_MIN).max(EFFORT_MAX).default(1),
  /** A "moment of truth". */
  isKeyMoment: z.boolean().default(false),
  isWowMoment: z.boolean().default(false),
  /** Where the journey may start (scoring's reachability starts here). */
  isStart: z.boolean().default(false),
  /** A legitimate end of the journey (not a dead end). */
  isEnd: z.boolean().default(false),
  callToAction: text(500).default(''),
  ownerTeam: z.enum(OWNER_TEAMS).nullable().default(null),
  kpis: z.array(kpiSchema).max(100).default([]),
  /** Notes and specs for the staff who meet the customer here (shown in the lookbook). */
  notes: text(8000).default(''),
});

export const stepSchema = z.object({
  id,
  from: id,
  to: id,
  label: text(200).default(''),
  /** For a channel switch: how much the next channel picks up. null: not specified. */
  handoff: z.enum(HANDOFFS).nullable().default(null),
});

export const COMMENT_TEXT_MAX = 2000;
export const COMMENT_AUTHOR_MAX = 100;

/** A remark on a touchpoint by someone who edits the map, for discussing the card in place. */
export const commentSchema = z.object({
  id,
  touchpointId: id,
  /** The commenter's display name, as their editor's identity had it. */
  author: z.string().trim().min(1, 'required').max(COMMENT_AUTHOR_MAX, `at most ${COMMENT_AUTHOR_MAX} characters`),
  text: z.string().trim().min(1, 'required').max(COMMENT_TEXT_MAX, `at most ${COMMENT_TEXT_MAX} characters`),
  /** When it was posted, as an ISO 8601 UTC timestamp (`2025-03-01T09:30:00.000Z`). */
  createdAt: z.iso
    .datetime({ message: 'expected an ISO 8601 UTC date and time' })
    // One spelling (`….000Z`), as documents read it back, so a file round-trips unchanged.
    .transform((value) => new Date(value).toISOString()),
  resolved: z.boolean().default(false),
});

/** Per-journey scoring configuration; validated in detail by packages/scoring. */
export const scoringConfigSchema = z.record(z.string(), z.unknown()).default({});

export const journeySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: name,
  description: text(8000).default(''),
  campaign: text(200).default(''),
  locale: z.enum(LOCALES).default('en'),
  personas: z.array(personaSchema).max(100).default([]),
  channels: z.array(channelSchema).max(200).default([]),
  phases: z.array(phaseSchema).max(200).default([]),
  touchpoints: z.array(touchpointSchema).max(50_000).default([]),
  steps: z.array(stepSchema).max(100_000).default([]),
  scoring: scoringConfigSchema,
  /** Comments on touchpoints; optional, so files from before comments load unchanged. */
  comments: z.array(commentSchema).max(100_000).default([]),
});

export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export type Cycle = (typeof CYCLES)[number];
export type Handoff = (typeof HANDOFFS)[number];
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];
export type OwnerTeam = (typeof OWNER_TEAMS)[number];
export type Locale = (typeof LOCALES)[number];

export type Kpi = z.output<typeof kpiSchema>;
export type Persona = z.output<typeof personaSchema>;
export type Channel = z.output<typeof channelSchema>;
export type Phase = z.output<typeof phaseSchema>;
export type Touchpoint = z.output<typeof touchpointSchema>;
export type Step = z.output<typeof stepSchema>;
export type Comment = z.output<typeof commentSchema>;
export type ScoringConfig = z.output<typeof scoringConfigSchema>;
export type Journey = z.output<typeof journeySchema>;
/** A journey as a file may hold it: fields with defaults may be left out. */
export type JourneyInput = z.input<typeof journeySchema>;
