import { normaliseForPii, normaliseWithOffsets, SEPARATOR } from './normalise';

describe('normaliseForPii', () => {
  it.each([
    ['full-width digits', '１７０５５５５６６６６', '17055556666'],
    ['circled and superscript digits', '①③⁸', '138'],
    ['mathematical digits', '𝟏𝟑𝟖', '138'],
    ['zero-width space, joiner and non-joiner', '170\u200b5555\u200d6666\u200c', '17055556666'],
    ['word joiner, BOM and soft hyphen', '170\u20605555\ufeff66\u00ad66', '17055556666'],
    ['bidi marks', '\u202e170\u200e5555\u200f6666', '17055556666'],
    ['combining marks on digits', '1\u03017\u03080', '170'],
    ['ideographic space and full-width hyphen', '170\u30005555－6666', '170 5555-6666'],
    ['full-width punctuation', '电话：（170）', '电话:(170)'],
  ])('reads %s as a reader sees them', (_name, input, expected) => {
    expect(normaliseForPii(input)).toBe(expected);
  });

  it('gives the same text with offsets as without, digits and separators alike', () => {
    for (const text of [
      '１７０\u3000５５５５－６６６６',
      '170\u200b5555\u200d6666',
      '①③⁸ 𝟏𝟑𝟖',
      '1\u03017\u03080',
    ]) {
      expect(normaliseWithOffsets(text).text).toBe(normaliseForPii(text));
    }
  });

  it('leaves plain ASCII and Chinese text as they are', () => {
    expect(normaliseForPii('call 138-1234-5678 now')).toBe('call 138-1234-5678 now');
    expect(normaliseForPii('长江路 120 号，周一至周五')).toBe('长江路 120 号,周一至周五');
  });

  it('knows where each character came from, so the original can be masked in place', () => {
    const n = normaliseWithOffsets('a\u200b１𝟐');
    expect(n.text).toBe('a12');
    // 'a' at 0; the zero-width space (1) vanishes; '１' at 2; '𝟐' is two UTF-16 units (3–5).
    expect(n.from).toEqual([0, 2, 3]);
    expect(n.to).toEqual([1, 3, 5]);
  });

  it.each([' ', '\t', '-', '–', '—', '.', '/', '\\', '_', ',', '+', '(', ')', '·', '~'])(
    'counts %j as a separator between digits',
    (ch) => {
      expect(SEPARATOR.test(ch)).toBe(true);
    },
  );

  it.each(['a', '号', ':', '*', '元', '0'])('does not count %j as a separator', (ch) => {
    expect(SEPARATOR.test(ch)).toBe(false);
  });
});
