import fc from "fast-check";

/**
 * Hostile values for one field: text PostgreSQL cannot store (NUL, half a surrogate pair), a
 * 1 MB value, markup and SQL, any code point fast-check likes, and values of the wrong type.
 */
const hostileText = fc.oneof(
  fc.constant("\u0000"),
  fc.string().map((s) => `${s}\u0000${s}`),
  fc.constant("\uD800"),
  fc.constant("a\uDC00b"),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constant("x".repeat(1024 * 1024)),
  fc.constant("ü".repeat(512 * 1024)),
  fc.constant(""),
  fc.constant("   "),
  fc.constant("<script>alert(1)</script>"),
  fc.constant(`'; DROP TABLE "StaffUser"; --`),
  fc.constant("../../etc/passwd"),
);
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.bigInt(),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  fc.constant(Array.from({ length: 10_000 }, (_, i) => `v${i}`)),
);
const hostileValue = fc.oneof(hostileText, wrongType);

type Path = (string | number)[];
type Edit =
  | { at: number; kind: "set"; value: unknown }
  | { at: number; kind: "delete" }
  | { at: number; kind: "extra"; key: string; value: unknown };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ at: fc.nat(), kind: fc.constant("set" as const), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ at: fc.nat(), kind: fc.constant("delete" as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      at: fc.nat(),
      kind: fc.constant("extra" as const),
      key: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom("id", "staffId", "customerUserId", "companyId", "websiteId", "role", "isAdmin", "constructor"),
      ),
      value: hostileValue,
    }),
  },
);

/** Every place in a plain value a mutation can reach: the value itself, each key and each array item, depth first. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value && typeof value === "object" && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

function apply(root: unknown, e: Edit): unknown {
  const paths = pathsOf(root);
  const path = paths[e.at % paths.length]!;
  if (path.length === 0) {
    if (e.kind === "set") return e.value;
    if (e.kind === "delete") return undefined;
  }
  const copy = structuredClone(root);
  const parentPath = e.kind === "extra" ? path : path.slice(0, -1);
  let parent = copy as Record<string | number, unknown>;
  for (const k of parentPath) parent = parent[k] as Record<string | number, unknown>;
  if (e.kind === "extra") {
    if (parent && typeof parent === "object" && !Array.isArray(parent))
      Object.defineProperty(parent, e.key, { value: e.value, enumerable: true, configurable: true, writable: true });
    return copy;
  }
  const key = path[path.length - 1]!;
  if (e.kind === "set") parent[key] = e.value;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return copy;
}

/**
 * Inputs derived from a well-formed one: one to three edits, each replacing a field (or the whole
 * input) by a hostile value, dropping a field or array item, or adding an unexpected field.
 */
export const mutationsOf = (valid: unknown): fc.Arbitrary<unknown> =>
  fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce<unknown>((v, e) => apply(v, e), valid));
