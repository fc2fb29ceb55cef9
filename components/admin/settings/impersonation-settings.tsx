"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister } from "react-hook-form";

import { describedBy, Field, inputClass } from "@/components/ui/field";
import { ASSISTANCE_CONSENT_MODES } from "@/lib/config/keys";
import type { SettingsFormInput } from "@/lib/settings/schema";

/**
 * Signing in as a customer user: the global switch and its limits, then each website's own switch.
 * Both switches must be on for staff to assist customers of a website.
 */
export function ImpersonationSettings({
  register,
  errors,
  websites,
  disabled,
}: {
  register: UseFormRegister<SettingsFormInput>;
  errors: FieldErrors<SettingsFormInput>;
  websites: { id: string; name: string; code: string }[];
  disabled: boolean;
}) {
  const t = useTranslations("settings.impersonation");
  const minutesError = errors.impersonationMaxMinutes?.message;
  const modeError = errors.assistanceConsentMode?.message;
  return (
    <fieldset disabled={disabled} className="space-y-3" data-testid="impersonation-settings">
      <legend className="text-sm font-medium text-slate-800">{t("title")}</legend>
      <label className="flex items-center gap-2 text-sm">
        <input id="impersonationEnabled" type="checkbox" {...register("impersonationEnabled")} />
        {t("enabled")}
      </label>
      <Field
        id="impersonationMaxMinutes"
        label={t("maxMinutes.label")}
        hint={t("maxMinutes.hint")}
        error={minutesError}
      >
        <input
          id="impersonationMaxMinutes"
          type="number"
          inputMode="numeric"
          {...register("impersonationMaxMinutes")}
          className={inputClass}
          aria-invalid={!!minutesError}
          aria-describedby={describedBy("impersonationMaxMinutes", true, !!minutesError)}
        />
      </Field>
      <Field id="assistanceConsentMode" label={t("consentMode.label")} hint={t("consentMode.hint")} error={modeError}>
        <select
          id="assistanceConsentMode"
          {...register("assistanceConsentMode")}
          className={inputClass}
          aria-invalid={!!modeError}
          aria-describedby={describedBy("assistanceConsentMode", true, !!modeError)}
        >
          {ASSISTANCE_CONSENT_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`consentMode.options.${mode}`)}
            </option>
          ))}
        </select>
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input id="impersonationNotifyCustomer" type="checkbox" {...register("impersonationNotifyCustomer")} />
        {t("notifyCustomer")}
      </label>
      <div>
        <p className="text-sm font-medium text-slate-800">{t("websites")}</p>
        <ul className="mt-1 space-y-1">
          {websites.map((w, i) => (
            <li key={w.id}>
              <input type="hidden" {...register(`websites.${i}.id`)} />
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  data-testid={`website-switch-${w.code}`}
                  {...register(`websites.${i}.impersonationEnabled`)}
                />
                {t("websiteSwitch", { website: w.name })}
              </label>
            </li>
          ))}
        </ul>
      </div>
    </fieldset>
  );
}
