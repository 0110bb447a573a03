import { workRecord } from './work-record';

const IN = new Date('2030-03-11T00:00:00Z');
const after = (minutes: number, seconds = 0) =>
  new Date(IN.getTime() + minutes * 60_000 + seconds * 1000);

describe('workRecord', () => {
  it('pays hourly work by the minute and rounds hours to 0.01', () => {
    expect(workRecord(IN, after(250, 59), { unit: 'hour', amountFen: 3000 })).toEqual({
      minutesWorked: 250,
      hours: 4.17,
      payFen: 12500,
    });
  });

  it('pays a day rate once, however long the day', () => {
    expect(workRecord(IN, after(30), { unit: 'day', amountFen: 20000 }).payFen).toBe(20000);
    expect(workRecord(IN, after(600), { unit: 'day', amountFen: 20000 }).payFen).toBe(20000);
  });

  it('pays piece work by the count and needs the count', () => {
    expect(workRecord(IN, after(60), { unit: 'piece', amountFen: 150 }, 40).payFen).toBe(6000);
    expect(() => workRecord(IN, after(60), { unit: 'piece', amountFen: 150 })).toThrow();
  });

  it('never records negative time', () => {
    expect(workRecord(after(10), IN, { unit: 'hour', amountFen: 3000 })).toEqual({
      minutesWorked: 0,
      hours: 0,
      payFen: 0,
    });
  });
});
