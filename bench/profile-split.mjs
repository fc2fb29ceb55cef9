// Where a server's CPU time goes, from a profile the benchmarks' server wrote
// (BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR"):
//   node bench/profile-split.mjs DIR/CPU.*.cpuprofile [--from=<s>] [--requests=<n>]
// Each sample counts once, for the first of these parts its call stack goes through (the build's
// source maps name the module): the database client, the session token, the translations, the
// router's cache-busting check, the app's own code, writing the HTTP answer, React's server render
// and Next.js's request handling; the rest is Node itself, and the garbage collector its own part.
// --from skips the server's start (module loading); --requests divides by the requests timed after it.
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { FlattenMap, originalPositionFor } from "@jridgewell/trace-mapping";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: "string", default: "0" }, requests: { type: "string", default: "1" } },
});
if (positionals.length !== 1) {
  console.error("usage: node bench/profile-split.mjs <file.cpuprofile> [--from=<s>] [--requests=<n>]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0], "utf8"));
const PARTS = [
  ["database client (Prisma, pg)", /node_modules\/(@prisma|pg|pg-pool|pg-protocol)\/|lib\/generated\/prisma/],
  ["session token (jose, next-auth)", /node_modules\/(jose|next-auth|@auth)\//],
  ["translations (next-intl)", /node_modules\/(next-intl|use-intl|intl-messageformat|@formatjs)\//],
  ["router cache-busting check", /cache-busting-search-param/],
  ["app code (lib, components, app)", /^(lib|components|app)\//],
  ["writing the HTTP answer", /^node:_http_outgoing|compiled\/compression/],
  ["React server render (Flight)", /app-page-turbo|react-server-dom|node_modules\/react\//],
  ["Next.js request handling", /node_modules\/next\//],
];

const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const maps = new Map();
/** The source a frame runs: a build chunk mapped back to its module, a Node or package file as it is. */
function sourceOf(frame) {
  const file = frame.url.replace(/^file:\/\//, "");
  if (!file.includes("/.next/") || frame.lineNumber < 0) return file.replace(/^.*?(node_modules\/)/, "$1");
  if (!maps.has(file))
    maps.set(file, existsSync(`${file}.map`) ? new FlattenMap(JSON.parse(readFileSync(`${file}.map`, "utf8"))) : null);
  const map = maps.get(file);
  const source = map && originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber }).source;
  return (source ?? file).replace(/^.*?(node_modules\/)/, "$1").replace(/^.*?\[project\]\//, "");
}
const sources = new Map();
const source = (id) => {
  if (!sources.has(id)) sources.set(id, sourceOf(byId.get(id).callFrame));
  return sources.get(id);
};
function partOf(id) {
  if (byId.get(id).callFrame.functionName === "(garbage collector)") return "garbage collector";
  const stack = [];
  for (let at = id; at !== undefined; at = parent.get(at)) stack.push(source(at));
  return PARTS.find(([, re]) => stack.some((s) => re.test(s)))?.[0] ?? "Node itself (streams, sockets, timers)";
}

const from = Number(values.from) * 1e6;
const totals = new Map();
let clock = 0;
let busy = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  clock += dt;
  if (clock < from || byId.get(id).callFrame.functionName === "(idle)") return;
  busy += dt;
  const part = partOf(id);
  totals.set(part, (totals.get(part) ?? 0) + dt);
});
const n = Number(values.requests);
const ms = (us) => (us / 1000 / n).toFixed(2).padStart(7);
console.log(`busy ${ms(busy)} ms${n > 1 ? " per request" : ""}`);
for (const [part, us] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(`${ms(us)} ms ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${part}`);
