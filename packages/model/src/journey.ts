// The journey itself: creating a document and editing its title, description, campaign,
// locale and scoring configuration.
import type * as Y from 'yjs';
import { newId } from './id.ts';
import { hasJourney, journeyMaps, sameValue, setChanged } from './layout.ts';
import { checkFields } from './patch.ts';
import { readScoringConfig, writeScoringConfig } from './scoring-config.ts';
import { journeySchema, SCHEMA_VERSION, type Locale, type ScoringConfig } from './schema.ts';

export interface JourneyMetaPatch {
  title?: string;
  description?: string;
  campaign?: string;
  locale?: Locale;
  scoring?: ScoringConfig;
}

const META_FIELDS = ['title', 'description', 'campaign', 'locale', 'scoring'] as const;

/** Initialises an empty document as a journey. Returns the journey id. */
export function createJourney(
  doc: Y.Doc,
  input: JourneyMetaPatch & { title: string; id?: string },
  origin?: unknown,
): string {
  if (hasJourney(doc)) throw new Error('this document already holds a journey');
  const { id, ...rest } = input;
  const fields = checkFields(journeySchema.shape, rest, META_FIELDS, ['title']);
  const journeyId = id ?? newId('j');
  doc.transact(() => {
    const { meta } = journeyMaps(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('id', journeyId);
    meta.set('title', fields.title);
    meta.set('description', fields.description ?? '');
    meta.set('campaign', fields.campaign ?? '');
    meta.set('locale', fields.locale ?? 'en');
    writeScoringConfig(meta, (fields.scoring as ScoringConfig | undefined) ?? {});
  }, origin);
  return journeyId;
}

export function updateJourney(doc: Y.Doc, patch: JourneyMetaPatch, origin?: unknown): boolean {
  const { scoring, ...fields } = checkFields(journeySchema.shape, patch, META_FIELDS);
  let changed = false;
  doc.transact(() => {
    const { meta } = journeyMaps(doc);
    changed = setChanged(meta, fields);
    // The scoring configuration is a Y.Map of its own (see scoring-config.ts).
    if (scoring !== undefined && !sameValue(readScoringConfig(meta), scoring)) {
      writeScoringConfig(meta, scoring as ScoringConfig);
      changed = true;
    }
  }, origin);
  return changed;
}
