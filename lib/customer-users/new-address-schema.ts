import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

import { addressSchema } from "./address-schema";

/** One new address for one customer user, from the view page's quick action. */
export const newAddressSchema = (t: Translate) =>
  z.object({ customerUserId: z.string().min(1).max(64), address: addressSchema(t) });
