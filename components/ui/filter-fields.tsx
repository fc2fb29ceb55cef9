import Link from "next/link";

import { Button } from "./button";
import { inputClass } from "./field";

/** A filter select whose empty choice means "any". */
export function FilterSelect({
  name,
  label,
  value,
  all,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  all: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="min-w-36 text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The from / to day inputs of a grid's filter form (the URL carries YYYY-MM-DD). */
export function DateRangeFilter({
  from,
  to,
  labels,
}: {
  from: string | undefined;
  to: string | undefined;
  labels: { from: string; to: string };
}) {
  return (
    <>
      <label className="text-sm">
        <span className="font-medium">{labels.from}</span>
        <input name="from" type="date" defaultValue={from ?? ""} className={inputClass} />
      </label>
      <label className="text-sm">
        <span className="font-medium">{labels.to}</span>
        <input name="to" type="date" defaultValue={to ?? ""} className={inputClass} />
      </label>
    </>
  );
}

/** Submit, and a reset that is a plain link back to the unfiltered grid. */
export function FilterButtons({ base, submit, reset }: { base: string; submit: string; reset: string }) {
  return (
    <>
      <Button type="submit" variant="secondary">
        {submit}
      </Button>
      <Link href={base} className="py-1.5 text-sm underline">
        {reset}
      </Link>
    </>
  );
}
