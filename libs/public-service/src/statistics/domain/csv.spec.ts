import { statisticsCsv, yuan } from './csv';

describe('the statistics CSV', () => {
  const figures = { workers: 6, records: 7, hours: 28.5, incomeFen: 85550, suppressed: false };
  const hidden = { workers: null, records: null, hours: null, incomeFen: null, suppressed: true };

  it('starts with a BOM and a zh + en header, ends with the totals row', () => {
    const csv = statisticsCsv(
      [
        { period: '2030-03', district: '中山区', trade: '装卸工', figures, change: null },
        { period: '2030-03', district: '西岗区', trade: '装卸工', figures: hidden, change: null },
      ],
      { period: '2030-03', district: '合计 Total', trade: '', figures, change: null },
    );
    expect(csv.startsWith('\uFEFF期间 Period,区(市县) District')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('2030-03,中山区,装卸工,6,7,28.5,855.50,,,,,否 no');
    expect(lines[2]).toBe('2030-03,西岗区,装卸工,<5,,,,,,,,是 yes');
    expect(lines[3]!.startsWith('2030-03,合计 Total,,6,')).toBe(true);
  });

  it('writes money exactly and defuses formula-looking text', () => {
    expect(yuan(5)).toBe('0.05');
    expect(yuan(-12345)).toBe('-123.45');
    const csv = statisticsCsv([], {
      period: '=cmd',
      district: 'a,"b"',
      trade: '',
      figures,
      change: null,
    });
    expect(csv).toContain(`'=cmd,"a,""b""",`);
  });
});
