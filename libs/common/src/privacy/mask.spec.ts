import { maskLogText, maskName, maskPersonalNumbers, maskPhone, maskPhonesDeep } from './mask';

describe('masking personal data', () => {
  it('shows a phone as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('shows a name as its first character and stars', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李')).toBe('李*');
  });

  it('masks phones inside text and nested objects, and leaves other numbers alone', () => {
    expect(maskPersonalNumbers('call 13912345678 or order 123456')).toBe(
      'call 139****5678 or order 123456',
    );
    expect(maskPhonesDeep({ req: { url: '/x?phone=15000001111' }, n: 5 })).toEqual({
      req: { url: '/x?phone=150****1111' },
      n: 5,
    });
  });
});

describe('masking inside errors', () => {
  it('masks phones that a logged error carries in its detail', () => {
    const error = Object.assign(new Error('duplicate key'), {
      detail: 'Key (phone)=(13812345678) already exists.',
    });
    const masked = maskPhonesDeep({ err: error }) as { err: { detail: string; message: string } };
    expect(masked.err.detail).toBe('Key (phone)=(138****5678) already exists.');
    expect(masked.err.message).toBe('duplicate key');
  });
});

describe('maskPersonalNumbers', () => {
  it('masks phones typed with spaces, dashes or +86, and ID card numbers', () => {
    expect(maskPersonalNumbers('联系 +86 137 1234 5678 或 138-1234-5678')).toBe(
      '联系 137****5678 或 138****5678',
    );
    expect(maskPersonalNumbers('身份证 21020219800101123X')).toBe('身份证 210202********123X');
  });

  it('leaves ids in log lines alone even when their digits look like a phone', () => {
    const url = '/api/v1/shifts/0f8e5d3c-1381-2345-6789-a13812345678';
    expect(maskLogText(url)).toBe(url);
    expect(maskPhonesDeep({ url })).toEqual({ url });
  });

  it('masks a UUID-shaped string in text people type: nobody hides a number in that shape', () => {
    expect(maskPersonalNumbers('00000000-0000-0000-0000-a13812345678')).toBe(
      '00000000-0000-0000-0000-a138****5678',
    );
  });
});
