/**
 * Masking of personal data (PIPL). Used by logs, boards and public lists:
 * a phone shows as 138****5678, a name as 张**.
 */
const MAINLAND_MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

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

/** Masks every mainland mobile number that appears inside free text. */
export function maskPhonesInText(text: string): string {
  return text.replace(MAINLAND_MOBILE, '$1****$2');
}

/** Deep copy of a log object with every phone-looking string masked. */
export function maskPhonesDeep(value: unknown, depth = 0): unknown {
  if (depth > 6) return value;
  if (typeof value === 'string') return maskPhonesInText(value);
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
