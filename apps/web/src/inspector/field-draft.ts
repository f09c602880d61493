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
import { useEffect, useRef, useState } from 'react';

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

export function useFieldDraft(value: string): FieldDraft {
  const [state, setState] = useState({ text: value, start: value });
  const focused = useRef(false);
  useEffect(() => {
    const typing = focused.current;
    setState((s) => (typing && s.text !== s.start ? s : { text: value, start: value }));
  }, [value]);
  const edited = state.text !== state.start;
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
