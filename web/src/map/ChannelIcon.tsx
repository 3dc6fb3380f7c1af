import type { ReactNode } from 'react';
import type { Channel } from '../../../src/model/index.ts';

// Line pictograms on a 16×16 grid, drawn in the text colour. Inline SVG rather than emoji: they
// look the same on every system (emoji fonts are often missing on Linux) and print crisply.
const SHAPES: Record<Channel, ReactNode> = {
  web: (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <ellipse cx="8" cy="8" rx="2.75" ry="6.25" />
      <path d="M1.75 8h12.5" />
    </>
  ),
  app: (
    <>
      <rect x="4.25" y="1.75" width="7.5" height="12.5" rx="1.5" />
      <path d="M7 12h2" />
    </>
  ),
  email: (
    <>
      <rect x="1.75" y="3.25" width="12.5" height="9.5" rx="1" />
      <path d="m2 4 6 5 6-5" />
    </>
  ),
  social: <path d="M2.25 3.25h11.5v7.5H7l-3.25 2.5v-2.5h-1.5z" />,
  ads: <path d="M2.25 6v4h2.5l6 3V3l-6 3zM12.5 6.25a2.5 2.5 0 0 1 0 3.5M4.75 10l1 3.5" />,
  search: (
    <>
      <circle cx="6.75" cy="6.75" r="4.5" />
      <path d="m10 10 4.25 4.25" />
    </>
  ),
  store: <path d="M2 6.5 3.25 2.25h9.5L14 6.5M2 6.5h12M2.75 6.5v7.25h10.5V6.5M6.5 13.75v-4h3v4" />,
  call_centre: (
    <path d="M3 9V7.5a5 5 0 0 1 10 0V9M3 9h1.75v3.5H3zM11.25 9H13v3.5h-1.75M12.5 12.5c0 1.25-1.5 1.75-3.5 1.75" />
  ),
  referral: (
    <>
      <circle cx="5.5" cy="5" r="2.25" />
      <circle cx="11" cy="5.5" r="1.75" />
      <path d="M1.75 13.5c0-2.5 1.75-4.25 3.75-4.25s3.75 1.75 3.75 4.25M10 9.25c2.25-.25 4.25 1.25 4.25 3.75" />
    </>
  ),
  sms: (
    <>
      <path d="M2.25 3.25h11.5v7.5H7l-3.25 2.5v-2.5h-1.5z" />
      <path d="M5.5 7h.01M8 7h.01M10.5 7h.01" strokeWidth="2" />
    </>
  ),
  push: <path d="M4 11V7a4 4 0 0 1 8 0v4l1.25 1.5H2.75zM6.75 14h2.5" />,
  tv: (
    <>
      <rect x="1.75" y="3.25" width="12.5" height="8.5" rx="1" />
      <path d="M5.5 14.25h5M8 11.75v2.5" />
    </>
  ),
  print: <path d="M3.75 1.75h6l2.5 2.5v10H3.75zM9.75 1.75v2.5h2.5M6 7.25h4M6 9.5h4M6 11.75h2.5" />,
  other: (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M5.25 8h.01M8 8h.01M10.75 8h.01" strokeWidth="2" />
    </>
  ),
};

/** The channel's pictogram; decorative (the channel's name is always written beside it). */
export function ChannelIcon({ channel }: { channel: Channel }) {
  return (
    <svg
      className="channel-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[channel]}
    </svg>
  );
}
