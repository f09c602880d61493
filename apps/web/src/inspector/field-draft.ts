// The text an editable field shows while others may edit the same value live: every text
// and number field of the inspector, and the rename box in a phase's header on the map.
//
// The rule, for every text and number field:
// - A field holding no unsaved typing shows the document's current value, also while it has
//   the cursor: a colleague's edit appears at once.
// - What the person types is kept, against the value it started from (the value they saw
//   when they began, or the text they last saved). Leaving the field or Enter writes only
//   when the text differs from that start; a field merely visited writes nothing.
// - When a colleague changes the value while this person is typing, the typing stays and
//   the field says so: leaving writes the person's text (they typed it), Escape takes the
//   colleague's. A field left with typing the model refused follows the document again.
// - Inside the inspector of one item (a card, a phase, a step), unsaved typing is also listed
//   under that item's id, so that when a colleague removes the item the text can still be
//   shown to the person who typed it (see unsavedDrafts).
import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** The id of the item whose fields are inside (a card, phase or step), or null. */
export const DraftOwner = createContext<string | null>(null);

/** Unsaved typing in one field of an item. */
export interface UnsavedDraft {
  /** The field's label. */
  label: string;
  text: string;
}

/** Every field with unsaved typing, by field, with the item it belongs to. */
const unsaved = new Map<object, UnsavedDraft & { owner: string }>();

/** The unsaved typing in the fields of `owner`, in the order the fields were first typed in. */
export function unsavedDrafts(owner: string): UnsavedDraft[] {
  return [...unsaved.values()].filter((d) => d.owner === owner).map(({ label, text }) => ({ label, text }));
}

export interface FieldDraft {
  /** What the field shows. */
  text: string;
  /** The person changed the text since it last matched the document. */
  edited: boolean;
  /** Someone else changed the value while this person was typing. */
  overtaken: boolean;
  /** Typing. */
  change(text: string): void;
  /** The text was written (or needs no writing): it is the new start. */
  saved(): void;
  /** Escape: back to the document's value. */
  drop(): void;
  focus(): void;
  blur(): void;
}

/** `label` names the field where its unsaved typing is listed (see unsavedDrafts). */
export function useFieldDraft(value: string, label = ''): FieldDraft {
  const [state, setState] = useState({ text: value, start: value });
  const focused = useRef(false);
  useEffect(() => {
    const typing = focused.current;
    setState((s) => (typing && s.text !== s.start ? s : { text: value, start: value }));
  }, [value]);
  const edited = state.text !== state.start;
  // Listed as soon as React commits each keystroke, taken off when saved, dropped or unmounted.
  const owner = useContext(DraftOwner);
  const key = useRef({}).current;
  useLayoutEffect(() => {
    if (owner === null || !edited) return;
    unsaved.set(key, { owner, label, text: state.text });
    return () => void unsaved.delete(key);
  }, [key, owner, label, edited, state.text]);
  return {
    text: state.text,
    edited,
    overtaken: edited && value !== state.start,
    change: (text) => setState((s) => ({ ...s, text })),
    saved: () => setState((s) => ({ ...s, start: s.text })),
    drop: () => setState({ text: value, start: value }),
    focus: () => {
      focused.current = true;
    },
    blur: () => {
      focused.current = false;
    },
  };
}
