// Which message namespaces the client components of each page read: a static walk of the imports
// from every page and layout file. The test beside it holds the providers (lib/i18n/client-namespaces)
// to it, so a component's texts cannot go missing in the browser.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

function resolveImport(root: string, from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null; // a package
  if (/\.(tsx?|json)$/.test(base) && existsSync(base)) return base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return null;
}

// `import type` is erased: it brings no code along
const IMPORT = /(?:import|export)\s(?!type\s)[^'"`;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const COMMENTS = /\/\*[\s\S]*?\*\/|(?<![:"'`\\])\/\/.*$/gm;
const SCOPED = /useTranslations\(\s*["'`]([A-Za-z]+)/g;
const ROOT = /useTranslations\(\s*\)/;
const LITERAL = /["'`]([A-Za-z]+)\.[A-Za-z$]/g;

type Parsed = { client: boolean; server: boolean; imports: string[]; namespaces: Set<string> };

export function createClientGraph(root: string, known: ReadonlySet<string>) {
  const cache = new Map<string, Parsed>();
  const parse = (file: string): Parsed => {
    let hit = cache.get(file);
    if (hit) return hit;
    const source = readFileSync(file, "utf8").replace(COMMENTS, "");
    const imports = [...source.matchAll(IMPORT)]
      .map((m) => resolveImport(root, file, (m[1] ?? m[2])!))
      .filter((f): f is string => f !== null);
    const namespaces = new Set<string>();
    for (const m of source.matchAll(SCOPED)) namespaces.add(m[1]!);
    // a root translator (or a schema factory handed one) names its keys in full: "ns.key"
    if (ROOT.test(source) || !source.includes("useTranslations(")) {
      for (const m of source.matchAll(LITERAL)) if (known.has(m[1]!)) namespaces.add(m[1]!);
    }
    hit = {
      client: /^\s*["']use client["']/.test(source),
      server: /^\s*["']use server["']/.test(source),
      imports,
      namespaces,
    };
    cache.set(file, hit);
    return hit;
  };

  /** The namespaces read by the client code that `entry` renders, with the client files that read them. */
  return function clientNamespaces(entry: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const seen = new Set<string>();
    const visit = (file: string, inClient: boolean) => {
      const key = `${file}|${inClient}`;
      if (seen.has(key)) return;
      seen.add(key);
      const p = parse(file);
      // server actions: the browser holds a reference, their code and imports stay on the server
      if (p.server) return;
      const client = inClient || p.client;
      if (client) for (const ns of p.namespaces) out.set(ns, [...(out.get(ns) ?? []), path.relative(root, file)]);
      for (const f of p.imports) visit(f, client);
    };
    visit(entry, false);
    return out;
  };
}

const ROUTE_FILES = new Set(
  [
    "page",
    "layout",
    "template",
    "loading",
    "error",
    "global-error",
    "not-found",
    "forbidden",
    "unauthorized",
    "default",
  ].map((n) => `${n}.tsx`),
);

/** Every file under `dir` that Next renders for a route: pages, layouts and their special files. */
export function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return ROUTE_FILES.has(name) ? [full] : [];
  });
}

/** The URL path of a route file's folder: `app/admin/(backoffice)/users/[id]/page.tsx` is `/admin/users/[id]`. */
export function routePath(appDir: string, file: string): string {
  const segments = path
    .relative(appDir, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !s.startsWith("(") && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}
