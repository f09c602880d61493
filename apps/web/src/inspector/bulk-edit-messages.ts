// Texts of editing several selected touchpoints at once.
import { defineMessages } from '../i18n/index.ts';

export const bulkEditMessages = defineMessages({
  en: {
    intro: 'A change here applies to all {count}.',
    mixed: 'Mixed',
    yes: 'Yes',
    no: 'No',
  },
  nl: {
    intro: 'Een wijziging hier geldt voor alle {count}.',
    mixed: 'Gemengd',
    yes: 'Ja',
    no: 'Nee',
  },
});
