import { exportRoute } from "@/lib/customer-users/export-routes";

export const GET = exportRoute("addresses");
export const POST = exportRoute("addresses");
