// Channels: the media a customer uses (web, phone, store …).
import type * as Y from 'yjs';
import { addTo, updateIn, type CollectionSpec } from './collection.ts';
import { CHANNEL_KEYS, journeyMaps, TOUCHPOINT_KEYS } from './layout.ts';
import { entitiesWhere } from './lookup.ts';
import { channelSchema, type ChannelKind } from './schema.ts';

export interface ChannelFields {
  name?: string;
  kind?: ChannelKind;
  canConvert?: boolean;
}

/** Values a stored channel leaves out (readers fill them in). */
export const CHANNEL_DEFAULTS = { kind: 'other', canConvert: false };

const spec: CollectionSpec<'name' | 'kind' | 'canConvert'> = {
  name: 'channels',
  prefix: 'c',
  shape: channelSchema.shape,
  fields: ['name', 'kind', 'canConvert'],
  required: ['name'],
  defaults: CHANNEL_DEFAULTS,
  keys: CHANNEL_KEYS,
};

export function addChannel(doc: Y.Doc, input: ChannelFields & { id?: string; name: string }, origin?: unknown): string {
  return addTo(doc, spec, input, {}, (maps) => [...maps.channels.values()], origin);
}

export function updateChannel(doc: Y.Doc, channelId: string, patch: ChannelFields, origin?: unknown): boolean {
  return updateIn(doc, spec, channelId, patch, origin);
}

/** Removes a channel; the touchpoints that used it are left without a channel. */
export function removeChannel(doc: Y.Doc, channelId: string, origin?: unknown): boolean {
  let removed = false;
  doc.transact(() => {
    const maps = journeyMaps(doc);
    if (!maps.channels.has(channelId)) return;
    maps.channels.delete(channelId);
    for (const touchpoint of entitiesWhere(maps.touchpoints, TOUCHPOINT_KEYS.channelId, channelId)) touchpoint.delete(TOUCHPOINT_KEYS.channelId);
    removed = true;
  }, origin);
  return removed;
}
