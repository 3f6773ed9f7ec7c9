/** What this module needs of a zod object schema, without depending on zod itself. */
interface SearchSchema<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }> } };
}

/**
 * A route's `validateSearch` from a list-query schema of @mobilis/schema, so the page reads its search parameters
 * exactly as the API validates them. A parameter that fails is dropped rather than failing the page: an old or
 * hand-edited link still opens the list, with the filters that make sense.
 */
export function searchParams<T>(schema: SearchSchema<T>) {
  return (search: Record<string, unknown>): T => {
    const input: Record<string, unknown> = { ...search };
    // The router keeps the address's parameters beside the validated ones: a dropped one is set to undefined.
    const dropped: Record<string, undefined> = {};
    for (;;) {
      const result = schema.safeParse(input);
      if (result.success) return { ...result.data, ...dropped };
      const invalid = result.error.issues.map((issue) => issue.path[0]);
      const keys = invalid.filter((key): key is string => typeof key === 'string' && key in input);
      if (keys.length === 0) {
        const empty = schema.safeParse({});
        if (empty.success) return empty.data;
        throw new Error('A search schema must accept no parameters at all');
      }
      for (const key of keys) {
        delete input[key];
        dropped[key] = undefined;
      }
    }
  };
}
