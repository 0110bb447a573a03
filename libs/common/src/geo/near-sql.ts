/**
 * SQL pieces for "near a point" searches on an earthdistance GiST index over
 * `ll_to_earth(lat, lng)`. The box test (`earth_box @> ll_to_earth`) is what the
 * index answers; the exact distance filter then trims the box's corners.
 * `p` is the parameter numbering: $lat, $lng, $radiusMetres.
 */
export function nearSql(table: string, p: { lat: string; lng: string; radiusM: string }) {
  const point = `ll_to_earth(${p.lat}, ${p.lng})`;
  const row = `ll_to_earth(${table}.lat, ${table}.lng)`;
  return {
    distanceKm: `(earth_distance(${point}, ${row}) / 1000.0)`,
    within: `earth_box(${point}, ${p.radiusM}) @> ${row} AND earth_distance(${point}, ${row}) <= ${p.radiusM}`,
  };
}
