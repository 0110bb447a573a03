/**
 * The last gate before anything reaches a hall's screen (PIPL): a board is public,
 * so a payload that carries a phone number, an ID card number or a field that is
 * personal by name is a bug. assertBoardSafe() throws instead of letting it out;
 * the board service calls it on every snapshot and delta it returns. What counts as a
 * phone or ID number is @app/common's one definition (privacy/mask.ts).
 */
import { personalDataIn } from '@app/common';

/** Field names that only personal data has. */
const PERSONAL_FIELD =
  /phone|mobile|id_?(number|no|card)|identity|home_?(location|lat|lng|address)|^lat$|^lng$/i;

export class BoardPrivacyError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    // Never echo the value itself: the point is not to spread it further.
    super(`board payload is not safe at ${path}: ${reason}`);
    this.name = 'BoardPrivacyError';
  }
}

/**
 * Throws BoardPrivacyError when any string (or integer) anywhere in `payload`
 * looks like a phone or ID number, or any key is named like personal data.
 * Exact coordinates are refused by name (`lat`/`lng`): a board shows districts
 * and distances, never a point that could be someone's home.
 */
export function assertBoardSafe(payload: unknown): void {
  walk(payload, '$', 0);
}

function walk(value: unknown, path: string, depth: number): void {
  if (depth > 12) throw new BoardPrivacyError(path, 'nested too deep to check');
  if (typeof value === 'string') {
    const reason = personalDataIn(value);
    if (reason) throw new BoardPrivacyError(path, reason);
    return;
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    const reason = personalDataIn(String(value));
    if (reason) throw new BoardPrivacyError(path, reason);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1));
    return;
  }
  if (value instanceof Date || value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (PERSONAL_FIELD.test(key)) throw new BoardPrivacyError(`${path}.${key}`, 'personal field');
    walk(item, `${path}.${key}`, depth + 1);
  }
}
