import {
  emptyWalkIn,
  fullMobile,
  marketFieldErrors,
  marketForm,
  marketPatch,
  walkInBody,
  walkInFieldErrors,
  walkInQuery,
  type WalkInForm,
} from './desk-forms';
import type { Market } from './types';

const walkIn = (over: Partial<WalkInForm> = {}): WalkInForm => ({
  ...emptyWalkIn(),
  phone: '138 0013-8000',
  name: ' 王师傅 ',
  district: 'pudong',
  trade: 'mason',
  level: 4,
  maxTravelKm: 15,
  ...over,
});

const market: Market = {
  id: 'm1',
  kind: 'market',
  name: '浦东零工市场',
  district: '金州区',
  address: '某路 1 号',
  location: { lat: 31.2, lng: 121.5 },
  openingHours: [
    { weekday: 1, from: '08:00', to: '17:00' },
    { weekday: 2, from: '08:00', to: '17:00' },
  ],
  trades: ['mason', 'painter'],
  contactPhone: '021-12345678',
  integrity: true,
  status: 'listed',
  description: null,
  openNow: true,
  createdAt: '2026-12-01T09:30:00.000Z',
  updatedAt: '2026-12-01T09:30:00.000Z',
};

describe('walk-in registration', () => {
  it('starts a blank form at level 3, 10 km, verbal consent not yet given', () => {
    expect(emptyWalkIn()).toMatchObject({
      level: 3,
      maxTravelKm: 10,
      method: 'verbal',
      consented: false,
    });
  });

  it('sends the phone without spaces or dashes and the name trimmed', () => {
    const body = walkInBody(walkIn({ consented: true }), 'v2');
    expect(body).toEqual({
      phone: '13800138000',
      consent: { method: 'verbal', textVersion: 'v2' },
      profile: {
        name: '王师傅',
        trades: [{ code: 'mason', level: 4 }],
        homeDistrict: 'pudong',
        maxTravelKm: 15,
        availability: [],
      },
    });
  });

  it('sends the person’s proof only for a phone that already has an account', () => {
    expect(walkInBody(walkIn({ consented: true, code: '123456' }), 'v2')).not.toHaveProperty(
      'verification',
    );
    expect(walkInBody(walkIn({ code: ' 123 456 ' }), 'v2', true).verification).toEqual({
      code: '123456',
    });
    expect(
      walkInBody(walkIn({ verifyBy: 'id', idNumber: ' 21020219900101123x ' }), 'v2', true)
        .verification,
    ).toEqual({ idNumber: '21020219900101123X' });
    expect(
      walkInFieldErrors({ verification: '需验证', 'verification.idNumber': '不一致' }),
    ).toEqual({ code: '需验证', idNumber: '不一致' });
  });

  it('knows a full mobile number as it is typed', () => {
    expect(fullMobile('138 0013 8000')).toBe('13800138000');
    expect(fullMobile('1380013800')).toBeNull();
  });

  it('sends no consent at all unless the box is ticked', () => {
    const body = walkInBody(walkIn({ consented: false, method: 'signed' }), 'v2');
    expect(body).not.toHaveProperty('consent');
  });

  it('records signed consent when the worker signed', () => {
    const body = walkInBody(walkIn({ consented: true, method: 'signed' }), 'v3');
    expect(body.consent).toEqual({ method: 'signed', textVersion: 'v3' });
  });

  it('sends an empty trade list when no trade is picked', () => {
    const body = walkInBody(walkIn({ trade: '' }), 'v2') as { profile: { trades: unknown[] } };
    expect(body.profile.trades).toEqual([]);
  });

  it('shows server errors beside the walk-in field they are about', () => {
    expect(
      walkInFieldErrors({
        phone: '手机号格式不对',
        'profile.name': '必填',
        'profile.homeDistrict': '未知区',
        'profile.trades[0].level': '1 到 5',
        'profile.maxTravelKm': '1 到 100',
        'consent.method': '未知方式',
        'consent.textVersion': '请用最新文本',
      }),
    ).toEqual({
      phone: '手机号格式不对',
      name: '必填',
      district: '未知区',
      trade: '1 到 5',
      maxTravelKm: '1 到 100',
      method: '未知方式',
      consented: '请用最新文本',
    });
  });

  it('keeps the first message when several errors land on one field', () => {
    expect(
      walkInFieldErrors({ 'profile.trades': '至少一个工种', 'profile.trades.0.code': '未知工种' }),
    ).toEqual({ trade: '至少一个工种' });
  });

  it('gathers errors no field shows into one form-level message', () => {
    expect(
      walkInFieldErrors({ 'profile.availability': '不可填写', certificates: '未知证书' }),
    ).toEqual({ _form: '不可填写；未知证书' });
  });
});

describe('walk-in search', () => {
  it('looks a full mobile number up exactly, however it was typed', () => {
    expect(walkInQuery('138 0013 8000')).toEqual({ phone: '13800138000' });
    expect(walkInQuery('138-0013-8000')).toEqual({ phone: '13800138000' });
  });

  it('searches by name or part of a number otherwise', () => {
    expect(walkInQuery('  王师傅 ')).toEqual({ q: '王师傅' });
    expect(walkInQuery('1380013')).toEqual({ q: '1380013' });
    expect(walkInQuery('12800138000')).toEqual({ q: '12800138000' });
  });

  it('searches for nothing when the box is blank', () => {
    expect(walkInQuery('  ')).toEqual({});
  });
});

describe('market editor', () => {
  it('sends nothing when nothing changed', () => {
    expect(marketPatch(marketForm(market), marketForm(market))).toEqual({});
  });

  it('sends only the changed fields, trimmed', () => {
    const after = { ...marketForm(market), name: '  浦东新区零工市场 ' };
    expect(marketPatch(marketForm(market), after)).toEqual({ name: '浦东新区零工市场' });
  });

  it('does not count added spaces as a change', () => {
    const after = { ...marketForm(market), address: ' 某路 1 号  ' };
    expect(marketPatch(marketForm(market), after)).toEqual({});
  });

  it('clears the contact phone with null when it is emptied', () => {
    const after = { ...marketForm(market), contactPhone: '  ' };
    expect(marketPatch(marketForm(market), after)).toEqual({ contactPhone: null });
  });

  it('shows a market with no contact phone as an empty box and leaves it unsent', () => {
    const before = marketForm({ ...market, contactPhone: null });
    expect(before.contactPhone).toBe('');
    expect(marketPatch(before, { ...before })).toEqual({});
  });

  it('never sends the status unless it was changed (operators may not change it)', () => {
    const before = marketForm(market);
    expect(marketPatch(before, { ...before, name: '新名字' })).not.toHaveProperty('status');
    expect(marketPatch(before, { ...before, status: 'suspended' })).toEqual({
      status: 'suspended',
    });
  });

  it('treats the same trades in another order as unchanged', () => {
    const before = marketForm(market);
    expect(marketPatch(before, { ...before, trades: ['painter', 'mason'] })).toEqual({});
    expect(marketPatch(before, { ...before, trades: ['mason'] })).toEqual({ trades: ['mason'] });
  });

  it('sends all the opening hours when one interval changes', () => {
    const before = marketForm(market);
    const after = marketForm(market);
    after.openingHours[1]!.to = '18:00';
    expect(marketPatch(before, after)).toEqual({
      openingHours: [
        { weekday: 1, from: '08:00', to: '17:00' },
        { weekday: 2, from: '08:00', to: '18:00' },
      ],
    });
    expect(market.openingHours[1]!.to).toBe('17:00');
  });

  it('sends the opening hours emptied when every interval is removed', () => {
    const before = marketForm(market);
    expect(marketPatch(before, { ...before, openingHours: [] })).toEqual({ openingHours: [] });
  });

  it('shows opening-hours errors on their row, whichever way the server writes the path', () => {
    expect(
      marketFieldErrors({
        'openingHours[0].to': '结束须晚于开始',
        'openingHours.1.from': '与第 1 段重叠',
        'openingHours.1.to': '格式不对',
      }),
    ).toEqual({
      'openingHours[0]': '结束须晚于开始',
      'openingHours[1]': '与第 1 段重叠；格式不对',
    });
  });

  it('shows errors on one trade under the trades field, and other fields by name', () => {
    expect(
      marketFieldErrors({ 'trades[3]': '未知工种', 'trades.4': '重复', contactPhone: '格式不对' }),
    ).toEqual({ trades: '未知工种；重复', contactPhone: '格式不对' });
  });
});
