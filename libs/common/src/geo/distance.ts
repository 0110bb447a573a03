export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * Great-circle distance in km on the same sphere as PostgreSQL's earthdistance
 * (radius 6378168 m), so that numbers computed here and in SQL agree.
 */
export function distanceKm(a: LatLng, b: LatLng): number {
  const R = 6378.168;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Parses `near=lat,lng` from a query string; undefined when it is not a valid pair. */
export function parseNear(value: string): LatLng | undefined {
  const parts = value.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 2 || parts.some((p) => !Number.isFinite(p))) return undefined;
  const [lat, lng] = parts as [number, number];
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) return undefined;
  return { lat, lng };
}
