// The import worker of `npm run bench:csv` on its own: runs one import (its id the argument) in this
// process and exits, so the bench reads this process's memory and nothing else's.
import { runImport } from "../lib/customer-import/run";
import { prisma } from "../lib/db";

const result = await runImport(process.argv[2]!);
await prisma.$disconnect();
if (result !== "done") throw new Error(`import ${process.argv[2]} ${result}`);
