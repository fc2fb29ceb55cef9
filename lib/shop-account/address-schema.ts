import { z } from "zod";

import { addressSchema } from "@/lib/customer-users/address-schema";
import type { Translate } from "@/lib/i18n/translate";

const id = z.string().min(1).max(64);

/** The storefront address book's forms: never a user id, only the address itself (and which one). */
export const ownAddressSchema = (t: Translate) => z.object({ address: addressSchema(t) });
export const editOwnAddressSchema = (t: Translate) => z.object({ id, address: addressSchema(t) });
export const ownAddressIdSchema = () => z.object({ id });
