import { exportRoute } from "@/lib/customer-users/export-routes";

export const GET = exportRoute("users");
export const POST = exportRoute("users");
