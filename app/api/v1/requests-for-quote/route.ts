import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute("listRequestsForQuote");
export const POST = apiRoute("createRequestForQuote");
