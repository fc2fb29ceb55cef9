import { getTranslations } from "next-intl/server";

import { themeChoice } from "./theme-script";
import { ThemeSwitch } from "./theme-switch";

/** The colour scheme switch of both shells, with the viewer's saved choice and its labels. */
export async function ThemeControl() {
  const [t, theme] = await Promise.all([getTranslations("common.theme"), themeChoice()]);
  return (
    <ThemeSwitch
      initial={theme}
      labels={{ label: t("label"), system: t("system"), light: t("light"), dark: t("dark") }}
    />
  );
}
