// Small line icons of the design system (inline SVG: they render without an emoji font).
import type { ReactNode } from 'react';

/** The size of an icon, as Tailwind classes (e.g. `h-7 w-7`); icons are hidden from screen readers. */
export interface IconProps {
  className?: string;
}

export function PencilIcon({ className = 'h-4 w-4' }: IconProps) {
  return (
    <svg viewBox="0 0 20 20" className={className} fill="currentColor" aria-hidden="true">
      <path d="M13.6 3.3a2 2 0 0 1 2.8 2.8l-8.8 8.8-3.7.9.9-3.7 8.8-8.8Z" />
    </svg>
  );
}

export function TrashIcon({ className = 'h-4 w-4' }: IconProps) {
  return (
    <svg viewBox="0 0 20 20" className={className} fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden="true">
      <path d="M4 6h12M8 6V4h4v2M6 6l.8 10h6.4L14 6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function PlusIcon({ className = 'h-4 w-4' }: IconProps) {
  return (
    <svg viewBox="0 0 20 20" className={className} fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M10 4v12M4 10h12" strokeLinecap="round" />
    </svg>
  );
}

export function UploadIcon({ className = 'h-4 w-4' }: IconProps) {
  return (
    <svg viewBox="0 0 20 20" className={className} fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true">
      <path d="M10 13V3M6 7l4-4 4 4M4 13v3h12v-3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function CopyIcon({ className = 'h-4 w-4' }: IconProps) {
  return (
    <svg viewBox="0 0 20 20" className={className} fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden="true">
      <path d="M7 7h9v9H7zM13 7V4H4v9h3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function MagnifierIcon({ className = 'h-4 w-4' }: IconProps) {
  return (
    <svg viewBox="0 0 20 20" className={className} fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="M12.8 12.8L17 17" strokeLinecap="round" />
    </svg>
  );
}

// Larger line icons on a 24-unit grid, for empty states, the error screen and template cards:
// by default the size of an empty state's icon, in the text colour around them.

function LineIcon({ className = 'h-7 w-7', children }: IconProps & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

/** A folded map: no journeys yet. */
export function MapIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="M3 6.5 9 4l6 2.5L21 4v13.5L15 20l-6-2.5L3 20Z" />
      <path d="M9 4v13.5M15 6.5V20" />
    </LineIcon>
  );
}

/** A road barrier on two legs: a screen that is not available yet. */
export function BarrierIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <rect x="3" y="7" width="18" height="7" rx="1" />
      <path d="m7.5 7-4 7M13 7l-4 7M18.5 7l-4 7" />
      <path d="M6 4v3M18 4v3M6 14v6M18 14v6M4 20h4M16 20h4" />
    </LineIcon>
  );
}

/** A compass: a page that was not found, or a journey to explore. */
export function CompassIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <circle cx="12" cy="12" r="9" />
      <path d="m15.5 8.5-2 5-5 2 2-5Z" />
    </LineIcon>
  );
}

/** A warning triangle: a screen that failed. */
export function WarningIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="M12 3.5 2.5 20h19Z" />
      <path d="M12 9.5V14M12 17h.01" />
    </LineIcon>
  );
}

/** Sparkles: nothing to improve. */
export function SparklesIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="m12 3 1.8 5.2L19 10l-5.2 1.8L12 17l-1.8-5.2L5 10l5.2-1.8Z" />
      <path d="M19 15v4M17 17h4M5 3v3M3.5 4.5h3" />
    </LineIcon>
  );
}

/** A shield: insurance. */
export function ShieldIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="M12 3 5 5.5V11c0 4.5 3 8 7 10 4-2 7-5.5 7-10V5.5Z" />
    </LineIcon>
  );
}

/** A car from the side: car rental. */
export function CarIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="M5 17H3v-4.5l2.5-.5 2-4h7l3 4 3.5.5V17h-2M9 17h6M5.5 12h12M12 8v4" />
      <circle cx="7" cy="17" r="2" />
      <circle cx="17" cy="17" r="2" />
    </LineIcon>
  );
}

/** A shopping bag: retail. */
export function ShoppingBagIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="M6 7h12l1 13H5Z" />
      <path d="M9 10V6a3 3 0 0 1 6 0v4" />
    </LineIcon>
  );
}

/** A parcel: a delivery, or any other template. */
export function PackageIcon(props: IconProps) {
  return (
    <LineIcon {...props}>
      <path d="M12 3 20 7.5v9L12 21l-8-4.5v-9Z" />
      <path d="M4 7.5 12 12l8-4.5M12 12v9M8 5.25l8 4.5" />
    </LineIcon>
  );
}
