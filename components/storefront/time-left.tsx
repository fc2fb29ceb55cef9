"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const left = (until: number, now: number) => {
  const s = Math.max(0, Math.floor((until - now) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

/** A countdown to the session's hard limit; at zero the page reloads, and the server has ended the session. */
export function TimeLeft({ expiresAt }: { expiresAt: string }) {
  const until = new Date(expiresAt).getTime();
  const router = useRouter();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= until) {
        clearInterval(timer);
        router.refresh();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [until, router]);
  return (
    <time dateTime={expiresAt} data-testid="time-left" suppressHydrationWarning>
      {left(until, now)}
    </time>
  );
}
