import fc from 'fast-check';
import { findPersonalNumbers } from './detect';
import { maskPersonalNumbers, personalDataIn } from './mask';
import { normaliseForPii } from './normalise';

/** Spellings of one mobile number (170 5555 6666) and one ID card number seen getting past masking. */
const MOBILES: [string, string][] = [
  ['plain', '17055556666'],
  ['dots', '170.5555.6666'],
  ['spaces', '170 5555 6666'],
  ['every digit spaced', '1 7 0 5 5 5 5 6 6 6 6'],
  ['slashes', '170/5555/6666'],
  ['dashes', '170-5555-6666'],
  ['spaced dashes', '170 - 5555 - 6666'],
  ['underscores', '170_5555_6666'],
  ['commas', '170,5555,6666'],
  ['spaces and a dash', '170 5555-6666'],
  ['a dot and a dash', '170.5555-6666'],
  ['a slash and a dot after +86', '+86/170/5555.6666'],
  ['brackets', '(170)5555 6666'],
  ['full-width digits', '１７０５５５５６６６６'],
  ['full-width with ideographic spaces', '１７０\u3000５５５５\u3000６６６６'],
  ['zero-width spaces', '170\u200b5555\u200b6666'],
  ['zero-width joiners between every digit', [...'17055556666'].join('\u200d')],
  ['soft hyphens', '170\u00ad5555\u00ad6666'],
  ['+86', '+86 170 5555 6666'],
  ['86 glued', '8617055556666'],
  ['0086', '0086-170-5555-6666'],
  ['circled digits', '①⑦⓪⑤⑤⑤⑤⑥⑥⑥⑥'],
  ['a trailing X', '17055556666X'],
  ['after letters', 'tel17055556666'],
  ['after another number', '日薪 300 17055556666'],
  ['inside a UUID-shaped string', '00000000-0000-0000-0000-a17055556666'],
];

const ID_CARDS: [string, string][] = [
  ['plain', '21020219800101123X'],
  ['lower-case x', '21020219800101123x'],
  ['grouped 6-4-4-4', '210202 1980 0101 123X'],
  ['grouped 6-8-4', '210202-19800101-123X'],
  ['grouped 6-8-4 with a dash and a dot', '210202-19800101.123X'],
  ['full-width', '２１０２０２１９８００１０１１２３Ｘ'],
  ['zero-width inside', '210202\u200b19800101\u200b123X'],
  ['all digits', '210202198001011234'],
];

/** Numbers that are nobody's: they must come through untouched. */
const NOT_PERSONAL: [string, string][] = [
  ['a price', '日薪 ¥150.00，时薪 30 元'],
  ['money in fen', '13800000'],
  ['a date', '2026-12-01'],
  ['a date with slashes and a time', '2026/12/01 08:00-17:30'],
  ['a Chinese date', '2026年12月13日 13:00'],
  ['a headcount', '招 15 人，13 岁以上勿扰'],
  ['a house number', '长江路 120 号'],
  ['a house number and a room', '长江路 120-3 号 1301 室'],
  ['a postcode', '邮编 116000'],
  ['an address with a postcode', '大连市中山区长江路 120 号 116001'],
  ['a landline', '0411-87654321'],
  ['a landline with a long area code', '(0411) 8765 4321'],
  ['an order number', '订单 123456'],
  ['twelve digits unbroken', '138123456789'],
  ['eleven digits that are no mobile', '12345678901'],
  ['a time range list', '13:00-18:00 15:00-17:00'],
  [
    'a UUID link, as a payload carries it',
    'https://lg.example.cn/w/shifts/7c1e2d3c-1381-2345-6789-138123456789',
  ],
  ['an ISO time', '2026-12-01T09:30:00.000+08:00'],
  ['a masked mobile', '138****5678'],
  ['a masked ID card number', '210202********123X'],
  ['eighteen digits without a birth date', '202612011234567890'],
  ['a price, a dot and a date', '日薪 ¥150.00 · 2026-12-01 08:00-17:30'],
  ['a price and a date', '150.00 2026-12-01'],
  ['a price glued to a date', '135.00-2026-12-01'],
  ['a list of numbers', '1,380,000 元；13、15、17 日'],
];

describe('the personal-number detector', () => {
  it('masks the whole spelling and nothing around it', () => {
    expect(maskPersonalNumbers('联系 170\u200b5555\u200b6666 谢谢')).toBe('联系 170****6666 谢谢');
    expect(maskPersonalNumbers('联系 +86 170.5555.6666。')).toBe('联系 170****6666。');
    expect(maskPersonalNumbers('联系 １７０５５５５６６６６！')).toBe('联系 170****6666！');
  });

  it.each(MOBILES)('finds a mobile number spelled with %s', (_how, spelling) => {
    const text = `联系王师傅 ${spelling} 谢谢`;
    const found = findPersonalNumbers(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'mobile', masked: '170****6666' });
    const masked = maskPersonalNumbers(text);
    expect(masked).toMatch(/^联系王师傅 .*170\*{4}6666.* 谢谢$/);
    expect(normaliseForPii(masked).replace(/\D/g, '')).not.toContain('5555');
    expect(personalDataIn(masked, { keepUuids: true })).toBeUndefined();
    expect(personalDataIn(text)).toBe('looks like a mobile number');
  });

  it.each(ID_CARDS)('finds an ID card number spelled %s', (_how, spelling) => {
    const text = `身份证：${spelling}。`;
    const found = findPersonalNumbers(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('id-card');
    expect(found[0]!.masked).toMatch(/^210202\*{8}123[X4]$/);
    expect(maskPersonalNumbers(text)).toBe(`身份证：${found[0]!.masked}。`);
    expect(personalDataIn(text)).toBe('looks like an ID card number');
  });

  it.each(NOT_PERSONAL)('leaves %s alone', (_what, text) => {
    expect(findPersonalNumbers(text, { keepUuids: true })).toEqual([]);
    expect(personalDataIn(text, { keepUuids: true })).toBeUndefined();
    if (!text.includes('/w/shifts/')) expect(maskPersonalNumbers(text)).toBe(text);
  });

  it('masks every number in a text and keeps the rest as typed (full-width punctuation too)', () => {
    expect(
      maskPersonalNumbers(
        '找张：１３８　１２３４　５６７８，或 +86-139-1234-5678；证 210202 1980 0101 123X',
      ),
    ).toBe('找张：138****5678，或 139****5678；证 210202********123X');
  });

  it('masks a number split by a UUID the same way it checks it (issue 13, item 5)', () => {
    const title = '急招 138 1234 0f8e5d3c-1381-2345-6789-a13812345678 5678';
    const masked = maskPersonalNumbers(title);
    expect(masked).not.toMatch(/13812345678/);
    expect(personalDataIn(masked)).toBeUndefined();
    expect(personalDataIn(masked, { keepUuids: true })).toBeUndefined();
  });

  it('keeps masking until nothing is left: masked digits cannot form a new number with the next ones', () => {
    // The last four of the first number and the seven after it would read 13901234567.
    const text = '13812341390 1234567';
    const masked = maskPersonalNumbers(text);
    expect(findPersonalNumbers(masked)).toEqual([]);
  });

  it('with keepUuids, reads ids as ids: a UUID ends a run and its digits are not read', () => {
    const id = '0f8e5d3c-1381-2345-6789-a13812345678';
    expect(findPersonalNumbers(id, { keepUuids: true })).toEqual([]);
    expect(findPersonalNumbers(id)).toHaveLength(1);
    expect(findPersonalNumbers(`138 1234 ${id} 5678`, { keepUuids: true })).toEqual([]);
  });

  it('gives where the number is in the original text', () => {
    const text = 'a１７０\u200b５５５５６６６６b';
    const [found] = findPersonalNumbers(text);
    expect(text.slice(found!.start, found!.end)).toBe('１７０\u200b５５５５６６６６');
  });
});

describe('masking and checking agree (issue 13, item 5)', () => {
  // Text made of what numbers hide in: digits of every width, separators, invisibles, ids.
  const piece = fc.oneof(
    fc.constantFrom(...'0123456789'.split('')),
    fc.constantFrom('１', '３', '８', '０', '①', 'X', 'x', 'a', '号', '元'),
    fc.constantFrom(' ', '-', '.', '/', '+', '(', ')', ',', '·', '\u3000', '－'),
    fc.constantFrom('\u200b', '\u200d', '\u00ad', '\ufeff'),
    fc.constantFrom('138', '1381234', '5678', '86', '210202', '19800101', '123X'),
    fc.uuid(),
  );
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('what masking returns, the check always lets through, ids read as text or as ids', () => {
    fc.assert(
      fc.property(text, (t) => {
        const masked = maskPersonalNumbers(t);
        expect(findPersonalNumbers(masked)).toEqual([]);
        expect(findPersonalNumbers(masked, { keepUuids: true })).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('a text the check lets through, masking leaves as it is', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (findPersonalNumbers(t).length === 0) expect(maskPersonalNumbers(t)).toBe(t);
      }),
      { numRuns: 3000 },
    );
  });
});
