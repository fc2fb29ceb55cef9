import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { AdminGrid } from "@/components/ui/admin-grid";
import { Notice } from "@/components/ui/notice";
import { listWebsiteOptions } from "@/lib/customer-users/service";
import type { StaffSession } from "@/lib/identity/staff-session";
import { listApplications } from "@/lib/oauth-applications/list";
import type { ApplicationListParams } from "@/lib/oauth-applications/params";
import { oauthKeysStatus } from "@/lib/oauth/keys";

import { ApplicationsFilter } from "./applications-filter";
import { applicationColumns, menuApplication } from "./columns";
import { ApplicationRowMenu } from "./row-menu";

const BASE = "/admin/oauth-applications";

/**
 * Customers > Customer User OAuth Applications: every customer user's applications with owner,
 * company and website, filtered, sorted and paged in SQL. Applications are added on the owner's page,
 * where the scopes the owner may hold are known; edits are made there too.
 */
export async function ApplicationsGrid({ staff, params }: { staff: StaffSession; params: ApplicationListParams }) {
  const [t, locale, keys, websites, { rows, total }] = await Promise.all([
    getTranslations("oauthApplications"),
    getLocale(),
    oauthKeysStatus(),
    listWebsiteOptions(),
    listApplications(params, staff.can),
  ]);
  const show = { owner: staff.can("customers/customer-user/view"), company: staff.can("customers/company/view") };
  const may = {
    edit: show.owner && staff.can("customers/oauth-application/edit"),
    delete: show.owner && staff.can("customers/oauth-application/delete"),
  };
  const [name, ...rest] = applicationColumns<(typeof rows)[number]>(t, locale, true);
  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="oauth-applications-table"
      rowTestId="oauth-application-row"
      toolbar={
        !keys.usable && (
          <Notice tone="error" testId="oauth-keys-unavailable">
            {t("keysUnavailable")}
          </Notice>
        )
      }
      filters={<ApplicationsFilter base={BASE} params={params} websites={websites} show={show} />}
      columns={[
        name!,
        {
          key: "owner",
          sort: "owner",
          show: show.owner,
          testId: "oauth-owner",
          cell: (r) =>
            r.owner && (
              <Link className="underline" href={`/admin/customer-users/${r.owner.id}#oauth-applications`}>
                {r.owner.email}
              </Link>
            ),
        },
        { key: "company", sort: "company", show: show.company, testId: "oauth-company", cell: (r) => r.company?.name },
        { key: "website", sort: "website", testId: "oauth-website", cell: (r) => r.website },
        ...rest,
      ]}
      actions={[
        {
          allowed: may.edit || may.delete,
          render: (r) => <ApplicationRowMenu app={menuApplication(r)} may={may} scopes={null} />,
        },
      ]}
    />
  );
}
