import { fairRequest, shanghaiInstant, tradeCodesOf } from './fair-form';

describe('the desk’s fair form', () => {
  it('sends the hall’s local times with the city’s offset', () => {
    expect(shanghaiInstant('2030-03-11', '09:00')).toBe('2030-03-11T09:00:00+08:00');
    expect(
      fairRequest({ title: ' 春风行动 ', date: '2030-03-11', from: '09:00', to: '12:00' }).body,
    ).toEqual({
      title: '春风行动',
      startsAt: '2030-03-11T09:00:00+08:00',
      endsAt: '2030-03-11T12:00:00+08:00',
    });
  });

  it('names what is missing or wrong before asking the server', () => {
    const { body, problems } = fairRequest({ title: '', date: '', from: '12:00', to: '09:00' });
    expect(body).toBeUndefined();
    expect(Object.keys(problems).sort()).toEqual(['date', 'title', 'to']);
  });

  it('reads trade codes separated by either comma or spaces', () => {
    expect(tradeCodesOf('loader, mover，cleaner loader')).toEqual(['loader', 'mover', 'cleaner']);
  });
});
