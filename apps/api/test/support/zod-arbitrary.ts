import fc from 'fast-check';
import { z } from 'zod';

// Arbitrary inputs for a procedure, derived from its zod input schemas through their JSON schema (z.toJSONSchema):
// values that look valid (so procedures go deep: ids of the caller's own world, plausible names and dates), mixed
// with hostile ones (NUL, lone surrogates, 100,000 characters, SQL, NaN, impossible dates, wrong types, prototype
// keys). fast-check has no zod bridge of its own.

/** The subset of JSON Schema that zod 4 emits for our inputs. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** The JSON schema of each of a procedure's input parsers (tRPC runs every one on the same raw input). */
export function jsonSchemasOf(inputs: unknown[]): JsonSchema[] {
  return inputs
    .filter((parser): parser is z.ZodType => parser instanceof z.ZodType)
    .map((parser) => z.toJSONSchema(parser, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}

/** One object schema with the properties of all of them, as tRPC merges the parsed inputs. */
export function mergeObjectSchemas(schemas: JsonSchema[]): JsonSchema | undefined {
  if (schemas.length === 0) return undefined;
  const properties: Record<string, JsonSchema> = {};
  const required = new Set<string>();
  const $defs: Record<string, JsonSchema> = {};
  for (const schema of schemas) {
    Object.assign(properties, schema.properties ?? {});
    Object.assign($defs, schema.$defs ?? {});
    for (const key of schema.required ?? []) required.add(key);
  }
  return { type: 'object', properties, required: [...required], $defs };
}

const longString = 'x'.repeat(100_000);

/** Strings no form would send. */
export const hostileStrings: string[] = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'ok\uDC00',
  longString,
  "'; drop table participant; --",
  "' or '1'='1",
  '../../etc/passwd',
  '%00',
  '%',
  '_',
  'a%b_c\\',
  '\u202Eevil',
  '🌍👩‍👩‍👧‍👦',
  '',
  ' ',
  '\t\n',
  '0000-01-01',
  '9999-12-31',
  '2027-02-31',
  '2027-13-01',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '__proto__',
  'constructor',
  'NaN',
  '1e308',
  '<script>alert(1)</script>',
  '{"$gt":""}',
];

/** Numbers no form would send. */
export const hostileNumbers: number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  -(2 ** 31) - 1,
  0.5,
  -1,
  0,
];

function prototypeObjects(): unknown[] {
  return [
    JSON.parse('{"__proto__": {"isPlatformAdmin": true, "role": "coordinator"}}'),
    { constructor: { prototype: { isPlatformAdmin: true } } },
    JSON.parse('{"__proto__": null}'),
  ];
}

/** Strings PostgreSQL cannot store: a NUL, half of a surrogate pair. */
const unstorableStrings = ['\u0000', 'a\u0000b', '\uD800', 'ok\uDFFF'];

/** A hostile string, the unstorable ones often. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...unstorableStrings) },
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
);

/** Any value of the wrong type, or of the right type but hostile. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom(...hostileNumbers) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, [], {}, [null], [[]], {
      length: 1,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom(...prototypeObjects()) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...hostileStrings), { maxLength: 3 }) },
);

/** What the generator may draw from for a field, by the field's name: ids of the caller's world, plausible text. */
export interface Hints {
  /** Candidate values by property name (ids of the world, example values). */
  byKey: Record<string, unknown[]>;
  /** Any id of the caller's world (for a uuid field whose name says nothing). */
  ids: string[];
  /** Addresses of existing accounts. */
  emails: string[];
  /** Real one-time tokens (invitation links). */
  tokens: string[];
}

const countries = ['PT', 'DE', 'FR', 'IT', 'ES', 'XX', 'pt', 'DEU', ''];
const languages = ['en', 'de', 'pt', 'fr', 'xx', 'EN', 'en-GB'];
const countryKeys = new Set(['country', 'nationality', 'destinationCountry', 'originCountry']);
const languageKeys = new Set(['preferredLanguage', 'mainLanguage', 'locale']);

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

function safeStringMatching(pattern: string): fc.Arbitrary<string> | undefined {
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    return undefined;
  }
}

interface Context {
  hints: Hints;
  root: JsonSchema;
  key?: string;
}

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace(/^#\/\$defs\//, '');
  return root.$defs?.[name] ?? {};
}

/** Values that look valid for this schema (they may still break a refinement the JSON schema cannot show). */
function validArbitrary(input: JsonSchema, context: Context): fc.Arbitrary<unknown> {
  const schema = resolve(input, context.root);
  const { hints, key } = context;
  const named = key ? hints.byKey[key] : undefined;
  const inner = (() => {
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives) return fc.oneof(...alternatives.map((option) => validArbitrary(option, context)));
    if (schema.allOf?.[0]) return validArbitrary(schema.allOf[0], context);
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    if (types.length > 1)
      return fc.oneof(...types.map((type) => validArbitrary({ ...schema, type }, context)));
    switch (types[0]) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
      case 'number': {
        const min = schema.minimum ?? (schema.exclusiveMinimum ?? -1_000_001) + 1;
        const max = schema.maximum ?? (schema.exclusiveMaximum ?? 1_000_001) - 1;
        return types[0] === 'integer'
          ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
          : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      }
      case 'string':
        return stringArbitrary(schema, context);
      case 'array': {
        const minLength = schema.minItems ?? 0;
        const maxLength = Math.min(schema.maxItems ?? 4, minLength + 4);
        const item = schema.items ?? {};
        const itemKey = key?.endsWith('Ids') ? key.slice(0, -1) : key;
        return fc.array(validArbitrary(item, { ...context, key: itemKey }), { minLength, maxLength });
      }
      case 'object':
        return objectArbitrary(schema, context);
      default:
        return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null));
    }
  })();
  // A named candidate (an id of the caller's world) most of the time, so the call reaches the procedure's body.
  return named?.length
    ? fc.oneof(
        { weight: schema.format === 'uuid' ? 8 : 3, arbitrary: fc.constantFrom(...named) },
        { weight: 2, arbitrary: inner },
      )
    : inner;
}

function stringArbitrary(schema: JsonSchema, { hints, key }: Context): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 60, minLength + 60);
  if (schema.format === 'uuid') {
    const pool = [...(key ? ((hints.byKey[key] as string[] | undefined) ?? []) : []), ...hints.ids];
    return fc.oneof(
      { weight: 6, arbitrary: pool.length ? fc.constantFrom(...pool) : fc.uuid() },
      { weight: 2, arbitrary: hints.ids.length ? fc.constantFrom(...hints.ids) : fc.uuid() },
      { weight: 1, arbitrary: fc.uuid({ version: [4, 7] }) },
    );
  }
  if (schema.format === 'email')
    return fc.oneof(
      fc.constantFrom('someone.new@example.org', ...hints.emails),
      fc.emailAddress({ size: 'small' }),
    );
  if (schema.format === 'date')
    return fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom('2027-02-01', '2027-03-01', '2027-03-14', '2010-01-01', '2028-06-30'),
      },
      { weight: 3, arbitrary: isoDate },
      { weight: 1, arbitrary: fc.constantFrom('0001-01-01', '9999-12-31', '2028-02-29', '1970-01-01') },
    );
  if (key === 'token' && hints.tokens.length)
    return fc.oneof(fc.constantFrom(...hints.tokens), fc.stringMatching(/^[A-Za-z0-9_-]{43}$/));
  if (key && countryKeys.has(key)) return fc.constantFrom(...countries);
  if (key && languageKeys.has(key)) return fc.constantFrom(...languages);
  if (schema.pattern) {
    const matching = safeStringMatching(schema.pattern);
    if (matching) return matching;
  }
  if (key === 'email') return fc.constantFrom('someone.new@example.org', ...hints.emails, 'not an address');
  return fc.oneof(
    { weight: 1, arbitrary: hostileString },
    { weight: 4, arbitrary: fc.string({ minLength, maxLength, unit: 'grapheme' }) },
    { weight: 2, arbitrary: fc.string({ minLength, maxLength, unit: 'grapheme-ascii' }) },
    { weight: 1, arbitrary: fc.string({ minLength, maxLength, unit: 'binary' }) },
  );
}

function objectArbitrary(schema: JsonSchema, context: Context): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(properties).map(([key, property]) => {
    const value = fieldArbitrary(property, { ...context, key });
    // An optional field (or one with a default) is sometimes left out.
    const optional = !required.has(key) || property.default !== undefined;
    const arbitrary = optional
      ? fc.option(value, { nil: absent as unknown, freq: 3 })
      : fc.oneof({ weight: 30, arbitrary: value }, { weight: 1, arbitrary: fc.constant(absent as unknown) });
    return [key, arbitrary] as const;
  });
  const known = fc.record(Object.fromEntries(entries)).map((record) => withoutAbsent(record));
  const additional = schema.additionalProperties;
  if (additional && typeof additional === 'object') {
    const keyPool = [
      ...(context.hints.byKey.__recordKeys ?? []),
      '__proto__',
      'constructor',
      '\u0000',
      '\uD800',
      '',
    ];
    const keys = fc.oneof(
      fc.constantFrom(...(keyPool as string[])),
      stringArbitrary(schema.propertyNames ?? { type: 'string' }, { ...context, key: undefined }),
    );
    const record = fc
      .array(fc.tuple(keys, fieldArbitrary(additional, { ...context, key: undefined })), { maxLength: 4 })
      .map((pairs) => {
        const out: Record<string, unknown> = {};
        for (const [name, value] of pairs)
          Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
        return out;
      });
    return fc.tuple(known, record).map(([a, b]) => ({ ...a, ...b }));
  }
  return known;
}

const absent = Symbol('absent');

function withoutAbsent(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== absent) out[key] = value;
  return out;
}

/** A field: mostly a valid-looking value, sometimes a hostile one of any type. */
function fieldArbitrary(schema: JsonSchema, context: Context): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 9, arbitrary: validArbitrary(schema, context) },
    { weight: 1, arbitrary: hostileValue },
  );
}

/** Extra keys a client may add: prototype keys and unknown ones. */
const extraKeys = fc.constantFrom<Array<[string, unknown]>>(
  [['__proto__', { isPlatformAdmin: true }]],
  [['constructor', { prototype: { role: 'coordinator' } }]],
  [['isPlatformAdmin', true]],
  [['userId', '00000000-0000-0000-0000-000000000000']],
  [['unknownField', '\u0000']],
);

/** Inputs for a procedure with these input schemas (none: whatever a client might send anyway). */
export function inputArbitrary(schemas: JsonSchema[], hints: Hints): fc.Arbitrary<unknown> {
  const merged = mergeObjectSchemas(schemas);
  if (!merged) return fc.oneof(fc.constant(undefined), hostileValue);
  const object = objectArbitrary(merged, { hints, root: merged });
  const withExtras = fc.tuple(object, extraKeys).map(([input, extras]) => {
    const out = { ...input };
    for (const [name, value] of extras)
      Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    return out;
  });
  return fc.oneof(
    { weight: 16, arbitrary: object },
    { weight: 2, arbitrary: withExtras },
    { weight: 1, arbitrary: hostileValue },
  );
}

/** An input as a short, readable line: long strings folded, NaN and -0 named, lone surrogates escaped. */
export function describeInput(input: unknown): string {
  const text = JSON.stringify(input, (_key, value) => {
    if (typeof value === 'number' && !Number.isFinite(value)) return `<${value}>`;
    if (Object.is(value, -0)) return '<-0>';
    if (value === undefined) return '<undefined>';
    if (typeof value === 'string' && value.length > 200)
      return `<${JSON.stringify(value.slice(0, 10))}… ${value.length} chars>`;
    return value;
  });
  return (text ?? String(input)).replace(/[\uD800-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
