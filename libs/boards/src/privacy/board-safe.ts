/**
 * The last gate before anything reaches a hall's screen (PIPL): a board is public,
 * so a payload that carries a phone number, an ID card number or a field that is
 * personal by name is a bug. assertBoardSafe() throws instead of letting it out;
 * the board service calls it on every snapshot and delta it returns.
 */

/** A mainland mobile number, also written 138 1234 5678, 138-1234-5678 or +86 138…. */
const MOBILE = /(?<!\d[ -]?)(?:\+?86[ -]?)?1[3-9](?:[ -]?\d){9}(?![ -]?\d)/;
/** A resident ID card number: 17 digits and a check character (digit or X). */
const ID_CARD = /(?<![\dA-Za-z])\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx](?![\dA-Za-z])/;
/** Field names that only personal data has. */
const PERSONAL_FIELD =
  /phone|mobile|id_?(number|no|card)|identity|home_?(location|lat|lng|address)|^lat$|^lng$/i;
/** UUIDs (ids, QR links) are not personal data but can hold runs of digits. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

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

/** The reason a text looks personal, or undefined when it is safe to show. */
export function personalDataIn(text: string): string | undefined {
  const scrubbed = text.replace(UUID, '');
  if (MOBILE.test(scrubbed)) return 'looks like a mobile number';
  if (ID_CARD.test(scrubbed)) return 'looks like an ID card number';
  return undefined;
}

/** Masks mobile and ID numbers in free text, whatever separators were typed between the digits. */
export function maskPersonalNumbers(text: string): string {
  const global = (re: RegExp) => new RegExp(re.source, 'g');
  return text
    .replace(global(MOBILE), (m) => {
      const digits = m.replace(/\D/g, '').slice(-11);
      return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
    })
    .replace(global(ID_CARD), (m) => `${m.slice(0, 3)}***************`);
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
