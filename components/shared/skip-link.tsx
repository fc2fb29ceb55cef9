/** The first stop of the keyboard on every page: straight to the page's content, past the navigation. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#content"
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-slate-900 focus:shadow-lg focus:ring-2 focus:ring-slate-900"
    >
      {label}
    </a>
  );
}
