// Local-only editor state: what this person has selected. Never written to the document;
// shared with others through awareness only.
import { create } from 'zustand';

export interface Selection {
  touchpoints: string[];
  steps: string[];
  /** A phase column (selected through its header). */
  phase: string | null;
}

export interface SelectionState extends Selection {
  set(selection: Partial<Selection>): void;
  clear(): void;
}

const EMPTY: Selection = { touchpoints: [], steps: [], phase: null };

export const useSelection = create<SelectionState>((set) => ({
  ...EMPTY,
  set: (selection) => set({ ...EMPTY, ...selection }),
  clear: () => set(EMPTY),
}));

/** Every selected id, for presence. */
export function selectedIds(s: Selection): string[] {
  return [...s.touchpoints, ...s.steps, ...(s.phase ? [s.phase] : [])];
}
