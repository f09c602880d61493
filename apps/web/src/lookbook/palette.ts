// Colours of the lookbook's drawings: the map's own colours (canvas/visuals.ts), so a channel
// or a handoff looks the same in the editor and in the briefing, as plain hex values because
// the map SVG is also mailed in a self-contained file where no stylesheet class reaches.
import type { ChannelKind } from '@touchpoint/model';
import { CHANNEL_STYLE, HANDOFF_COLOR, NO_CHANNEL_COLOR, NO_CHANNEL_TEXT } from '../canvas/visuals.ts';

export function channelColor(kind: ChannelKind | null | undefined): string {
  return kind ? (CHANNEL_STYLE[kind] ?? CHANNEL_STYLE.other).color : NO_CHANNEL_COLOR;
}

/** The channel's colour for text on white: the same hue, dark enough to read. */
export function channelTextColor(kind: ChannelKind | null | undefined): string {
  return kind ? (CHANNEL_STYLE[kind] ?? CHANNEL_STYLE.other).text : NO_CHANNEL_TEXT;
}

export const HANDOFF_COLORS = HANDOFF_COLOR;
