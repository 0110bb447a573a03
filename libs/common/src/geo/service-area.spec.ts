import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsString, validateSync, ValidateNested } from 'class-validator';
import { ConfigError, loadConfig } from '../config/app-config';
import { AppException } from '../errors/app.exception';
import { boxContains, boxWithin, clampToBox, isWgs84, parseBBox } from './bbox';
import {
  DALIAN_DISTRICT_BOXES,
  DALIAN_SERVICE_AREA,
  DALIAN_SERVICE_AREA_SETTING,
} from './dalian-districts.geo';
import { IsInDistrictBox, IsServiceLocation } from './location-validators';
import { LocationDto } from './location.dto';
import {
  assertServiceLocation,
  locationProblem,
  serviceArea,
  useServiceArea,
} from './service-area';

const XIGANG = { lat: 38.9152, lng: 121.6121 };
const JINZHOU = { lat: 39.0927, lng: 121.7162 };

describe('isWgs84', () => {
  it.each([
    [{ lat: 38.9, lng: 121.6 }, true],
    [{ lat: -90, lng: 180 }, true],
    [{ lat: NaN, lng: 121.6 }, false],
    [{ lat: 38.9, lng: Infinity }, false],
    [{ lat: '38.9', lng: 121.6 }, false],
    [{ lat: 91, lng: 121.6 }, false],
    [{ lat: 38.9, lng: -181 }, false],
    [{ lat: 38.9 }, false],
    [null, false],
    ['38.9,121.6', false],
  ])('%j → %s', (value, expected) => expect(isWgs84(value)).toBe(expected));
});

describe('parseBBox', () => {
  it('reads "south,west,north,east"', () => {
    expect(parseBBox(DALIAN_SERVICE_AREA_SETTING)).toEqual(DALIAN_SERVICE_AREA);
    expect(parseBBox(' 1 , 2 , 3 , 4 ')).toEqual({ south: 1, west: 2, north: 3, east: 4 });
  });

  it.each(['', '1,2,3', '1,2,3,4,5', '3,2,1,4', '1,4,3,2', 'a,b,c,d', '1,,3,4', '-95,0,10,10'])(
    'refuses %j',
    (text) => expect(parseBBox(text)).toBeUndefined(),
  );
});

describe('the SERVICE_AREA setting', () => {
  it("is Dalian's unless set, and refuses what is not a box", () => {
    expect(parseBBox(loadConfig({}).SERVICE_AREA)).toEqual(DALIAN_SERVICE_AREA);
    expect(loadConfig({ SERVICE_AREA: '30,120,32,122' }).SERVICE_AREA).toBe('30,120,32,122');
    for (const bad of ['38.6,120.8,40.3', '40.3,120.8,38.6,123.7', 'Dalian']) {
      expect(() => loadConfig({ SERVICE_AREA: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ SERVICE_AREA: bad })).toThrow(/SERVICE_AREA/);
    }
  });
});

describe('clampToBox', () => {
  it('pulls a point outside back to the nearest edge and leaves one inside alone', () => {
    const box = { south: 1, west: 2, north: 3, east: 4 };
    expect(clampToBox(box, { lat: 0, lng: 5 })).toEqual({ lat: 1, lng: 4 });
    expect(clampToBox(box, { lat: 2, lng: 3 })).toEqual({ lat: 2, lng: 3 });
  });
});

describe('locationProblem', () => {
  it('accepts a point in the service area inside its district', () => {
    expect(locationProblem(XIGANG, '西岗区')).toBeUndefined();
    expect(locationProblem(JINZHOU)).toBeUndefined();
  });

  it('refuses what is not a pair of finite numbers', () => {
    expect(locationProblem({ lat: NaN, lng: 121.6 })).toBe('notAPoint');
    expect(locationProblem({ lat: '38.9', lng: '121.6' })).toBe('notAPoint');
    expect(locationProblem(undefined)).toBe('notAPoint');
  });

  it('refuses (0,0) and latitude -1, whatever district they name', () => {
    expect(locationProblem({ lat: 0, lng: 0 }, '西岗区')).toBe('outsideArea');
    expect(locationProblem({ lat: -1, lng: 121.6 })).toBe('outsideArea');
    expect(locationProblem({ lat: 31.22, lng: 121.47 })).toBe('outsideArea'); // Shanghai
  });

  it('refuses a point in 金州区 labelled 西岗区', () => {
    expect(locationProblem(JINZHOU, '西岗区')).toBe('outsideDistrict');
    expect(locationProblem(JINZHOU, '金州区')).toBeUndefined();
  });

  it('leaves a name that is not a district to the district check', () => {
    expect(locationProblem(XIGANG, '朝阳区')).toBeUndefined();
    expect(locationProblem(XIGANG, 'constructor')).toBeUndefined();
  });

  it('checks against the configured service area', () => {
    const before = serviceArea();
    try {
      useServiceArea({ south: 30, west: 120, north: 32, east: 122 });
      expect(locationProblem({ lat: 31.22, lng: 121.47 })).toBeUndefined();
      expect(locationProblem(XIGANG)).toBe('outsideArea');
    } finally {
      useServiceArea(before);
    }
  });
});

describe('the district boxes', () => {
  it('lie inside the service area and are real boxes', () => {
    for (const [district, box] of Object.entries(DALIAN_DISTRICT_BOXES)) {
      expect({ district, within: boxWithin(box, DALIAN_SERVICE_AREA) }).toEqual({
        district,
        within: true,
      });
      expect(box.south).toBeLessThan(box.north);
      expect(box.west).toBeLessThan(box.east);
    }
  });

  it('keep the old city apart from the outer districts', () => {
    expect(boxContains(DALIAN_DISTRICT_BOXES['西岗区']!, JINZHOU)).toBe(false);
    expect(boxContains(DALIAN_DISTRICT_BOXES['长海县']!, XIGANG)).toBe(false);
    expect(boxContains(DALIAN_DISTRICT_BOXES['庄河市']!, XIGANG)).toBe(false);
  });
});

describe('assertServiceLocation', () => {
  const details = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(AppException);
      return (e as AppException).options.details;
    }
    throw new Error('expected a refusal');
  };

  it('names the location for a bad point and the district field for a mismatch', () => {
    expect(details(() => assertServiceLocation({ lat: 0, lng: 0 }))).toEqual([
      expect.objectContaining({ field: 'location' }),
    ]);
    expect(
      details(() =>
        assertServiceLocation(JINZHOU, { district: '西岗区', districtField: 'district' }),
      ),
    ).toEqual([expect.objectContaining({ field: 'district' })]);
    expect(() => assertServiceLocation(XIGANG, { district: '西岗区' })).not.toThrow();
  });
});

class SiteDto extends LocationDto {
  @IsString()
  @IsInDistrictBox()
  district!: string;
}

class PostDto {
  @ValidateNested()
  @IsServiceLocation()
  @Type(() => SiteDto)
  location!: SiteDto;
}

class HomeDto {
  @IsInDistrictBox('home')
  district!: string;

  @IsServiceLocation()
  home!: LocationDto;
}

/** The fields class-validator reports, as `parent.child` paths. */
function faultyFields(type: new () => object, body: object): string[] {
  const walk = (errors: ReturnType<typeof validateSync>, parent: string): string[] =>
    errors.flatMap((e) => {
      const field = parent ? `${parent}.${e.property}` : e.property;
      return [...(e.constraints ? [field] : []), ...walk(e.children ?? [], field)];
    });
  return walk(validateSync(plainToInstance(type, body)), '');
}

describe('the location decorators', () => {
  it('pass a good point in its district', () => {
    expect(faultyFields(PostDto, { location: { ...XIGANG, district: '西岗区' } })).toEqual([]);
    expect(faultyFields(HomeDto, { district: '金州区', home: JINZHOU })).toEqual([]);
  });

  it('name `location` for (0,0) labelled 西岗区, and nothing about the district', () => {
    expect(faultyFields(PostDto, { location: { lat: 0, lng: 0, district: '西岗区' } })).toEqual([
      'location',
    ]);
  });

  it('name `location.district` for a point in 金州区 labelled 西岗区', () => {
    expect(faultyFields(PostDto, { location: { ...JINZHOU, district: '西岗区' } })).toEqual([
      'location.district',
    ]);
    expect(faultyFields(HomeDto, { district: '西岗区', home: JINZHOU })).toEqual(['district']);
  });

  it('refuse strings and NaN as coordinates', () => {
    const fields = faultyFields(PostDto, {
      location: { lat: '38.9', lng: NaN, district: '西岗区' },
    });
    expect(fields).toEqual(expect.arrayContaining(['location', 'location.lat', 'location.lng']));
  });
});
