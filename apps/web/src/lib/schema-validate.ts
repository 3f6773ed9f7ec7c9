import { schemaResolver } from '@mantine/form';

type Schema = Parameters<typeof schemaResolver>[0];

/**
 * Validates a Mantine form with a schema of @mobilis/schema (zod implements Standard Schema), so the form
 * checks exactly what the API will. `toInput` maps the form's values to the schema's input where they differ,
 * e.g. an empty optional field to null, or an id that the form does not show.
 */
export function schemaValidate<Values>(
  schema: Schema,
  toInput: (values: Values) => unknown = (values) => values,
) {
  const resolve = schemaResolver(schema, { sync: true });
  return (values: Values) => resolve(toInput(values));
}
