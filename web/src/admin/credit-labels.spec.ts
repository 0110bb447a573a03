import { endOfDayShanghai, fullDate, label, points, CREDIT_KIND_TEXT } from './credit-labels';

describe('credit labels', () => {
  it('labels known kinds and passes unknown ones through', () => {
    expect(label(CREDIT_KIND_TEXT, 'no_show', 'zh')).toBe('爽约未到岗');
    expect(label(CREDIT_KIND_TEXT, 'no_show', 'en')).toBe('No-show');
    expect(label(CREDIT_KIND_TEXT, 'brand_new', 'en')).toBe('brand_new');
  });

  it('signs points', () => {
    expect(points(-20)).toBe('−20');
    expect(points(2)).toBe('+2');
    expect(points(0)).toBe('0');
  });

  it('turns a date input into the end of that day in Shanghai', () => {
    expect(endOfDayShanghai('2030-03-12')).toBe('2030-03-12T23:59:59+08:00');
    expect(endOfDayShanghai('')).toBeNull();
  });

  it('keeps the year in a blacklist term', () => {
    expect(fullDate('2099-12-31T23:59:59.000+08:00')).toBe('2099-12-31 23:59');
  });
});
