import fc from 'fast-check';

/**
 * fast-check arbitraries derived from the served OpenAPI document: values that
 * mostly fit each schema (so requests get past validation and reach services
 * and the database) mixed with hostile ones (wrong types, null, huge strings,
 * U+0000, deep nesting, odd unicode, extreme numbers, extra fields).
 */

/** Real ids from the test's world, so that some paths and bodies name rows that exist. */
export interface FuzzContext {
  components: Record<string, any>;
  knownIds: string[];
  /** An instant near the API's clock, so times in bodies are plausible. */
  now: Date;
}

const ODD_STRINGS = [
  '',
  ' ',
  'false',
  'true',
  '0',
  '-1',
  'null',
  'undefined',
  '[]',
  '{}',
  '１７０５５５５６６６６',
  '170.5555.6666',
  '\u202e\u200b\u200d',
  '😀'.repeat(40),
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00',
  '\\u0000',
  '2030-02-30T25:61:00+08:00',
  '00000000-0000-0000-0000-000000000000',
  'NaN',
  'Infinity',
  '1e309',
];

const ODD_NUMBERS = [0, -1, -0.5, 1.5, 1e308, -1e308, 2 ** 53 + 1, 2 ** 31, -(2 ** 31) - 1, 1e-9];

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** A value that is wrong almost anywhere. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...ODD_STRINGS),
  fc.constantFrom(...ODD_NUMBERS),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ maxLength: 10 }).map((s) => `${s}\u0000${s}`),
  fc.integer({ min: 2_000, max: 200_000 }).map((n) => '长'.repeat(n)),
  fc.integer({ min: 5, max: 60 }).map(nested),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

function resolve(schema: any, ctx: FuzzContext): any {
  let current = schema ?? {};
  for (let hops = 0; hops < 10; hops++) {
    if (current.$ref) {
      current = ctx.components[String(current.$ref).split('/').pop()!] ?? {};
    } else if (Array.isArray(current.allOf) && current.allOf.length === 1) {
      current = { ...current, ...current.allOf[0], allOf: undefined };
    } else break;
  }
  return current;
}

function isoNear(ctx: FuzzContext): fc.Arbitrary<string> {
  return fc.integer({ min: -72, max: 24 * 30 }).map((hours) => {
    const t = new Date(ctx.now.getTime() + hours * 3_600_000 + 8 * 3_600_000).toISOString();
    return `${t.slice(0, 19)}+08:00`;
  });
}

function isoDateNear(ctx: FuzzContext): fc.Arbitrary<string> {
  return isoNear(ctx).map((iso) => iso.slice(0, 10));
}

function validString(name: string, schema: any, ctx: FuzzContext): fc.Arbitrary<string> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum.map(String));
  const options: Array<{ weight: number; arbitrary: fc.Arbitrary<string> }> = [];
  const add = (weight: number, arbitrary: fc.Arbitrary<string>) =>
    options.push({ weight, arbitrary });
  if (schema.format === 'uuid' || /id$/i.test(name)) {
    add(6, fc.constantFrom(...ctx.knownIds));
    add(2, fc.uuid());
  }
  if (schema.format === 'date-time' || /(At|From|To|^from|^to)$/.test(name)) add(6, isoNear(ctx));
  if (/(On|date|Date)$/.test(name)) add(6, isoDateNear(ctx));
  if (/trade/i.test(name)) add(6, fc.constantFrom('loader', 'mover', 'cleaner', 'astronaut'));
  if (/phone/i.test(name)) add(4, fc.constantFrom('13912345678', '0411-87654321', '17000001002'));
  if (schema.example !== undefined && typeof schema.example !== 'object') {
    add(4, fc.constant(String(schema.example)));
  }
  const maxLength = Math.min(schema.maxLength ?? 40, 80);
  add(2, fc.string({ minLength: 1, maxLength, unit: 'grapheme' }));
  add(1, fc.constantFrom('中山区', '张三', '大连市中山区人民路 1 号', '冷库装卸，提供工装'));
  return fc.oneof(...options);
}

function validNumber(schema: any): fc.Arbitrary<number> {
  const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
  const max = typeof schema.maximum === 'number' ? schema.maximum : 10_000;
  return schema.type === 'integer'
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.oneof(
        fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
        fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
      );
}

/** A value that fits `schema` as well as its OpenAPI description lets us tell. */
export function fittingValue(
  schema: any,
  ctx: FuzzContext,
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, ctx);
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
  if (depth > 6) return fc.constant('deep');
  switch (s.type) {
    case 'string':
      return validString(name, s, ctx);
    case 'integer':
    case 'number':
      return validNumber(s);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(fittingValue(s.items, ctx, name, depth + 1), {
        minLength: Math.min(s.minItems ?? 1, 1),
        maxLength: Math.min(s.maxItems ?? 3, 3),
      });
    case 'object':
    default:
      if (!s.properties) return fc.jsonValue({ maxDepth: 2 });
      return objectFor(s, ctx, depth);
  }
}

/** An object with every required field and some of the optional ones, all fitting. */
export function objectFor(
  schema: any,
  ctx: FuzzContext,
  depth = 0,
): fc.Arbitrary<Record<string, unknown>> {
  const s = resolve(schema, ctx);
  const properties: Record<string, any> = s.properties ?? {};
  const required = new Set<string>(s.required ?? []);
  const fields = Object.fromEntries(
    Object.entries(properties).map(([key, child]) => [
      key,
      fittingValue(child, ctx, key, depth + 1),
    ]),
  );
  return fc.record(fields, {
    requiredKeys: Object.keys(properties).filter((k) => required.has(k)),
  });
}

type Spot = [Record<string | number, unknown>, string | number];

/** Every place in a JSON value: [parent, key] for each object field and array item. */
function places(value: unknown): Spot[] {
  const found: Spot[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (!item || typeof item !== 'object') continue;
    for (const [key, child] of Object.entries(item)) {
      found.push([item as Record<string, unknown>, Array.isArray(item) ? Number(key) : key]);
      stack.push(child);
    }
  }
  return found;
}

/**
 * The one best guess at a valid value: examples, first enum entries, known ids,
 * times a day ahead. Faults planted in it reach services, not only validation.
 */
export function canonicalValue(schema: any, ctx: FuzzContext, name = '', depth = 0): unknown {
  const s = resolve(schema, ctx);
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (depth > 6) return 'deep';
  switch (s.type) {
    case 'string': {
      const dayAhead = new Date(ctx.now.getTime() + 32 * 3_600_000).toISOString();
      if (s.format === 'uuid' || /id$/i.test(name)) return ctx.knownIds[0];
      if (s.format === 'date-time' || /(At|From|To|^from|^to)$/.test(name))
        return `${dayAhead.slice(0, 19)}+08:00`;
      if (/(On|date|Date)$/.test(name)) return dayAhead.slice(0, 10);
      if (/trade/i.test(name)) return 'loader';
      if (/phone/i.test(name)) return '13912345678';
      return '大连装卸';
    }
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? Math.max(s.minimum, Math.min(1, s.maximum ?? 1)) : 1;
    case 'boolean':
      return true;
    case 'array':
      return [canonicalValue(s.items, ctx, name, depth + 1)];
    default:
      if (!s.properties) return {};
      return Object.fromEntries(
        Object.entries<any>(s.properties).map(([key, child]) => [
          key,
          canonicalValue(child, ctx, key, depth + 1),
        ]),
      );
  }
}

type Fault = 'null' | 'replace' | 'drop' | 'add';

/**
 * A valid-looking object with exactly one thing wrong: a field set to null or
 * to a hostile value, a field dropped, or one added. Top-level fields are hit
 * half the time, nested ones otherwise.
 */
function withOneFault(schema: any, ctx: FuzzContext): fc.Arbitrary<unknown> {
  const base = fc.oneof(
    { weight: 1, arbitrary: objectFor(schema, ctx) },
    { weight: 2, arbitrary: fc.constant(canonicalValue(schema, ctx)) },
  );
  return fc
    .tuple(
      base,
      fc.nat(),
      fc.boolean(),
      hostileValue,
      fc.constantFrom<Fault>('null', 'replace', 'drop', 'add'),
    )
    .map(([value, pick, topLevel, bad, how]) => {
      const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
      const all = places(copy);
      const spots = topLevel ? all.filter(([parent]) => parent === copy) : all;
      if (how === 'add' || !spots.length) {
        copy[['extra', 'role', '__proto__x', '$where'][pick % 4]!] = bad;
        return copy;
      }
      const [parent, key] = spots[pick % spots.length]!;
      if (how === 'drop' && !Array.isArray(parent)) delete parent[key];
      else parent[key] = how === 'null' ? null : bad;
      return copy;
    });
}

/** What goes in the request body: JSON built from the schema, a wrong JSON value, or raw text. */
export type BodySpec =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string; text: string };

const rawBodies: fc.Arbitrary<BodySpec> = fc.oneof(
  fc.constant<BodySpec>({ kind: 'raw', contentType: 'application/json', text: '' }),
  fc.constant<BodySpec>({ kind: 'raw', contentType: 'application/json', text: '{"a":' }),
  fc.constant<BodySpec>({ kind: 'raw', contentType: 'application/json', text: '[{"a":1}' }),
  fc.constant<BodySpec>({
    kind: 'raw',
    contentType: 'application/json',
    text: '{"a":'.repeat(4000) + '1' + '}'.repeat(4000),
  }),
  fc.constant<BodySpec>({
    kind: 'raw',
    contentType: 'application/json',
    text: '{"__proto__":{"admin":true}}',
  }),
  fc.constant<BodySpec>({ kind: 'raw', contentType: 'text/plain', text: 'hello' }),
  fc.constant<BodySpec>({
    kind: 'raw',
    contentType: 'application/x-www-form-urlencoded',
    text: 'a=1',
  }),
  fc.constant<BodySpec>({
    kind: 'raw',
    contentType: 'application/json',
    text: JSON.stringify({ big: 'x'.repeat(1_100_000) }),
  }),
);

export function bodyFor(operation: any, ctx: FuzzContext): fc.Arbitrary<BodySpec> {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  const json = (value: unknown): BodySpec => ({ kind: 'json', value });
  if (!schema) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant<BodySpec>({ kind: 'none' }) },
      { weight: 1, arbitrary: hostileValue.map(json) },
      { weight: 1, arbitrary: rawBodies },
    );
  }
  return fc.oneof(
    { weight: 5, arbitrary: objectFor(schema, ctx).map(json) },
    { weight: 8, arbitrary: withOneFault(schema, ctx).map(json) },
    { weight: 1, arbitrary: hostileValue.map(json) },
    { weight: 1, arbitrary: rawBodies },
    { weight: 1, arbitrary: fc.constant<BodySpec>({ kind: 'none' }) },
  );
}

/** A path parameter, already encoded for the URL (some deliberately badly). */
export function pathParamFor(param: any, ctx: FuzzContext): fc.Arbitrary<string> {
  const fitting = fittingValue(param.schema ?? {}, ctx, param.name, 0).map((v) =>
    encodeURIComponent(String(v)),
  );
  const hostile = fc.oneof(
    fc.constantFrom('%00', 'abc%00def', '%E0%A4%A', '%', '..%2F..%2Fetc', '-1', '1e9', 'null'),
    fc.integer({ min: 90, max: 400 }).map((n) => 'a'.repeat(n)),
    hostileValue.map((v) =>
      encodeURIComponent(typeof v === 'string' ? v : (JSON.stringify(v) ?? '')),
    ),
  );
  return fc.oneof({ weight: 3, arbitrary: fitting }, { weight: 1, arbitrary: hostile });
}

/** One query parameter as `name=value` pairs (none, one, or the key repeated), already encoded. */
export function queryParamFor(param: any, ctx: FuzzContext): fc.Arbitrary<string[]> {
  const key = encodeURIComponent(param.name);
  const fitting = fittingValue(param.schema ?? {}, ctx, param.name, 0).map((v) => [
    `${key}=${encodeURIComponent(String(v))}`,
  ]);
  const hostile = fc.oneof(
    hostileValue.map((v) => [
      `${key}=${encodeURIComponent(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))}`,
    ]),
    fc
      .constantFrom(
        `${key}=%00`,
        `${key}=`,
        `${key}`,
        `${key}=%ZZ`,
        `${key}[a]=1`,
        `${key}=1&${key}=2`,
      )
      .map((s) => [s]),
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant<string[]>([]) },
    { weight: 4, arbitrary: fitting },
    { weight: 2, arbitrary: hostile },
  );
}
