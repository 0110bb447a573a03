/**
 * Masking of personal data (PIPL). Used by logs, boards and public lists:
 * a phone shows as 138****5678, a name as 张**.
 */
/** A mainland mobile number, also written 138 1234 5678, 138-1234-5678 or +86 138…. */
const MOBILE = /(?<!\d[ -]?)(?:\+?86[ -]?)?1[3-9](?:[ -]?\d){9}(?![ -]?\d)/;
/** A resident ID card number: 17 digits and a check character (digit or X). */
const ID_CARD = /(?<![\dA-Za-z])\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx](?![\dA-Za-z])/;
/** UUIDs (ids, links) are not personal data but can hold runs of digits that look like one. */
const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

const global = (re: RegExp) => new RegExp(re.source, 'g');
const MOBILE_ALL = global(MOBILE);
const ID_CARD_ALL = global(ID_CARD);

/** Applies `f` to the parts of `text` outside UUIDs. */
function outsideIds(text: string, f: (part: string) => string): string {
  return text
    .split(UUID)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join('');
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/**
 * Masks every mobile and ID card number inside free text (titles people type,
 * URLs, log lines), whatever separators were typed between the digits:
 * 138****5678, 210***************.
 */
export function maskPersonalNumbers(text: string): string {
  return outsideIds(text, (part) =>
    part
      .replace(MOBILE_ALL, (m) => {
        const digits = m.replace(/\D/g, '').slice(-11);
        return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
      })
      .replace(ID_CARD_ALL, (m) => `${m.slice(0, 3)}***************`),
  );
}

/** The reason a text looks personal, or undefined when it is safe to show publicly. */
export function personalDataIn(text: string): string | undefined {
  const scrubbed = text.replace(global(UUID), '');
  if (MOBILE.test(scrubbed)) return 'looks like a mobile number';
  if (ID_CARD.test(scrubbed)) return 'looks like an ID card number';
  return undefined;
}

/** Deep copy of a log object with every phone or ID number masked. */
export function maskPhonesDeep(value: unknown, depth = 0): unknown {
  if (depth > 6) return value;
  if (typeof value === 'string') return maskPersonalNumbers(value);
  // Driver errors carry row values (e.g. "Key (phone)=(…) already exists"): keep what
  // a reader needs to debug, masked like everything else.
  if (value instanceof Error) {
    const { message, stack, name } = value;
    const extra = value as Error & { code?: unknown; detail?: unknown };
    return maskPhonesDeep(
      { type: name, message, code: extra.code, detail: extra.detail, stack },
      depth + 1,
    );
  }
  if (Array.isArray(value)) return value.map((v) => maskPhonesDeep(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskPhonesDeep(v, depth + 1);
    return out;
  }
  return value;
}
