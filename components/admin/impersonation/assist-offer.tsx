import { useId } from "react";

/**
 * "Log in as a user": a plain link, never prefetched, since following it starts acting as the
 * customer; or, when it could not start (switched off, no consent, no permission...), the same
 * words disabled with the reason beside them, so nobody is offered what would be refused.
 */
export function AssistOffer({ href, label, off, className, testId }: { href: string; label: string; off: string | null; className: string; testId?: string }) {
  const reasonId = useId();
  if (off === null) return <a className={className} href={href} data-testid={testId}>{label}</a>;
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button type="button" disabled className={className} aria-describedby={reasonId} data-testid={testId}>{label}</button>
      <span id={reasonId} className="max-w-64 text-xs text-slate-600" data-testid="impersonate-off">{off}</span>
    </span>
  );
}
