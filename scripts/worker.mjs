// `npm run worker`: the worker process on its own (see scripts/worker.ts), started as `npm start` starts
// it (scripts/lib/worker-command.mjs); signals are passed on and its exit code is this one's.
import { spawn } from "node:child_process";

import { workerCommand } from "./lib/worker-command.mjs";

const { cmd, args, env } = workerCommand();
const child = spawn(cmd, args, { stdio: "inherit", env });
for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(s, () => child.kill(s));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
