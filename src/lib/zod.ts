// The one way the portal imports zod: its mini API (tree-shaken, about half the classic one's
// size on the pages that validate forms), configured before any schema parses.
import * as z from 'zod/mini';

// zod compiles object parsers with `new Function` when it can, and probes for it on the first
// parse: under the portal's Content-Security-Policy (no 'unsafe-eval') that probe is a reported
// violation and a console error. Turning the compiler off here turns it off for every schema.
z.config({ jitless: true });

export { z };
