import { boxContains, boxWithin, DALIAN_DISTRICT_BOXES, DALIAN_SERVICE_AREA } from '@app/common';
import { DALIAN_DISTRICTS } from '@app/listings';
import { DEMO_MARKETS } from './demo-markets';
import { DEMO_EMPLOYERS, DEMO_WORKERS } from './demo-people';

/** The demo data must pass the same location checks as anything a user enters. */
describe('demo locations', () => {
  it('every district a user can pick has a box inside the service area', () => {
    for (const district of DALIAN_DISTRICTS) {
      const box = DALIAN_DISTRICT_BOXES[district];
      expect({ district, box: box && boxWithin(box, DALIAN_SERVICE_AREA) }).toEqual({
        district,
        box: true,
      });
    }
  });

  const places = [
    ...DEMO_MARKETS.map((m) => ({ what: m.name, ...m })),
    ...DEMO_EMPLOYERS.map((e) => ({ what: e.name, ...e })),
    ...DEMO_WORKERS.map((w) => ({ what: w.name, ...w })),
  ];

  it.each(places.map((p) => [p.what, p.district, p] as const))(
    '%s lies in its district %s',
    (_what, district, place) => {
      expect(boxContains(DALIAN_DISTRICT_BOXES[district]!, place)).toBe(true);
    },
  );

  it('the demo markets cover all ten districts and counties', () => {
    expect(new Set(DEMO_MARKETS.map((m) => m.district))).toEqual(new Set(DALIAN_DISTRICTS));
  });
});
