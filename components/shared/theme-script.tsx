import { cookies, headers } from "next/headers";

export const THEME_COOKIE = "theme";
export type ThemeChoice = "system" | "light" | "dark";

/** The colour scheme the viewer chose; "system" until they choose one. */
export async function themeChoice(): Promise<ThemeChoice> {
  const v = (await cookies()).get(THEME_COOKIE)?.value;
  return v === "light" || v === "dark" ? v : "system";
}

/**
 * Sets the `dark` class on <html> before the first paint, so a dark page never flashes light: from
 * the saved choice, else from the system setting (which the server cannot know). It carries the
 * request's CSP nonce, as every script must.
 */
export async function ThemeScript() {
  const csp = (await headers()).get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  const code = `(function(){try{var m=document.cookie.match(/(?:^|; )${THEME_COOKIE}=(dark|light)/);var d=m?m[1]==="dark":matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: code }} />;
}
