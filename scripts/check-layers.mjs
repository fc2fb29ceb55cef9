// The architecture check of `npm run lint`: dependency-cruiser validates .dependency-cruiser.cjs
// (layers, no module cycles, pages without the database client, a domain-free UI kit), and on the
// same graph no two folders of lib/ may import each other, however indirectly.
import { createRequire } from "node:module";
import { cruise } from "dependency-cruiser";

const config = createRequire(import.meta.url)("../.dependency-cruiser.cjs");
const { output } = await cruise(["lib", "app", "components"], {
  ...config.options,
  validate: true,
  ruleSet: { forbidden: config.forbidden },
});

let failed = false;
for (const v of output.summary.violations) {
  failed = true;
  console.error(
    `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name ?? c).join(" → ")})` : ""}`,
  );
}

/** lib/orders/service.ts -> "orders"; files at lib/'s top level are the foundation, not a folder. */
const folderOf = (path) => /^lib\/([^/]+)\//.exec(path)?.[1] ?? null;
const edges = new Map();
const via = new Map();
for (const m of output.modules) {
  const from = folderOf(m.source);
  if (!from) continue;
  for (const d of m.dependencies) {
    const to = folderOf(d.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
    if (!via.has(`${from}>${to}`)) via.set(`${from}>${to}`, `${m.source} → ${d.resolved}`);
  }
}

// Tarjan's strongly connected components over the folder graph: any with two folders is a cycle
let index = 0;
const idx = new Map(),
  low = new Map(),
  stack = [],
  on = new Set();
function visit(v) {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  on.add(v);
  for (const w of edges.get(v) ?? []) {
    if (!idx.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) !== idx.get(v)) return;
  const group = [];
  let w;
  do {
    w = stack.pop();
    on.delete(w);
    group.push(w);
  } while (w !== v);
  if (group.length < 2) return;
  failed = true;
  console.error(`folder cycle in lib/: ${group.sort().join(", ")}`);
  for (const a of group)
    for (const b of group) if (via.has(`${a}>${b}`)) console.error(`  ${a} → ${b}: ${via.get(`${a}>${b}`)}`);
}
for (const v of edges.keys()) if (!idx.has(v)) visit(v);

if (failed) process.exit(1);
console.log(`layers: ${output.summary.totalCruised} modules, no violations, no folder cycles in lib/`);
