import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute("getShoppingList");
export const PATCH = apiRoute("renameShoppingList");
export const DELETE = apiRoute("deleteShoppingList");
