/**
 * Masking of personal data (PIPL). Used by logs, boards and public lists:
 * a phone shows as 138****5678, a name as 张**.
 */
import { type DetectOptions, findPersonalNumbers } from './detect';

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
 * Masks every mobile and ID card number in `text` (titles people type, URLs, log
 * lines), however it is spelled: 138****5678, 210202********123X. The rest of the
 * text keeps its own spelling. Masking repeats until the detector finds nothing, so
 * what it returns always passes personalDataIn() (the last four digits of a masked
 * number cannot join the next digits into a new one unseen).
 */
export function maskPersonalNumbers(text: string, options: DetectOptions = {}): string {
  let out = text;
  for (let round = 0; round < 8; round++) {
    const found = findPersonalNumbers(out, options);
    if (found.length === 0) return out;
    let masked = '';
    let at = 0;
    for (const f of found) {
      masked += out.slice(at, f.start) + f.masked;
      at = f.end;
    }
    out = masked + out.slice(at);
  }
  // Each round removes digits; a text this tangled shows no digits at all.
  return out.replace(/[\p{Nd}\p{No}]/gu, '*');
}

/**
 * The reason a text looks personal, or undefined when it is safe to show publicly.
 * The boards' guard checks whole payloads with `keepUuids` (their ids and links are
 * UUIDs); input checks read people's text without it, like masking does.
 */
export function personalDataIn(text: string, options: DetectOptions = {}): string | undefined {
  const [first] = findPersonalNumbers(text, options);
  if (!first) return undefined;
  return first.kind === 'mobile' ? 'looks like a mobile number' : 'looks like an ID card number';
}

/** Logs keep ids readable: a request for /shifts/<uuid> stays findable. */
const LOG: DetectOptions = { keepUuids: true };

/** Log text with every phone or ID number masked (ids left whole). */
export function maskLogText(text: string): string {
  return maskPersonalNumbers(text, LOG);
}

/** Deep copy of a log object with every phone or ID number masked. */
export function maskPhonesDeep(value: unknown, depth = 0): unknown {
  if (depth > 6) return value;
  if (typeof value === 'string') return maskPersonalNumbers(value, LOG);
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
