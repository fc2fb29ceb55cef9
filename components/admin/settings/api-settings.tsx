"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";

import type { SettingsFormInput } from "@/lib/settings/schema";

/** Each website's "Storefront API" switch: off, no application of its customer users gets a token or an answer. */
export function ApiSettings({
  register,
  websites,
  disabled,
}: {
  register: UseFormRegister<SettingsFormInput>;
  websites: { id: string; name: string; code: string }[];
  disabled: boolean;
}) {
  const t = useTranslations("settings.api");
  return (
    <fieldset disabled={disabled} className="space-y-3" data-testid="api-settings">
      <legend className="text-sm font-medium text-slate-800">{t("title")}</legend>
      <p className="text-xs text-slate-600">{t("hint")}</p>
      <ul className="space-y-1">
        {websites.map((w, i) => (
          <li key={w.id}>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" data-testid={`api-switch-${w.code}`} {...register(`websites.${i}.apiEnabled`)} />
              {t("websiteSwitch", { website: w.name })}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
