import { getLocale, getTranslations } from "next-intl/server";

import { GridTable } from "@/components/ui/grid-table";
import { type ActionResult } from "@/lib/actions/result";
import { formatDateTime } from "@/lib/i18n/dates";
import type { OwnSession } from "@/lib/identity/own-sessions";

import { EndOtherSessionsButton, EndSessionButton } from "./session-buttons";

const cell = "px-3 py-2 text-left align-top";

/**
 * The "Sessions" section of both realms' account pages: the owner's live sessions, this one marked,
 * each other one with a sign-out button, and one for all others. The realm passes its own server
 * actions, which find only the signed-in owner's sessions.
 */
export async function SessionList({
  sessions,
  endOne,
  endOthers,
}: {
  sessions: OwnSession[];
  endOne: (input: { id: string }) => Promise<ActionResult>;
  endOthers: (input: Record<string, never>) => Promise<ActionResult>;
}) {
  const [t, locale] = await Promise.all([getTranslations("sessions"), getLocale()]);
  const when = (d: Date) => formatDateTime(d, locale);
  const browser = (s: OwnSession) =>
    !s.browser
      ? t("unknownBrowser")
      : s.browser.os
        ? t("browserOn", { browser: s.browser.name, os: s.browser.os })
        : s.browser.name;
  const others = sessions.some((s) => !s.current);
  return (
    <section aria-labelledby="sessions-title" className="space-y-3" data-testid="sessions">
      <h2 id="sessions-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <GridTable
        testId="session-table"
        columns={5}
        empty={null}
        head={
          <tr>
            {[t("browser"), t("ip"), t("created"), t("lastSeen")].map((h) => (
              <th key={h} className={cell}>
                {h}
              </th>
            ))}
            <th className={cell}>
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        }
      >
        {sessions.map((s) => (
          <tr
            key={s.id}
            className="border-b border-slate-100 last:border-0"
            data-testid="session-row"
            data-current={s.current ? "true" : undefined}
          >
            <td className={cell}>
              {browser(s)}
              {s.current && (
                <span
                  className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs font-medium text-green-900"
                  data-testid="session-current"
                >
                  {t("thisDevice")}
                </span>
              )}
            </td>
            <td className={`${cell} font-mono text-xs`} data-testid="session-ip">
              {s.ip ?? "—"}
            </td>
            <td className={cell}>{when(s.createdAt)}</td>
            <td className={cell}>{when(s.lastSeenAt)}</td>
            <td className={cell}>
              {!s.current && (
                <EndSessionButton
                  action={endOne}
                  id={s.id}
                  label={t("signOut")}
                  ariaLabel={t("signOutLabel", { browser: browser(s), ip: s.ip ?? "—" })}
                />
              )}
            </td>
          </tr>
        ))}
      </GridTable>
      {others ? (
        <EndOtherSessionsButton action={endOthers} label={t("signOutOthers")} />
      ) : (
        <p className="text-sm text-slate-600" data-testid="sessions-only-this">
          {t("onlyThis")}
        </p>
      )}
    </section>
  );
}
