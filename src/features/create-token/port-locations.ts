import type { Metro, Port } from '@/api/types';
import type { LocationOption } from './components/location-select';

/**
 * The locations of the ports, each named by the metros answer where it knows the metro, else by
 * the port's own metro name, else by its code. The ports decide which locations exist: a metros
 * answer that misses one (or answers no metro at all) never hides a port.
 */
export function portLocations(
  ports: readonly Port[],
  metros: readonly Metro[] = [],
): LocationOption[] {
  const names = new Map(metros.flatMap((metro) => (metro.code ? [[metro.code, metro.name]] : [])));
  const options = new Map<string, LocationOption>();
  for (const port of ports) {
    const code = port.location?.metroCode;
    if (!code || options.has(code)) continue;
    options.set(code, { code, name: names.get(code) ?? port.location?.metroName ?? code });
  }
  return [...options.values()].sort((a, b) => a.name.localeCompare(b.name));
}
