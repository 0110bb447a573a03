/**
 * The last gate before anything reaches a hall's screen (PIPL): a board is public,
 * so a payload that carries a phone number, an ID card number or a field that is
 * personal by name is a bug. boardProblem() names the first such place (never the
 * value); the board services drop the item that holds it (board-guard.ts) and
 * assertBoardSafe() throws. What counts as a phone or ID number is @app/common's one
 * detector (privacy/detect.ts), the same that masked the text: ids and links are
 * UUIDs, read as ids (keepUuids).
 */
import { type DetectOptions, personalDataIn } from '@app/common';

const PAYLOAD: DetectOptions = { keepUuids: true };

/** Field names that only personal data has. */
const PERSONAL_FIELD =
  /phone|mobile|id_?(number|no|card)|identity|home_?(location|lat|lng|address)|^lat$|^lng$/i;

export class BoardPrivacyError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
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
export function assertBoardSafe(payload: unknown, root = '$'): void {
  walk(payload, root, 0);
}

/** Where `payload` is not safe and why, or undefined when a board may show it. */
export function boardProblem(payload: unknown, root = '$'): BoardPrivacyError | undefined {
  try {
    walk(payload, root, 0);
    return undefined;
  } catch (error) {
    if (error instanceof BoardPrivacyError) return error;
    throw error;
  }
}

function walk(value: unknown, path: string, depth: number): void {
  if (depth > 12) throw new BoardPrivacyError(path, 'nested too deep to check');
  if (typeof value === 'string') {
    const reason = personalDataIn(value, PAYLOAD);
    if (reason) throw new BoardPrivacyError(path, reason);
    return;
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    const reason = personalDataIn(String(value), PAYLOAD);
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
