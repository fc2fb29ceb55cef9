import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

import { CLIENT_NAMESPACES, type ClientScope } from "@/lib/i18n/client-namespaces";

/**
 * The texts the client components below read, and no others (lib/i18n/client-namespaces.ts). A
 * layout renders it around everything it renders, so that its own client components are served too;
 * it replaces, not extends, the messages of a scope above it.
 */
export async function ClientMessages({ scope, children }: { scope: ClientScope; children: ReactNode }) {
  const all = await getMessages();
  const messages = Object.fromEntries(CLIENT_NAMESPACES[scope].map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
