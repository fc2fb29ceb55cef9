import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";

import { createClientGraph, routeFiles, routePath } from "./client-graph";
import { CLIENT_NAMESPACES, type ClientScope } from "./client-namespaces";

const root = path.resolve(import.meta.dirname, "../..");
const appDir = path.join(root, "app");
const files = routeFiles(appDir);
const clientNamespaces = createClientGraph(root, new Set(Object.keys(en)));
const scopes = Object.keys(CLIENT_NAMESPACES) as ClientScope[];

/** The layout that declares each scope, found by its `scope="…"` attribute. */
const declaredIn = new Map<string, string[]>();
for (const f of files) {
  for (const m of readFileSync(f, "utf8").matchAll(/<ClientMessages\s+scope="([^"]+)"/g)) {
    declaredIn.set(m[1]!, [...(declaredIn.get(m[1]!) ?? []), f]);
  }
}

const within = (p: string, scope: string) => scope === "/" || p === scope || p.startsWith(`${scope}/`);
/** The nearest scope at or above a path. */
const scopeOf = (p: string) => scopes.filter((s) => within(p, s)).sort((a, b) => b.length - a.length)[0];

describe("messages sent to the browser", () => {
  it("each scope is declared once, by the layout of its own path", () => {
    for (const scope of scopes) {
      const where = declaredIn.get(scope) ?? [];
      expect(
        where.map((f) => path.relative(root, f)),
        `scope ${scope}`,
      ).toHaveLength(1);
      expect(path.basename(where[0]!), `scope ${scope}`).toBe("layout.tsx");
      expect(routePath(appDir, where[0]!), `scope ${scope}`).toBe(scope);
    }
    expect([...declaredIn.keys()].filter((k) => !(k in CLIENT_NAMESPACES))).toEqual([]);
  });

  it("names only namespaces the catalogue has", () => {
    for (const scope of scopes)
      for (const ns of CLIENT_NAMESPACES[scope]) expect(Object.keys(en), `${scope}: ${ns}`).toContain(ns);
  });

  it("each scope sends exactly the namespaces its client components read", () => {
    const needed = new Map<string, Map<string, Set<string>>>(scopes.map((s) => [s, new Map()]));
    for (const f of files) {
      const scope = scopeOf(routePath(appDir, f));
      expect(scope, path.relative(root, f)).toBeDefined();
      for (const [ns, readers] of clientNamespaces(f)) {
        const byNs = needed.get(scope!)!;
        byNs.set(ns, new Set([...(byNs.get(ns) ?? []), ...readers]));
      }
    }
    for (const scope of scopes) {
      const reads = needed.get(scope)!;
      const why = [...reads].map(([ns, readers]) => `${ns}: ${[...readers].join(", ")}`).join("\n");
      expect([...CLIENT_NAMESPACES[scope]].sort(), `scope ${scope} is read as\n${why}`).toEqual(
        [...reads.keys()].sort(),
      );
    }
  });
});
