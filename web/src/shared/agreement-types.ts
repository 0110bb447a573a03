import type { components } from './api-types.gen';

/** GET /assignments/:id/agreement (libs/public-service, agreement.view.ts). */
export type Agreement = components['schemas']['AgreementView'];

/** Has the side the reader is on accepted yet? */
export function acceptedByMe(a: Agreement): boolean {
  return (a.yourSide === 'worker' ? a.worker : a.employer).acceptedAt !== null;
}
