import { beforeEach, describe, expect, it } from 'vitest';
import { dismissToast, MAX_TOASTS, toast, useToastStore } from './toast.ts';

beforeEach(() => useToastStore.setState({ toasts: [] }));

describe('toast', () => {
  it('shows at most three messages: a new one pushes out the oldest', () => {
    for (const message of ['Copied', 'Moved to the trash', 'Renamed', 'Imported']) toast({ message });
    expect(MAX_TOASTS).toBe(3);
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual(['Moved to the trash', 'Renamed', 'Imported']);
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
