/**
 * The one normal form in which personal numbers are looked for, by masking and by
 * checking alike (privacy/detect.ts): what a reader sees as a digit is a digit here.
 * NFKC turns full-width (１３８), circled, superscript and mathematical digits into
 * ASCII and full-width punctuation into its ASCII form; invisible characters
 * (zero-width spaces and joiners, soft hyphens, bidi marks, combining marks) are
 * dropped, so nothing hides between two digits. Separators are not rewritten: the
 * detector reads them with SEPARATOR, and UUIDs keep their dashes.
 */

/** Characters a reader does not see: format controls (Cf) and combining marks (Mn, Me). */
const INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}]$/u;

/**
 * What may stand between the digits of one number as people type them, after NFKC:
 * spaces of every width, dashes of every kind, dots, slashes, underscores, commas,
 * brackets and the plus of +86 (138 1234 5678, 170.5555.6666, (0)138/1234/5678).
 */
export const SEPARATOR = /[\s\p{Pd}.·・•‧∙/\\_,+()~]/u;

/** Text in normal form, with where each of its UTF-16 units came from in the original. */
export interface NormalisedText {
  text: string;
  /** For each unit of `text`: the original index of the character it came from… */
  from: number[];
  /** …and the original index just after that character. */
  to: number[];
}

/** ASCII without control characters is already in normal form: the common case, kept cheap. */
const PLAIN = /^[\x20-\x7e]*$/;
const INVISIBLES = /[\p{Cf}\p{Mn}\p{Me}]/gu;

/** Whether `text` is its own normal form (printable ASCII), so offsets are the identity. */
export function isPlainAscii(text: string): boolean {
  return PLAIN.test(text);
}

/**
 * `text` in normal form (see above). Whole-string NFKC is native and quick; it differs
 * from normaliseWithOffsets() only where a letter composes with a mark, never in a
 * digit or a separator, so both find the same numbers.
 */
export function normaliseForPii(text: string): string {
  return PLAIN.test(text) ? text : text.normalize('NFKC').replace(INVISIBLES, '');
}

/** Whether a character is its own normal form without asking: ASCII and CJK ideographs. */
function stable(code: number): boolean {
  return (code >= 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);
}

/**
 * Normal form with offsets, so that what is found in the normal form can be masked
 * in the original (only computed when something was found) (which keeps its own spelling everywhere else: full-width
 * punctuation stays as the author typed it). NFKC is applied per character; a
 * composition across characters never makes or unmakes a digit.
 */
export function normaliseWithOffsets(text: string): NormalisedText {
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const end = i + size;
    let n: string;
    if (stable(code)) n = text[i]!;
    else {
      const ch = text.slice(i, end);
      n = INVISIBLE.test(ch) ? '' : ch.normalize('NFKC');
    }
    for (let k = 0; k < n.length; k++) {
      from.push(i);
      to.push(end);
    }
    parts.push(n);
    i = end;
  }
  return { text: parts.join(''), from, to };
}
