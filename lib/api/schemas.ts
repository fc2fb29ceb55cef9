import { z } from "zod";

import { ApiError } from "./document";

/** A JSON:API request document carrying one resource of `type` (with its id when it names an existing one). */
export const resourceDocument = <A extends z.ZodType>(type: string, attributes: A, opts: { id?: boolean } = {}) =>
  z.object({
    data: z.object({
      type: z.literal(type),
      ...(opts.id ? { id: z.string().min(1).max(64) } : {}),
      attributes,
    }),
  });

/** The storefront schemas a defaulted API schema wraps, and the defaults of the keys a client may leave out (for the OpenAPI document). */
export const defaulted = new WeakMap<
  z.ZodType,
  { inner: z.ZodType; defaults: Record<string, unknown>; eachItem: boolean }
>();

const fill = (v: unknown, defaults: Record<string, unknown>) => {
  if (!v || typeof v !== "object" || Array.isArray(v)) return v;
  const filled: Record<string, unknown> = { ...v };
  for (const [k, d] of Object.entries(defaults)) if (filled[k] === undefined || filled[k] === null) filled[k] = d;
  return filled;
};

/**
 * The storefront's form schema as the API takes it: a form always sends every field, an API client
 * may leave some out (or send null), which then take the value the empty form has.
 */
export function withDefaults<S extends z.ZodType>(schema: S, defaults: Record<string, unknown>) {
  const wrapped = z.preprocess((v) => fill(v, defaults), schema);
  defaulted.set(wrapped, { inner: schema, defaults, eachItem: false });
  return wrapped;
}

/** The same for each object of an array (the lines of a document). */
export function withItemDefaults<S extends z.ZodType>(schema: S, defaults: Record<string, unknown>) {
  const wrapped = z.preprocess((v) => (Array.isArray(v) ? v.map((item) => fill(item, defaults)) : v), schema);
  defaulted.set(wrapped, { inner: schema, defaults, eachItem: true });
  return wrapped;
}

/** Defaults of "" for optional text fields. */
export const blanks = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, ""]));

/** Validates attributes the handler assembled (a PATCH merged over the stored record), pointing at the attribute at fault. */
export function parseAttributes<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  throw new ApiError(
    422,
    parsed.error.issues.map((issue) => ({
      status: "422",
      code: "invalid",
      title: "Invalid attribute",
      detail: issue.message,
      source: { pointer: `/data/attributes/${issue.path.map(String).join("/")}` },
    })),
  );
}

export const timestamp = z.iso.datetime();
export const money = z.object({ amount: z.int().describe("minor units (cents)"), currency: z.string().length(3) });
