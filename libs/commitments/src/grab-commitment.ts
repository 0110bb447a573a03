/**
 * The 抢单承诺 is shown before a worker's first grab and accepted once: a grab names the
 * version the app showed, and is refused when it names none before the worker has
 * accepted the current version, or names an outdated one (the app showed old words).
 */
export type GrabCommitmentCheck = 'ok' | 'missing' | 'outdated';

export function checkGrabCommitment(
  shown: string | undefined,
  current: string,
  acceptedCurrent: boolean,
): GrabCommitmentCheck {
  if (shown !== undefined) return shown === current ? 'ok' : 'outdated';
  return acceptedCurrent ? 'ok' : 'missing';
}
