"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { staffAction } from "@/lib/actions/staff-action";
import { env } from "@/lib/env";
import { localeCodes } from "@/lib/i18n/catalogs";
import { revokeSignedOutSession } from "@/lib/identity/session-store";
import { signIn, signOut, STAFF_PROVIDER_ID } from "@/lib/identity/staff-auth";
import { readStaffToken } from "@/lib/identity/staff-token";

import { loginSchema, updateUserSchema, userFormSchema, userIdSchema, userStatusSchema } from "./schema";
import { createUser, setUserStatus, updateUser } from "./service";

const policy = () => ({ minLength: env.STAFF_PASSWORD_MIN_LENGTH });

/** After changing one's own status or password the session is over: say why on the sign-in page. */
async function endOwnSession(notice: "self-deactivated" | "self-deleted" | "password-changed"): Promise<never> {
  await signOut({ redirectTo: `/admin/login?notice=${notice}` });
  throw new Error("unreachable: signOut redirects");
}

export const createUserAction = staffAction(
  "users/user/create",
  (t) => userFormSchema(t, policy(), "create", localeCodes()),
  async ({ actor, input }) => {
    await createUser(actor, input);
    revalidatePath("/admin/users");
    // the list opens on the new user (searched by e-mail), not on page 1 where it may not be
    redirect(`/admin/users?${new URLSearchParams({ q: input.email, notice: "created" }).toString()}`);
  },
);

export const updateUserAction = staffAction(
  "users/user/edit",
  (t) => updateUserSchema(t, policy(), localeCodes()),
  async ({ staff, actor, input }) => {
    const { sessionsEnded } = await updateUser(actor, input.id, input.values);
    revalidatePath("/admin/users");
    if (staff.id === input.id && sessionsEnded) {
      await endOwnSession(
        input.values.status === "DELETED"
          ? "self-deleted"
          : input.values.status === "DEACTIVATED"
            ? "self-deactivated"
            : "password-changed",
      );
    }
    redirect("/admin/users?notice=updated");
  },
);

export const setUserStatusAction = staffAction("users/user/edit", userStatusSchema, async ({ staff, actor, input }) => {
  await setUserStatus(actor, input.id, input.status);
  revalidatePath("/admin/users");
  if (staff.id === input.id && input.status !== "ACTIVE") await endOwnSession("self-deactivated");
  return { ok: true };
});

export const deleteUserAction = staffAction("users/user/delete", userIdSchema, async ({ staff, actor, input }) => {
  await setUserStatus(actor, input.id, "DELETED");
  revalidatePath("/admin/users");
  if (staff.id === input.id) await endOwnSession("self-deleted");
  redirect("/admin/users?notice=deleted");
});

/**
 * Any signed-in staff user may sign themselves out. The session row ends first, so a copy of the
 * cookie taken before is signed out too; if that fails, the cookie stays and the error shows.
 */
export async function logoutAction(): Promise<void> {
  const token = await readStaffToken();
  if (token) await revokeSignedOutSession({ staffUserId: token.id }, token.sessionId);
  await signOut({ redirectTo: "/admin/login?notice=signed-out" });
}

export type LoginResult = { ok: false; message: string } | undefined;

/**
 * Public by nature: the credentials provider behind it does the throttling and the checks, and
 * answers the same for an unknown e-mail and a wrong password.
 */
export async function loginAction(raw: unknown): Promise<LoginResult> {
  const t = await getTranslations("login");
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: t("invalid") };
  try {
    await signIn(STAFF_PROVIDER_ID, { ...parsed.data, redirectTo: "/admin" });
  } catch (e) {
    if (e instanceof AuthError) {
      return { ok: false, message: (e as { code?: string }).code === "throttled" ? t("throttled") : t("invalid") };
    }
    throw e; // NEXT_REDIRECT must propagate
  }
  return undefined;
}
