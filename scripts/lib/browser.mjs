import { existsSync } from "node:fs";

/**
 * The browser the end-to-end tests drive: CHROMIUM_PATH, else Debian's headless shell (package
 * chromium-headless-shell: the same Blink without the desktop browser around it, which takes about a
 * third less CPU per test), else Debian's chromium.
 */
export const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
export const CHROMIUM = "/usr/bin/chromium";

export function browserPath(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM;
}
