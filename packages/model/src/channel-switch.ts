// Channel switches: a step between touchpoints on different channels.
import type { Channel, Journey, Step, Touchpoint } from './schema.ts';

/** True when the step goes between two touchpoints whose (set) channels differ. */
export function isChannelSwitch(step: Step, touchpoints: ReadonlyMap<string, Touchpoint>): boolean {
  const from = touchpoints.get(step.from)?.channelId ?? null;
  const to = touchpoints.get(step.to)?.channelId ?? null;
  return from !== null && to !== null && from !== to;
}

export interface ChannelSwitch {
  step: Step;
  from: Touchpoint;
  to: Touchpoint;
  fromChannel: Channel;
  toChannel: Channel;
}

/** Every channel switch in a journey, in step order. */
export function channelSwitches(journey: Journey): ChannelSwitch[] {
  const touchpoints = new Map(journey.touchpoints.map((t) => [t.id, t]));
  const channels = new Map(journey.channels.map((c) => [c.id, c]));
  const out: ChannelSwitch[] = [];
  for (const step of journey.steps) {
    if (!isChannelSwitch(step, touchpoints)) continue;
    const from = touchpoints.get(step.from)!;
    const to = touchpoints.get(step.to)!;
    const fromChannel = channels.get(from.channelId!);
    const toChannel = channels.get(to.channelId!);
    if (fromChannel && toChannel) out.push({ step, from, to, fromChannel, toChannel });
  }
  return out;
}
