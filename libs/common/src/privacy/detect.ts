/**
 * The one detector of personal numbers (PIPL): mainland mobile numbers and resident
 * ID card numbers, however they are spelled. Masking (mask.ts) replaces what it
 * finds and checking (personalDataIn, the boards' guard) refuses what it finds, so
 * the two cannot disagree: a text that was masked is a text that passes the check.
 *
 * It reads the normal form (normalise.ts) as groups of digits joined by up to three
 * separators (138 1234 5678, 170.5555.6666, 1 7 0 5 5 5 5 6 6 6 6, 210202 1980 0101 123X)
 * and looks at every run of whole groups: eleven digits starting 13–19 (after an
 * optional 86/0086) are a mobile; seventeen digits and a check character whose
 * middle is a birth date are an ID card number. A group is never split, so prices,
 * dates, times, headcounts, house numbers, postcodes and landlines (0411-87654321)
 * are not numbers of a person, and a longer unbroken run (an order number) is not either.
 */
import { isPlainAscii, normaliseForPii, normaliseWithOffsets, SEPARATOR } from './normalise';

export type PersonalNumberKind = 'mobile' | 'id-card';

/** Where a personal number is in the original text, and how it shows masked. */
export interface PersonalNumber {
  kind: PersonalNumberKind;
  /** [start, end) in the original text. */
  start: number;
  end: number;
  /** 138****5678 or 210202********123X. */
  masked: string;
}

export interface DetectOptions {
  /**
   * UUIDs are ids, not text: a digit inside one is not read, and a UUID ends a run.
   * For checking payloads (whose ids and links are UUIDs) and for logs. Free text
   * that people type is masked without it, so nobody can hide a number in a UUID's shape.
   */
  keepUuids?: boolean;
}

/** Whole UUIDs only: one glued to other letters or digits could hide a number's start. */
const UUID =
  /(?<![0-9A-Za-z])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9A-Za-z])/gi;
const MOBILE = /^(?:0{0,2}86)?(1[3-9]\d{9})$/;
const ID_CARD = /^\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]$/;
const MAX_GAP = 3;
const MAX_DIGITS = 18;
/** Fewer digits than this cannot hold a mobile number, nor an ID card number. */
const MIN_DIGITS = 11;

interface Group {
  start: number;
  end: number;
  digits: string;
  /** The group ends with an ID card's check character X. */
  x: boolean;
  /** What separates it from the group before, spaces and brackets left out ('.', '-', or ''). */
  mark: string;
}

/** Every personal number in `text`, in order, none overlapping. */
export function findPersonalNumbers(text: string, options: DetectOptions = {}): PersonalNumber[] {
  if (!mayHoldOne(text)) return [];
  if (isPlainAscii(text)) return detect(text, options);
  if (detect(normaliseForPii(text), options).length === 0) return [];
  // Found: read again with offsets, to mask the original where the number stands.
  const n = normaliseWithOffsets(text);
  return detect(n.text, options).map((f) => ({
    ...f,
    start: n.from[f.start]!,
    end: n.to[f.end - 1]!,
  }));
}

/** The personal numbers of a text in normal form, with offsets in it. */
function detect(normal: string, options: DetectOptions): PersonalNumber[] {
  const ids = options.keepUuids ? uuidSpans(normal) : [];
  const found: PersonalNumber[] = [];
  for (const run of runs(normal, ids)) found.push(...inRun(run, normal));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: PersonalNumber[] = [];
  for (const f of found) {
    const last = chosen[chosen.length - 1];
    if (last && f.start < last.end) continue;
    chosen.push(f);
  }
  return chosen;
}

/**
 * Cheap pre-check (log lines, most titles): fewer than eleven characters that are or
 * may become digits means there is nothing to find. Only ASCII letters, punctuation
 * and CJK ideographs are known not to.
 */
function mayHoldOne(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const notDigit =
      (c >= 0x20 && c < 0x30) || (c > 0x39 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff);
    if (!notDigit && ++digits >= MIN_DIGITS) return true;
  }
  return false;
}

function uuidSpans(text: string): [number, number][] {
  return [...text.matchAll(UUID)].map((m) => [m.index, m.index + m[0].length]);
}

/** Groups of digits, chained into runs where only a few separators stand between them. */
function runs(text: string, ids: [number, number][]): Group[][] {
  const out: Group[][] = [];
  let run: Group[] = [];
  let id = 0;
  let i = 0;
  while (i < text.length) {
    while (id < ids.length && ids[id]![1] <= i) id++;
    const inId = id < ids.length && ids[id]![0] <= i;
    if (inId) {
      // An id ends the run and is skipped whole.
      if (run.length) out.push(run);
      run = [];
      i = ids[id]![1];
      continue;
    }
    if (!isDigit(text, i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && isDigit(text, end)) end++;
    const x = /[Xx]/.test(text[end] ?? '') && !/[0-9A-Za-z]/.test(text[end + 1] ?? '');
    const previous = run[run.length - 1];
    const mark = previous ? text.slice(previous.end, i).replace(/[\s()]/g, '') : '';
    const group = { start: i, end: x ? end + 1 : end, digits: text.slice(i, end), x, mark };
    if (!previous || previous.x || !onlySeparators(text, previous.end, group.start)) {
      if (run.length) out.push(run);
      run = [];
    }
    run.push(group);
    i = group.end;
  }
  if (run.length) out.push(run);
  return out;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function onlySeparators(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  for (let i = from; i < to; i++) if (!SEPARATOR.test(text[i]!)) return false;
  return true;
}

/** How people group a number's digits, whatever they put between the groups. */
const MOBILE_SHAPES = new Set(['3,4,4', '3,8', '7,4']);
const ID_SHAPES = new Set(['6,8,4', '6,4,4,4']);

/**
 * The personal numbers made of whole groups of one run (offsets in the normal form).
 * A number is written with one kind of separator besides spaces (170.5555.6666,
 * 170 5555-6666; a country code may differ: +86.170-5555-6666), or with any in its
 * usual groups (170.5555-6666, 210202-19800101 123X): a price, a dot and a date
 * (135.00 · 2026-12-01) are three things, not one number.
 */
function inRun(run: Group[], text: string): PersonalNumber[] {
  const found: PersonalNumber[] = [];
  for (let i = 0; i < run.length; i++) {
    let digits = '';
    let mark: string | undefined;
    let mixed = false;
    const lengths: number[] = [];
    for (let j = i; j < run.length; j++) {
      const g = run[j]!;
      const afterCountryCode = j === i + 1 && /^(00)?86$/.test(digits);
      if (afterCountryCode) lengths.length = 0;
      else if (j > i && g.mark !== '') {
        mixed ||= mark !== undefined && g.mark !== mark;
        mark = g.mark;
      }
      digits += g.digits;
      lengths.push(g.digits.length + (g.x ? 1 : 0));
      if (digits.length > MAX_DIGITS) break;
      const shape = lengths.join(',');
      const start = run[i]!.start;
      const mobile = MOBILE.exec(digits);
      if (mobile && (!mixed || MOBILE_SHAPES.has(shape))) {
        // The + of +86 goes with the number; a trailing X does not hide it.
        const from = text[start - 1] === '+' && digits.length > 11 ? start - 1 : start;
        const end = g.x ? g.end - 1 : g.end;
        found.push({ kind: 'mobile', start: from, end, masked: maskMobile(mobile[1]!) });
      }
      const id = g.x ? `${digits}X` : digits;
      if (ID_CARD.test(id) && (!mixed || ID_SHAPES.has(shape))) {
        found.push({ kind: 'id-card', start, end: g.end, masked: maskIdCard(id) });
      }
    }
  }
  return found;
}

/** 138****5678 */
export function maskMobile(digits: string): string {
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** 210202********123X: the region and the last four stay, the birth date goes. */
export function maskIdCard(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(-4).toUpperCase()}`;
}
