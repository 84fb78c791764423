import { z } from 'zod';

type Unwrapped<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;
type PartialShape<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<Unwrapped<T[K]>> };

/**
 * Every field optional and WITHOUT its default, for "change only what was sent" updates. (zod's own
 * `.partial()` keeps defaults, so an update of one field would silently reset the others.)
 */
export function partialUpdate<T extends z.ZodRawShape>(object: z.ZodObject<T>): z.ZodObject<PartialShape<T>> {
  const shape = Object.fromEntries(
    Object.entries(object.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional(),
    ]),
  );
  return z.object(shape) as unknown as z.ZodObject<PartialShape<T>>;
}
