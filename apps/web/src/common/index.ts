// The design system: shared primitives and the colour language, for every feature.
export * from './Button.tsx';
export * from './Spinner.tsx';
export * from './EmptyState.tsx';
export * from './Dialog.tsx';
export * from './ScoreChip.tsx';
export * from './LanguageSwitch.tsx';
export * from './Toaster.tsx';
export * from './toast.ts';
export * from './styles.ts';
export { commonMessages } from './messages.ts';
export * from './icons.tsx';
