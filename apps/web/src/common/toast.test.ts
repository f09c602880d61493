import { beforeEach, describe, expect, it } from 'vitest';
import { dismissToast, MAX_TOASTS, toast, useToastStore } from './toast.ts';

beforeEach(() => useToastStore.setState({ toasts: [] }));

describe('toast', () => {
  it('shows at most three messages: a new one pushes out the oldest', () => {
    for (const message of ['Copied', 'Moved to the trash', 'Renamed', 'Imported']) toast({ message });
    expect(MAX_TOASTS).toBe(3);
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual(['Moved to the trash', 'Renamed', 'Imported']);
  });

  it('pushes out a message kept until closed (unsaved text to copy) only after those that go by themselves', () => {
    toast({ message: 'Anna removed this touchpoint.', detail: 'What I typed', duration: 0 });
    for (const message of ['Copied', 'Renamed', 'Imported']) toast({ message });
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual(['Anna removed this touchpoint.', 'Renamed', 'Imported']);
    for (const message of ['Kept 1', 'Kept 2', 'Kept 3']) toast({ message, duration: 0 });
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual(['Kept 1', 'Kept 2', 'Kept 3']);
  });

  it('keeps a message with an action longer, and dismisses one by its id', () => {
    const plain = toast({ message: 'Saved' });
    const undo = toast({ message: 'Removed', action: { label: 'Undo', onAction: () => {} } });
    const durations = Object.fromEntries(useToastStore.getState().toasts.map((t) => [t.id, t.duration]));
    expect(durations[undo]).toBeGreaterThan(durations[plain]!);
    dismissToast(plain);
    expect(useToastStore.getState().toasts.map((t) => t.id)).toEqual([undo]);
  });
});
