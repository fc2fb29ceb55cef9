/** What a server action answers: the UI kit and every form read these types (they carry no server code). */
export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult<T = undefined> =
  { ok: true; data?: T } | { ok: false; message: string; fieldErrors?: FieldErrors };
