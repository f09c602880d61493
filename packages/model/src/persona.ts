// Personas: who travels the journey.
import type * as Y from 'yjs';
import { addTo, updateIn, type CollectionSpec } from './collection.ts';
import { journeyMaps, PERSONA_KEYS } from './layout.ts';
import { personaSchema } from './schema.ts';

export interface PersonaFields {
  name?: string;
  description?: string;
  goals?: string[];
}

/** Values a stored persona leaves out (readers fill them in). */
export const PERSONA_DEFAULTS = { description: '', goals: [] };

const spec: CollectionSpec<'name' | 'description' | 'goals'> = {
  name: 'personas',
  prefix: 'u',
  shape: personaSchema.shape,
  fields: ['name', 'description', 'goals'],
  required: ['name'],
  defaults: PERSONA_DEFAULTS,
  keys: PERSONA_KEYS,
};

export function addPersona(doc: Y.Doc, input: PersonaFields & { id?: string; name: string }, origin?: unknown): string {
  return addTo(doc, spec, input, {}, (maps) => [...maps.personas.values()], origin);
}

export function updatePersona(doc: Y.Doc, personaId: string, patch: PersonaFields, origin?: unknown): boolean {
  return updateIn(doc, spec, personaId, patch, origin);
}

export function removePersona(doc: Y.Doc, personaId: string, origin?: unknown): boolean {
  let removed = false;
  doc.transact(() => {
    const { personas } = journeyMaps(doc);
    removed = personas.has(personaId);
    personas.delete(personaId);
  }, origin);
  return removed;
}
