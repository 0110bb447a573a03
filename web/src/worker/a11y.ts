import type { PopupProps } from 'vant';

/**
 * Vant's popup overlay is a role="button" (tap to close) without a name; its
 * props type does not list aria attributes, though the overlay passes them on.
 */
export const labelledOverlay = (label: string) =>
  ({ 'aria-label': label }) as unknown as PopupProps['overlayProps'];
