/**
 * A small, strict Markdown subset rendered to HTML: headings, paragraphs, **strong**, *em*,
 * `code`, fenced code, lists and links. Every character of the source is escaped on the way out,
 * so HTML in the source is shown as text; the only markup is the markup written here, and a link
 * keeps its target only for http(s) and relative addresses. Safe by construction, not by filtering.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * http(s), a path on this site, a fragment, or a relative path without a scheme. Anything else
 * (javascript:, data:, vbscript:, protocol-relative "//host", control characters) is refused.
 */
export function safeHref(raw: string): string | null {
  const url = raw.trim();
  if (!url || /[\u0000-\u0020\u007f\\]/.test(url)) return null;
  if (/^https?:\/\/[^/]/i.test(url)) return url;
  if (url.startsWith("//")) return null;
  if (/^[/#?]/.test(url)) return url;
  const beforeQuery = url.split(/[?#]/)[0]!;
  return beforeQuery.includes(":") ? null : url;
}

// code span | link [text](url) | **strong** | *em* or _em_
const INLINE =
  /`([^`]+)`|\[([^\]]+)\]\(([^()\s]*)\)|\*\*(.+?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*|\b_([^_\s](?:[^_]*[^_\s])?)_\b/g;

export function renderInline(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out += escapeHtml(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [, code, linkText, linkUrl, strong, em, em2] = m;
    if (code !== undefined) out += `<code>${escapeHtml(code)}</code>`;
    else if (linkText !== undefined) {
      const href = safeHref(linkUrl ?? "");
      const inner = renderInline(linkText);
      const external = href !== null && /^https?:/i.test(href);
      out +=
        href === null
          ? inner
          : `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ""}>${inner}</a>`;
    } else if (strong !== undefined) out += `<strong>${renderInline(strong)}</strong>`;
    else out += `<em>${renderInline(em ?? em2 ?? "")}</em>`;
  }
  return out + escapeHtml(text.slice(last));
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;
const FENCE = /^\s*```/;

/** More would turn a page into a catalogue; the product wall with its search is there for that. */
export const MAX_LISTED_PRODUCTS = 24;
const PRODUCTS_DIRECTIVE = /^::products[ \t]+(\S.*)$/;
// the catalogue's SKU rule (lib/catalog/schema.ts), so a directive can only name what could exist
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * `::products SKU-1, SKU-2` on a line of its own: the SKUs in order, without repeats. Anything not
 * exactly that (no SKUs, an empty or invalid item, too many) is null and stays ordinary text, so a
 * typo shows up on the page instead of silently listing something else.
 */
export function parseProductsDirective(line: string): string[] | null {
  const m = PRODUCTS_DIRECTIVE.exec(line.trim());
  if (!m) return null;
  const skus = m[1]!.split(",").map((s) => s.trim());
  if (skus.length > MAX_LISTED_PRODUCTS || !skus.every((s) => SKU.test(s))) return null;
  return [...new Set(skus)];
}

/** A page block's content: escaped HTML, or a product list the storefront fills in for its viewer. */
export type MarkdownNode = { type: "html"; html: string } | { type: "products"; skus: string[] };

function toNodes(source: string, directives: boolean): MarkdownNode[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const nodes: MarkdownNode[] = [];
  const html = (h: string) => {
    const last = nodes.at(-1);
    if (last?.type === "html") last.html += `\n${h}`;
    else nodes.push({ type: "html", html: h });
  };
  const directive = (line: string) => (directives ? parseProductsDirective(line) : null);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.trim()) {
      i++;
      continue;
    }
    if (FENCE.test(line)) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !FENCE.test(lines[i]!)) code.push(lines[i++]!);
      i++;
      html(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
      continue;
    }
    const skus = directive(line);
    if (skus) {
      nodes.push({ type: "products", skus });
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = Math.min(heading[1]!.length + 1, 6);
      html(`<h${level}>${renderInline(heading[2]!)}</h${level}>`);
      i++;
      continue;
    }
    const list = BULLET.test(line)
      ? { re: BULLET, tag: "ul" }
      : NUMBERED.test(line)
        ? { re: NUMBERED, tag: "ol" }
        : null;
    if (list) {
      const items: string[] = [];
      for (let m = list.re.exec(lines[i] ?? ""); m; m = list.re.exec(lines[i] ?? "")) {
        items.push(`<li>${renderInline(m[1]!)}</li>`);
        i++;
      }
      html(`<${list.tag}>${items.join("")}</${list.tag}>`);
      continue;
    }
    const para: string[] = [];
    const endsParagraph = (l: string) =>
      !l.trim() || HEADING.test(l) || BULLET.test(l) || NUMBERED.test(l) || FENCE.test(l) || directive(l) !== null;
    do para.push(lines[i++]!.trim());
    while (i < lines.length && !endsParagraph(lines[i]!));
    html(`<p>${renderInline(para.join(" "))}</p>`);
  }
  return nodes;
}

/** Markdown source to HTML; headings start at h2 because the page title is the page's h1. */
export function renderMarkdown(source: string): string {
  return toNodes(source, false)
    .map((n) => (n.type === "html" ? n.html : ""))
    .join("\n");
}

/** CMS Markdown: the same subset, plus product lists on lines of their own. */
export function parseMarkdown(source: string): MarkdownNode[] {
  return toNodes(source, true);
}
