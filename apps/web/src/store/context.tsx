// The open journey for the components of the editor: its document, its read view, the
// local origin of this person's edits and whether they may edit.
import type { Journey } from '@touchpoint/model';
import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import { useStore } from 'zustand';
import type { JourneyStore, JourneyView } from './journeyStore.ts';

export interface JourneyContextValue {
  doc: Y.Doc;
  store: JourneyStore;
  /** The origin of this person's transactions (undo only tracks these). */
  origin: object;
  readOnly: boolean;
}

export const JourneyContext = createContext<JourneyContextValue | null>(null);

export function useJourneyContext(): JourneyContextValue {
  const value = useContext(JourneyContext);
  if (!value) throw new Error('useJourneyContext outside a JourneyContext provider');
  return value;
}

export function useJourneyView<T>(selector: (view: JourneyView) => T): T {
  return useStore(useJourneyContext().store, selector);
}

export function useJourney(): Journey | null {
  return useJourneyView((v) => v.journey);
}
