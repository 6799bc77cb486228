// Run by scripts/bench/search.mjs under tsx: prints the demo backend's search latency as JSON.
import { measureSearch } from '../../mocks/search/bench';

const size = Number(process.argv[2] ?? 100000);
const runs = Number(process.argv[3] ?? 25);
process.stdout.write(`${JSON.stringify({ size, runs, ...measureSearch(size, runs) })}\n`);
