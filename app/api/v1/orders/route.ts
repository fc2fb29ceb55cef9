import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute("listOrders");
export const POST = apiRoute("createOrder");
