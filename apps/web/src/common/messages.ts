import { defineMessages } from '../i18n/index.ts';

export const commonMessages = defineMessages({
  en: {
    languageSwitch: 'Interface language',
    english: 'English',
    dutch: 'Dutch',
    close: 'Close',
    cancel: 'Cancel',
    confirm: 'Confirm',
    dismiss: 'Dismiss notification',
    notifications: 'Notifications',
    loading: 'Loading…',
    severityCritical: 'Critical',
    severityWarning: 'Warning',
    severityInfo: 'Info',
    scoreLabel: 'Score {score} of 100',
    scoreNone: 'Not scored yet',
  },
  nl: {
    languageSwitch: 'Taal van de interface',
    english: 'Engels',
    dutch: 'Nederlands',
    close: 'Sluiten',
    cancel: 'Annuleren',
    confirm: 'Bevestigen',
    dismiss: 'Melding sluiten',
    notifications: 'Meldingen',
    loading: 'Laden…',
    severityCritical: 'Kritiek',
    severityWarning: 'Waarschuwing',
    severityInfo: 'Info',
    scoreLabel: 'Score {score} van 100',
    scoreNone: 'Nog geen score',
  },
});

export type CommonMessageKey = keyof typeof commonMessages.en;
