/** The browser and system of a session as its owner would name them, e.g. Chrome on Linux. */
export type Browser = { name: string; os: string | null };

// order matters: Edge and Opera also say "Chrome", Chrome also says "Safari"
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\b(Firefox|FxiOS)\//, "Firefox"],
  [/\b(Chrome|CriOS|Chromium|HeadlessChrome)\//, "Chrome"],
  [/\bSafari\//, "Safari"],
];
// iPhones and Android phones also say "like Mac OS X" and "Linux"
const SYSTEMS: [RegExp, string][] = [
  [/\bWindows\b/, "Windows"],
  [/\b(iPhone|iPad|iPod)\b/, "iOS"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\b(Macintosh|Mac OS X)\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

/** Null when the user agent names no browser we know: the list then says "unknown browser". */
export function browserOf(userAgent: string | null): Browser | null {
  if (!userAgent) return null;
  const name = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!name) return null;
  return { name, os: SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null };
}
