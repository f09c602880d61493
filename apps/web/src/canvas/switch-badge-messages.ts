// The short form of a channel switch badge, where it has little room (between neighbouring
// columns, beside a step down a column): after '⇄', in the handoff's colour; the badge's
// title says it in full.
import { defineMessages } from '../i18n/index.ts';

export const switchBadgeMessages = defineMessages({
  en: {
    handoffShort_full: 'full',
    handoffShort_partial: 'partial',
    handoffShort_none: 'none',
    handoffShort_unset: 'unknown',
  },
  nl: {
    handoffShort_full: 'volledig',
    handoffShort_partial: 'deels',
    handoffShort_none: 'geen',
    handoffShort_unset: 'onbekend',
  },
});
