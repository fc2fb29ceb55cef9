import type { EmailStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<EmailStatus, string> = {
  QUEUED: "bg-amber-100 text-amber-900",
  SENT: "bg-emerald-100 text-emerald-900",
  FAILED: "bg-red-100 text-red-900",
};

export function EmailStatusBadge({ status, label }: { status: EmailStatus; label: string }) {
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-medium ${TONE[status]}`} data-testid="mail-status">
      {label}
    </span>
  );
}
