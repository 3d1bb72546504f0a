// Line icons for the toolbar (24 × 24, drawn in currentColor so they follow the button's colours).

const STROKE = 'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';

// Headings are drawn, not written: a visible "H2" would have to begin every language's accessible name.
export const toolbarIcons = {
  heading2: `<path ${STROKE} d="M3 5v14M11 5v14M3 12h8M15 12.5a2.5 2.5 0 0 1 5 0c0 2-5 3.5-5 6.5h5"/>`,
  heading3: `<path ${STROKE} d="M3 5v14M11 5v14M3 12h8M15 10.5h5l-2.6 3.2a2.6 2.6 0 1 1-2.6 3.8"/>`,
  quote: `<path ${STROKE} d="M5 7h5v5H5zM10 12c0 3-2 5-5 6M14 7h5v5h-5zM19 12c0 3-2 5-5 6"/>`,
  bulletList: `<path ${STROKE} d="M10 6h10M10 12h10M10 18h10"/><g fill="currentColor"><circle cx="5" cy="6" r="1.6"/><circle cx="5" cy="12" r="1.6"/><circle cx="5" cy="18" r="1.6"/></g>`,
  orderedList: `<path ${STROKE} d="M11 6h9M11 12h9M11 18h9M4 4.5l1.5-1V9M3.5 13.5c.3-1 2.7-1.2 2.7.3 0 1.2-2.7 2-2.7 3.2h2.8"/>`,
  link: `<path ${STROKE} d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>`,
  unlink: `<path ${STROKE} d="M13 6.3l.1-.1a4 4 0 0 1 5.7 5.7l-2 2M11 17.7l-.1.1a4 4 0 0 1-5.7-5.7l2-2M4 4l16 16"/>`,
  undo: `<path ${STROKE} d="M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11"/>`,
  redo: `<path ${STROKE} d="M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13"/>`,
} as const;

export function iconSvg(body: string): string {
  return `<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${body}</svg>`;
}
