import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { RunControls } from "@/components/admin/customer-import/run-controls";
import { ValidationReport } from "@/components/admin/customer-import/validation-report";
import { markImportSeen } from "@/lib/customer-import/notices";
import { importDetail, progressOf } from "@/lib/customer-import/service";
import { skippedLines } from "@/lib/customer-import/undo";
import { requireStaffPage } from "@/lib/identity/staff-session";
import type { RunFailure } from "@/lib/run-attempts";

export const metadata: Metadata = { title: "Import" };

const ENCODINGS: Record<string, string> = {
  "utf-8-bom": "UTF-8 (BOM)",
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  "windows-1252": "Windows-1252",
};
const SEPARATORS: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

export default async function ImportRunPage({ params }: PageProps<"/admin/customer-users/import/[id]">) {
  const staff = await requireStaffPage("customers/customer-user/import", "customers/customer-user/view");
  const { id } = await params;
  const [imp, t] = await Promise.all([importDetail(id), getTranslations("customerImport")]);
  if (!imp) notFound();
  // the requester reading how their run ended: the back office's notice of it has done its work
  await markImportSeen(staff.id, imp.id);
  const canRun = staff.can("customers/customer-user/create") && staff.can("customers/customer-user/edit");
  const ran = !["UPLOADED", "VALIDATED"].includes(imp.status);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link className="underline" href="/admin/customer-users/import">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-xl font-semibold">{imp.fileName}</h1>
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("entity")}</dt>
        <dd>{t(`entities.${imp.entity as "users" | "addresses"}`)}</dd>
        <dt className="font-medium">{t("detected")}</dt>
        <dd data-testid="detected">
          {ENCODINGS[imp.encoding] ?? imp.encoding}, {t(`separators.${SEPARATORS[imp.delimiter] ?? "comma"}`)}
        </dd>
        <dt className="font-medium">{t("checksum")}</dt>
        <dd className="font-mono text-xs break-all">{imp.checksum}</dd>
        <dt className="font-medium">{t("status.label")}</dt>
        <dd data-testid="import-status">{t(`status.${imp.status}`)}</dd>
        {imp.status === "FAILED" && imp.failure && (
          <>
            <dt className="font-medium">{t("failure.label")}</dt>
            <dd data-testid="import-failure">{t(`failure.${imp.failure as RunFailure}`)}</dd>
          </>
        )}
      </dl>
      <RunControls
        key={`${imp.status}:${imp.undoStatus}`}
        id={imp.id}
        checksum={imp.checksum}
        canRun={canRun}
        progress={progressOf(imp)}
        skipped={imp.undoStatus === "DONE" ? await skippedLines(imp.id) : []}
      />
      {(imp.errors > 0 || (imp.validation?.error ?? 0) > 0) && (
        <a className="text-sm underline" href={`/admin/customer-users/import/report?id=${imp.id}`}>
          {ran ? t("errorReport") : t("validationErrorReport")}
        </a>
      )}
      {imp.validation && !ran && <ValidationReport v={imp.validation} />}
    </div>
  );
}
