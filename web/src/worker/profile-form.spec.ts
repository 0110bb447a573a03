import {
  DEFAULT_TRAVEL_KM,
  errorsByField,
  fieldOf,
  localProblems,
  toBody,
  toFen,
  toForm,
  yuan,
  type ProfileForm,
} from './profile-form';
import type { WorkerProfile } from './types';

const profile: WorkerProfile = {
  userId: 'u1',
  name: '王师傅',
  trades: [{ code: 'mason', level: 4 }],
  certificates: ['electrician'],
  homeDistrict: 'pudong',
  homeLocation: { lat: 31.22, lng: 121.54 },
  maxTravelKm: 15,
  minPay: { unit: 'day', amountFen: 25050 },
  availability: [{ weekday: 1, from: '08:00', to: '17:00' }],
};

/** A form the worker could send as it stands. */
const valid = (over: Partial<ProfileForm> = {}): ProfileForm => ({ ...toForm(profile), ...over });

describe('worker profile form', () => {
  it('starts a new worker with an empty form, 10 km travel and no minimum pay', () => {
    const f = toForm(null);
    expect(f).toEqual({
      name: '',
      trades: [],
      certificates: [],
      homeDistrict: '',
      homeLocation: null,
      maxTravelKm: String(DEFAULT_TRAVEL_KM),
      minPayUnit: 'hour',
      minPayYuan: '',
      availability: [],
    });
    expect(f.maxTravelKm).toBe('10');
  });

  it('shows a saved profile with its minimum pay in yuan', () => {
    const f = toForm(profile);
    expect(f.minPayYuan).toBe('250.5');
    expect(f.minPayUnit).toBe('day');
    expect(f.maxTravelKm).toBe('15');
    expect(f.trades).toEqual([{ code: 'mason', level: 4 }]);
  });

  it('edits a copy, so changing the form leaves the saved profile alone', () => {
    const f = toForm(profile);
    f.trades[0]!.level = 1;
    f.availability[0]!.to = '12:00';
    f.certificates.push('welder');
    expect(profile.trades[0]!.level).toBe(4);
    expect(profile.availability[0]!.to).toBe('17:00');
    expect(profile.certificates).toEqual(['electrician']);
  });

  it('converts money between yuan as typed and fen, without float drift', () => {
    expect(yuan(2550)).toBe('25.5');
    expect(yuan(18000)).toBe('180');
    expect(toFen('25.5')).toBe(2550);
    expect(toFen(' 0.29 ')).toBe(29);
    expect(toFen('180')).toBe(18000);
  });

  it('does not turn what is not an amount into a number', () => {
    for (const text of ['', 'abc', '-5', '1.234', '1,5', '¥20']) {
      expect(toFen(text)).toBeNaN();
    }
  });

  it('sends the profile with the name trimmed, travel as a number and pay in fen', () => {
    const body = toBody(valid({ name: '  王师傅 ', maxTravelKm: '20', minPayYuan: '300' }));
    expect(body).toEqual({
      name: '王师傅',
      trades: [{ code: 'mason', level: 4 }],
      certificates: ['electrician'],
      homeDistrict: 'pudong',
      maxTravelKm: 20,
      availability: [{ weekday: 1, from: '08:00', to: '17:00' }],
      homeLocation: { lat: 31.22, lng: 121.54 },
      minPay: { unit: 'day', amountFen: 30000 },
    });
  });

  it('leaves out a blank minimum pay and an unset home location rather than sending them empty', () => {
    const body = toBody(valid({ minPayYuan: '  ', homeLocation: null }));
    expect(body).not.toHaveProperty('minPay');
    expect(body).not.toHaveProperty('homeLocation');
  });

  it('puts server errors under the form field they belong to, numbering list rows from 1', () => {
    expect(fieldOf('trades[1].code')).toBe('trades');
    expect(fieldOf('minPay.amountFen')).toBe('minPay');
    expect(fieldOf('name')).toBe('name');
    expect(
      errorsByField({
        name: '必填',
        'minPay.amountFen': '必须大于 0',
        'availability[0].to': '结束须晚于开始',
        'availability[2].from': '格式不对',
      }),
    ).toEqual({
      name: '必填',
      minPay: '必须大于 0',
      availability: '#1 结束须晚于开始；#3 格式不对',
    });
  });

  it('finds nothing wrong with a complete profile', () => {
    expect(localProblems(valid())).toEqual({});
    expect(localProblems(valid({ minPayYuan: '' }))).toEqual({});
  });

  it('asks for a name, a trade and a home district before sending', () => {
    expect(localProblems(valid({ name: '   ', trades: [], homeDistrict: '' }))).toEqual({
      name: 'required',
      trades: 'required',
      homeDistrict: 'required',
    });
  });

  it('accepts travel of 1 to 100 whole kilometres only', () => {
    expect(localProblems(valid({ maxTravelKm: '1' }))).toEqual({});
    expect(localProblems(valid({ maxTravelKm: '100' }))).toEqual({});
    for (const km of ['0', '101', '2.5', 'far', '']) {
      expect(localProblems(valid({ maxTravelKm: km }))).toEqual({ maxTravelKm: 'invalid' });
    }
  });

  it('rejects a minimum pay that is zero or not an amount', () => {
    expect(localProblems(valid({ minPayYuan: '0' }))).toEqual({ minPay: 'invalid' });
    expect(localProblems(valid({ minPayYuan: '二十' }))).toEqual({ minPay: 'invalid' });
    expect(localProblems(valid({ minPayYuan: '0.01' }))).toEqual({});
  });

  it('rejects an availability slot that ends before it starts or is left blank', () => {
    const slot = (from: string, to: string) => [
      { weekday: 1, from: '08:00', to: '12:00' },
      { weekday: 2, from, to },
    ];
    expect(localProblems(valid({ availability: slot('18:00', '09:00') }))).toEqual({
      availability: 'invalid',
    });
    expect(localProblems(valid({ availability: slot('09:00', '09:00') }))).toEqual({
      availability: 'invalid',
    });
    expect(localProblems(valid({ availability: slot('09:00', '') }))).toEqual({
      availability: 'invalid',
    });
    expect(localProblems(valid({ availability: slot('09:00', '18:00') }))).toEqual({});
  });
});
