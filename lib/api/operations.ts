import "server-only";

import type { Operation } from "./operation";
import { accountOperations } from "./resources/account";
import { addressOperations } from "./resources/addresses";
import { orderOperations } from "./resources/orders";
import { productOperations } from "./resources/products";
import { quoteOperations } from "./resources/quotes";
import { requestOperations } from "./resources/requests-for-quote";
import { shoppingListOperations } from "./resources/shopping-lists";

/** Every operation of the storefront API: the routes and the OpenAPI document are both made from this list. */
export const OPERATIONS: readonly Operation[] = [
  ...accountOperations,
  ...addressOperations,
  ...productOperations,
  ...shoppingListOperations,
  ...orderOperations,
  ...quoteOperations,
  ...requestOperations,
];
