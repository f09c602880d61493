// The user's platform, for naming keys as they appear on their keyboard.

/** Whether the keyboard has ⌘ rather than Ctrl for shortcuts. */
export function isApplePlatform(platform: string = typeof navigator === 'undefined' ? '' : navigator.platform): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}

/** The name of the shortcut modifier key: ⌘ on Apple keyboards, Ctrl elsewhere. */
export function modKey(apple: boolean = isApplePlatform()): string {
  return apple ? '⌘' : 'Ctrl';
}
