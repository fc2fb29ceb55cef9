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
const INLINE = /`([^`]+)`|\[([^\]]+)\]\(([^()\s]*)\)|\*\*(.+?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*|\b_([^_\s](?:[^_]*[^_\s])?)_\b/g;

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
      out += href === null ? inner : `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ""}>${inner}</a>`;
    } else if (strong !== undefined) out += `<strong>${renderInline(strong)}</strong>`;
    else out += `<em>${renderInline(em ?? em2 ?? "")}</em>`;
  }
  return out + escapeHtml(text.slice(last));
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;
const FENCE = /^\s*```/;

/** Markdown source to HTML; headings start at h2 because the page title is the page's h1. */
export function renderMarkdown(source: string): string {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const html: string[] = [];
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
      html.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = Math.min(heading[1]!.length + 1, 6);
      html.push(`<h${level}>${renderInline(heading[2]!)}</h${level}>`);
      i++;
      continue;
    }
    const list = BULLET.test(line) ? { re: BULLET, tag: "ul" } : NUMBERED.test(line) ? { re: NUMBERED, tag: "ol" } : null;
    if (list) {
      const items: string[] = [];
      for (let m = list.re.exec(lines[i] ?? ""); m; m = list.re.exec(lines[i] ?? "")) {
        items.push(`<li>${renderInline(m[1]!)}</li>`);
        i++;
      }
      html.push(`<${list.tag}>${items.join("")}</${list.tag}>`);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i]!.trim() && !HEADING.test(lines[i]!) && !BULLET.test(lines[i]!) && !NUMBERED.test(lines[i]!) && !FENCE.test(lines[i]!)) {
      para.push(lines[i++]!.trim());
    }
    html.push(`<p>${renderInline(para.join(" "))}</p>`);
  }
  return html.join("\n");
}
