/**
 * The template language: `{{ name }}` and nothing else. A template is data written by staff, so it
 * can never run code, call anything, or reach past the variables its key declares.
 */

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** The names a template text refers to, in order of appearance (invalid names included, as written). */
export function referencedNames(source: string): string[] {
  return [...source.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");
}

/** The first name in the text that the key does not declare, or null when the text is valid. */
export function unknownVariable(source: string, allowed: readonly string[]): string | null {
  for (const name of referencedNames(source)) {
    if (!NAME.test(name) || !allowed.includes(name)) return name;
  }
  return null;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** A header line must stay one line: a value with a line break could otherwise inject headers. */
export function subjectSafe(value: string): string {
  return value.replace(/[\r\n\t\u2028\u2029]+/g, " ");
}

export type Encoding = "text" | "html" | "subject";

const isWebUrl = (value: string) => /^https?:\/\/[^\s<>"']+$/i.test(value);

/**
 * Whether a placeholder stands in running text, where a bare URL would read as plain text: not
 * inside a tag (an attribute such as `href="{{ loginUrl }}"` keeps the plain value) and not inside
 * an element that is already a link.
 */
function inText(source: string, offset: number): boolean {
  const before = source.slice(0, offset);
  if (before.lastIndexOf("<") > before.lastIndexOf(">")) return false;
  const opened = [...before.matchAll(/<a[\s>]/gi)].at(-1)?.index ?? -1;
  return opened <= before.toLowerCase().lastIndexOf("</a");
}

/** A URL in an HTML body becomes a link to itself; both the address and the text are escaped. */
const link = (url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;

/**
 * Substitutes declared variables only; an undeclared or missing one renders empty. Values are read
 * with an own-property check so names such as "constructor" never reach the prototype.
 */
export function renderString(
  source: string,
  allowed: readonly string[],
  vars: Record<string, unknown>,
  encoding: Encoding,
): string {
  const out = source.replace(PLACEHOLDER, (_, name: string, offset: number) => {
    if (!NAME.test(name) || !allowed.includes(name) || !Object.prototype.hasOwnProperty.call(vars, name)) return "";
    const raw = vars[name];
    const value = raw === null || raw === undefined ? "" : String(raw);
    if (encoding === "html") return isWebUrl(value) && inText(source, offset) ? link(value) : escapeHtml(value);
    return encoding === "subject" ? subjectSafe(value) : value;
  });
  return encoding === "subject" ? subjectSafe(out).trim() : out;
}

export type TemplateSource = { subject: string; bodyText: string; bodyHtml: string | null };
export type RenderedEmail = { subject: string; text: string; html: string | null };

export function renderSource(
  source: TemplateSource,
  allowed: readonly string[],
  vars: Record<string, unknown>,
): RenderedEmail {
  return {
    subject: renderString(source.subject, allowed, vars, "subject"),
    text: renderString(source.bodyText, allowed, vars, "text"),
    html: source.bodyHtml ? renderString(source.bodyHtml, allowed, vars, "html") : null,
  };
}

/**
 * The message twice: as the recipient gets it, and as it is stored and shown, with every listed
 * secret variable rendered as the mask. Rendering the mask in place of the value (rather than
 * searching the output for the value) hides the secret wherever the template puts it and nothing
 * else. `masked` is null when the template uses none of the secrets.
 */
export function renderWithSecrets(
  source: TemplateSource,
  allowed: readonly string[],
  vars: Record<string, unknown>,
  secrets: readonly string[],
  mask: string,
): { clear: RenderedEmail; masked: RenderedEmail | null } {
  const clear = renderSource(source, allowed, vars);
  const given = (name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) &&
    vars[name] !== null &&
    vars[name] !== undefined &&
    vars[name] !== "";
  const hidden = Object.fromEntries(secrets.filter(given).map((name) => [name, mask]));
  const masked = renderSource(source, allowed, { ...vars, ...hidden });
  const same = masked.subject === clear.subject && masked.text === clear.text && masked.html === clear.html;
  return { clear, masked: same ? null : masked };
}
