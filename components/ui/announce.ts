/**
 * The confirmation of an in-place action (unlock, enable, disable...), shown by the shell's notice
 * area rather than beside the button: the button often disappears once its action is done (an
 * unlocked user has no Unlock), and its message with it. A small store any client component may
 * write to without loading the notice area itself.
 */
let current: { text: string } | null = null;
const listeners = new Set<() => void>();

export const setAnnouncement = (next: { text: string } | null) => {
  current = next;
  listeners.forEach((l) => l());
};
export const announce = (text: string) => setAnnouncement({ text });
export const announcement = () => current;
export const subscribeAnnouncement = (l: () => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};
