// Notifications: short messages at the bottom of the screen, optionally with one action
// (such as "Undo"). Any code can raise one with `toast(...)`.
import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastAction {
  label: string;
  onAction: () => void;
}

export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  action?: ToastAction;
  /** Text shown as it is under the message, to read or copy (such as typing that was not saved). */
  detail?: string;
  /** Milliseconds until it goes away by itself; 0 keeps it until dismissed. */
  duration: number;
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id' | 'tone' | 'duration'> & Partial<Pick<Toast, 'tone' | 'duration'>>) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

/**
 * Messages shown at once: a new one pushes out the oldest, so they never cover the page. A
 * message kept until closed (duration 0, such as one holding text that was not saved) goes
 * last: the oldest of those that go by themselves goes first.
 */
export const MAX_TOASTS = 3;

/** `toasts` less as many as must go to make room for one more. */
function makeRoom(toasts: Toast[]): Toast[] {
  const kept = [...toasts];
  while (kept.length >= MAX_TOASTS) {
    const passing = kept.findIndex((t) => t.duration > 0);
    kept.splice(passing === -1 ? 0 : passing, 1);
  }
  return kept;
}

export const useToastStore = create<ToastState>((set) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    set((state) => ({
      toasts: [...makeRoom(state.toasts), { tone: 'info', duration: toast.action ? 8000 : 5000, ...toast, id }],
    }));
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
}));

export function toast(input: Parameters<ToastState['show']>[0]): number {
  return useToastStore.getState().show(input);
}

export function dismissToast(id: number): void {
  useToastStore.getState().dismiss(id);
}
