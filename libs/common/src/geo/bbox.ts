import { registerDecorator, ValidationOptions } from 'class-validator';
import type { LatLng } from './distance';

/** A latitude/longitude box in WGS-84 degrees (south ≤ lat ≤ north, west ≤ lng ≤ east). */
export interface BBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** A WGS-84 point: two finite numbers in range. Strings, NaN and Infinity are not points. */
export function isWgs84(value: unknown): value is LatLng {
  if (typeof value !== 'object' || value === null) return false;
  const { lat, lng } = value as Record<string, unknown>;
  return (
    typeof lat === 'number' &&
    typeof lng === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180
  );
}

export function boxContains(box: BBox, p: LatLng): boolean {
  return p.lat >= box.south && p.lat <= box.north && p.lng >= box.west && p.lng <= box.east;
}

/** Whether `inner` lies wholly inside `outer`. */
export function boxWithin(inner: BBox, outer: BBox): boolean {
  return (
    inner.south >= outer.south &&
    inner.north <= outer.north &&
    inner.west >= outer.west &&
    inner.east <= outer.east
  );
}

/**
 * Parses the SERVICE_AREA setting, "south,west,north,east" in degrees
 * (e.g. "38.6,120.8,40.3,123.7"); undefined when it is not a proper box.
 */
export function parseBBox(text: string): BBox | undefined {
  const parts = text.split(',').map((p) => (p.trim() === '' ? NaN : Number(p.trim())));
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) return undefined;
  const [south, west, north, east] = parts as [number, number, number, number];
  const box = { south, west, north, east };
  if (south >= north || west >= east) return undefined;
  if (!isWgs84({ lat: south, lng: west }) || !isWgs84({ lat: north, lng: east })) return undefined;
  return box;
}

/** A setting in parseBBox's form, "south,west,north,east". */
export function IsBBoxSetting(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isBBoxSetting',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: 'must be "south,west,north,east" in degrees, south < north and west < east',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && !!parseBBox(value) },
    });
}

/** The nearest point of `box` to `p`: keeps generated places (bench, demo) where the API takes them. */
export function clampToBox(box: BBox, p: LatLng): LatLng {
  return {
    lat: Math.min(box.north, Math.max(box.south, p.lat)),
    lng: Math.min(box.east, Math.max(box.west, p.lng)),
  };
}
