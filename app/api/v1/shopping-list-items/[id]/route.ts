import { apiRoute } from "@/lib/api/route";

export const PATCH = apiRoute("updateShoppingListItem");
export const DELETE = apiRoute("deleteShoppingListItem");
