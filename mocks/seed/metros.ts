import type { Metro } from '@/api/types';

type GeoScope = NonNullable<Metro['geoScopes']>[number];

interface MetroRow {
  code: string;
  name: string;
  region: 'AMER' | 'EMEA' | 'APAC';
  country: string;
  latitude: number;
  longitude: number;
  geoScopes: GeoScope[];
}

const metroRows: MetroRow[] = [
  {
    code: 'SV',
    name: 'Silicon Valley',
    region: 'AMER',
    country: 'US',
    latitude: 37.39,
    longitude: -121.96,
    geoScopes: ['CONUS'],
  },
  {
    code: 'DC',
    name: 'Ashburn',
    region: 'AMER',
    country: 'US',
    latitude: 39.04,
    longitude: -77.49,
    geoScopes: ['CONUS'],
  },
  {
    code: 'NY',
    name: 'New York',
    region: 'AMER',
    country: 'US',
    latitude: 40.79,
    longitude: -74.06,
    geoScopes: ['CONUS'],
  },
  {
    code: 'DA',
    name: 'Dallas',
    region: 'AMER',
    country: 'US',
    latitude: 32.8,
    longitude: -96.82,
    geoScopes: ['CONUS'],
  },
  {
    code: 'AM',
    name: 'Amsterdam',
    region: 'EMEA',
    country: 'NL',
    latitude: 52.3,
    longitude: 4.94,
    geoScopes: ['EU'],
  },
  {
    code: 'LD',
    name: 'London',
    region: 'EMEA',
    country: 'GB',
    latitude: 51.51,
    longitude: -0.6,
    geoScopes: ['UK'],
  },
  {
    code: 'FR',
    name: 'Frankfurt',
    region: 'EMEA',
    country: 'DE',
    latitude: 50.1,
    longitude: 8.63,
    geoScopes: ['EU'],
  },
  {
    code: 'SG',
    name: 'Singapore',
    region: 'APAC',
    country: 'SG',
    latitude: 1.32,
    longitude: 103.69,
    geoScopes: [],
  },
  {
    code: 'TY',
    name: 'Tokyo',
    region: 'APAC',
    country: 'JP',
    latitude: 35.62,
    longitude: 139.75,
    geoScopes: ['JAPAN'],
  },
  {
    code: 'SY',
    name: 'Sydney',
    region: 'APAC',
    country: 'AU',
    latitude: -33.92,
    longitude: 151.19,
    geoScopes: ['AUSTRALIA'],
  },
];

export const metroHref = (code: string) => `https://api.equinix.com/fabric/v4/metros/${code}`;

/** Round-trip latency in ms, roughly 1 ms per 100 km of great-circle distance plus 1 ms. */
function latency(a: MetroRow, b: MetroRow): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  const km = 2 * 6371 * Math.asin(Math.sqrt(h));
  return Math.round((1 + km / 100) * 100) / 100;
}

export function seedMetros(): Metro[] {
  return metroRows.map((row, index) => ({
    href: metroHref(row.code),
    type: 'XF_METRO',
    code: row.code,
    region: row.region,
    name: row.name,
    country: row.country,
    equinixAsn: 47000 + index * 11,
    localVCBandwidthMax: row.region === 'AMER' ? 50000 : 10000,
    geoCoordinates: { latitude: row.latitude, longitude: row.longitude },
    connectedMetros: metroRows
      .filter((other) => other.code !== row.code)
      .map((other) => ({
        href: metroHref(other.code),
        code: other.code,
        avgLatency: latency(row, other),
        remoteVCBandwidthMax: other.region === row.region ? 50000 : 10000,
      })),
    services: [{ type: 'EQUINIX_FABRIC' }, { type: 'NETWORK_EDGE' }],
    geoScopes: row.geoScopes,
  }));
}
