import {
  certificateList,
  defaultForm,
  LIMITS,
  toRequest,
  validate,
  yuanToFen,
  type ShiftForm,
} from './shift-form';

/** 10:20 on 28 November, Shanghai. */
const now = new Date('2026-11-28T10:20:00+08:00');

/** A form the employer could post as it stands: a four-hour shift from 11:00 today. */
const filled = (over: Partial<ShiftForm> = {}): ShiftForm => ({
  ...defaultForm(now, '甘井子区'),
  title: ' 海鲜市场装卸 ',
  tradeCode: 'loader',
  address: ' 华北路 100 号 ',
  lat: '38.95',
  lng: '121.55',
  payYuan: '25.5',
  headcount: '3',
  ...over,
});

const problemAt = (f: ShiftForm, field: string) => validate(f, now)[field];

describe('post-a-shift form defaults', () => {
  it('starts a shift posted at 10:20 at 11:00, lasting four hours, for one worker by the hour', () => {
    const f = defaultForm(now);
    expect(f.startsAt).toBe('2026-11-28T11:00');
    expect(f.endsAt).toBe('2026-11-28T15:00');
    expect(f.headcount).toBe('1');
    expect(f.payUnit).toBe('hour');
    expect(f.instant).toBe(false);
  });

  it("fills in the employer's district when known", () => {
    expect(defaultForm(now, '甘井子区').district).toBe('甘井子区');
    expect(defaultForm(now).district).toBe('');
  });

  it('is ready to post once the blanks are filled in', () => {
    expect(validate(filled(), now)).toEqual({});
  });

  it('asks for title, trade, district, address, place and pay on an untouched form', () => {
    expect(validate(defaultForm(now), now)).toEqual({
      title: { problem: 'required' },
      tradeCode: { problem: 'required' },
      'location.district': { problem: 'required' },
      'location.address': { problem: 'required' },
      'location.lat': { problem: 'notNumber' },
      'location.lng': { problem: 'notNumber' },
      'pay.amountFen': { problem: 'required' },
    });
  });
});

describe('pay in yuan', () => {
  it('turns yuan as typed into fen exactly', () => {
    expect(yuanToFen('25.5')).toBe(2550);
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen(' 180 ')).toBe(18000);
    expect(yuanToFen('0.05')).toBe(5);
  });

  it('does not read an amount from anything else', () => {
    for (const text of ['', 'abc', '-5', '25.555', '1e3', '25,5', '¥25']) {
      expect(yuanToFen(text)).toBeNull();
    }
  });

  it('asks for pay above zero, at most ¥10000, with at most two decimals', () => {
    expect(problemAt(filled({ payYuan: ' ' }), 'pay.amountFen')).toEqual({ problem: 'required' });
    expect(problemAt(filled({ payYuan: '25.555' }), 'pay.amountFen')).toEqual({
      problem: 'payCents',
    });
    expect(problemAt(filled({ payYuan: '0' }), 'pay.amountFen')).toEqual({
      problem: 'payPositive',
    });
    expect(problemAt(filled({ payYuan: '10000.01' }), 'pay.amountFen')).toEqual({
      problem: 'payTooHigh',
      max: 10000,
    });
    expect(problemAt(filled({ payYuan: '10000' }), 'pay.amountFen')).toBeUndefined();
    expect(problemAt(filled({ payYuan: '0.01' }), 'pay.amountFen')).toBeUndefined();
  });
});

describe('post-a-shift checks', () => {
  it(`limits the title to ${LIMITS.titleMax} characters, not counting outer spaces`, () => {
    expect(problemAt(filled({ title: '   ' }), 'title')).toEqual({ problem: 'required' });
    expect(problemAt(filled({ title: 'x'.repeat(61) }), 'title')).toEqual({
      problem: 'tooLong',
      max: 60,
    });
    expect(problemAt(filled({ title: ` ${'x'.repeat(60)} ` }), 'title')).toBeUndefined();
  });

  it('limits the description and the address', () => {
    expect(problemAt(filled({ description: 'x'.repeat(2001) }), 'description')).toEqual({
      problem: 'tooLong',
      max: 2000,
    });
    expect(problemAt(filled({ address: 'x'.repeat(201) }), 'location.address')).toEqual({
      problem: 'tooLong',
      max: 200,
    });
  });

  it('wants the site as latitude and longitude within range', () => {
    expect(problemAt(filled({ lat: 'north' }), 'location.lat')).toEqual({ problem: 'notNumber' });
    expect(problemAt(filled({ lat: '91' }), 'location.lat')).toEqual({ problem: 'latRange' });
    expect(problemAt(filled({ lng: '-180.5' }), 'location.lng')).toEqual({ problem: 'lngRange' });
    expect(problemAt(filled({ lng: ' ' }), 'location.lng')).toEqual({ problem: 'notNumber' });
  });

  it('refuses a start that has already passed or is more than 90 days ahead (26 Feb 10:20 is the last)', () => {
    expect(problemAt(filled({ startsAt: '2026-11-28T10:00' }), 'startsAt')).toEqual({
      problem: 'startPast',
    });
    expect(problemAt(filled({ startsAt: '2026-11-28T10:20' }), 'startsAt')).toEqual({
      problem: 'startPast',
    });
    expect(
      problemAt(filled({ startsAt: '2027-02-26T10:20', endsAt: '2027-02-26T12:00' }), 'startsAt'),
    ).toBeUndefined();
    expect(
      problemAt(filled({ startsAt: '2027-02-26T10:21', endsAt: '2027-02-26T12:00' }), 'startsAt'),
    ).toEqual({ problem: 'startTooFar', max: 90 });
  });

  it('asks for a start and an end when the boxes are cleared', () => {
    const p = validate(filled({ startsAt: '', endsAt: '' }), now);
    expect(p.startsAt).toEqual({ problem: 'required' });
    expect(p.endsAt).toEqual({ problem: 'required' });
  });

  it('wants the end after the start and the shift no longer than 24 hours', () => {
    expect(problemAt(filled({ endsAt: '2026-11-28T11:00' }), 'endsAt')).toEqual({
      problem: 'endBeforeStart',
    });
    expect(problemAt(filled({ endsAt: '2026-11-29T11:00' }), 'endsAt')).toBeUndefined();
    expect(problemAt(filled({ endsAt: '2026-11-29T11:01' }), 'endsAt')).toEqual({
      problem: 'tooLongShift',
      max: 24,
    });
  });

  it('lets an instant shift start within 12 hours of now, past midnight too', () => {
    expect(problemAt(filled({ instant: true }), 'startsAt')).toBeUndefined();
    // 10:20 now: 22:20 is the limit, 22:30 is past it.
    expect(
      problemAt(
        filled({ instant: true, startsAt: '2026-11-28T22:30', endsAt: '2026-11-28T23:30' }),
        'startsAt',
      ),
    ).toEqual({ problem: 'instantWindow', max: 12 });
    // 23:30 in Shanghai: a shift at 01:00 the next day is an instant shift.
    const late = new Date('2026-11-28T23:30:00+08:00');
    const form = filled({
      instant: true,
      startsAt: '2026-11-29T01:00',
      endsAt: '2026-11-29T05:00',
    });
    expect(validate(form, late).startsAt).toBeUndefined();
  });

  it('takes 1 to 200 workers, typed or handed over as a number', () => {
    for (const headcount of ['0', '201', '1.5', '', 'two']) {
      expect(problemAt(filled({ headcount }), 'headcount')).toEqual({
        problem: 'headcountRange',
        max: 200,
      });
    }
    expect(problemAt(filled({ headcount: '200' }), 'headcount')).toBeUndefined();
    const fromNumberInput = filled({ headcount: 5 as unknown as string });
    expect(problemAt(fromNumberInput, 'headcount')).toBeUndefined();
  });

  it('accepts a minimum credit of 0 to 1000 or none', () => {
    expect(problemAt(filled({ minCredit: '' }), 'requirements.minCredit')).toBeUndefined();
    expect(problemAt(filled({ minCredit: '1000' }), 'requirements.minCredit')).toBeUndefined();
    for (const minCredit of ['1001', '-1', '60.5']) {
      expect(problemAt(filled({ minCredit }), 'requirements.minCredit')).toEqual({
        problem: 'minCreditRange',
        max: 1000,
      });
    }
  });
});

describe('certificates asked for', () => {
  it('joins the ticked and typed certificates, each once', () => {
    expect(
      certificateList({
        certificateChecks: ['health_cert'],
        certificates: ' forklift, health_cert，electrician、 welder ',
      }),
    ).toEqual(['health_cert', 'forklift', 'electrician', 'welder']);
  });

  it('refuses a typed certificate that is not a code', () => {
    expect(problemAt(filled({ certificates: 'Forklift' }), 'requirements.certificates')).toEqual({
      problem: 'certificateCode',
    });
    expect(problemAt(filled({ certificates: '叉车证' }), 'requirements.certificates')).toEqual({
      problem: 'certificateCode',
    });
  });

  it('asks for at most 10 certificates', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `cert_${i}`).join(' ');
    expect(problemAt(filled({ certificates: eleven }), 'requirements.certificates')).toEqual({
      problem: 'certificatesMax',
      max: 10,
    });
  });
});

describe('the POST /shifts body', () => {
  it('carries trimmed text, numbers, Shanghai times with their offset and pay in fen', () => {
    expect(toRequest(filled())).toEqual({
      title: '海鲜市场装卸',
      tradeCode: 'loader',
      location: { lat: 38.95, lng: 121.55, address: '华北路 100 号', district: '甘井子区' },
      startsAt: '2026-11-28T11:00:00+08:00',
      endsAt: '2026-11-28T15:00:00+08:00',
      pay: { unit: 'hour', amountFen: 2550 },
      headcount: 3,
      instant: false,
      autoConfirm: false,
    });
  });

  it('leaves out a blank description, no requirements and no market', () => {
    const body = toRequest(filled({ description: '   ' }));
    expect(body).not.toHaveProperty('description');
    expect(body).not.toHaveProperty('requirements');
    expect(body).not.toHaveProperty('marketId');
  });

  it('sends the requirements, market and switches that were set', () => {
    const body = toRequest(
      filled({
        description: ' 需能搬 30 斤 ',
        certificateChecks: ['health_cert'],
        certificates: 'forklift',
        minCredit: '60',
        marketId: 'm1',
        instant: true,
        autoConfirm: true,
      }),
    );
    expect(body).toMatchObject({
      description: '需能搬 30 斤',
      requirements: { certificates: ['health_cert', 'forklift'], minCredit: 60 },
      marketId: 'm1',
      instant: true,
      autoConfirm: true,
    });
  });

  it('sends a minimum credit of 0 on its own when no certificate is asked for', () => {
    expect(toRequest(filled({ minCredit: '0' })).requirements).toEqual({ minCredit: 0 });
  });
});
