const mbpsPerGbps = 1000;

/** 50 → "50 Mbps", 10000 → "10 Gbps". */
export function formatBandwidth(mbps: number): string {
  if (mbps >= mbpsPerGbps && mbps % mbpsPerGbps === 0) return `${mbps / mbpsPerGbps} Gbps`;
  if (mbps >= mbpsPerGbps) return `${(mbps / mbpsPerGbps).toFixed(1)} Gbps`;
  return `${mbps} Mbps`;
}

let formats:
  | {
      dateTime: Intl.DateTimeFormat;
      dateOnly: Intl.DateTimeFormat;
      relative: Intl.RelativeTimeFormat;
    }
  | undefined;

/** The formatters, made on first use. */
const formatters = () =>
  (formats ??= {
    dateTime: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
    dateOnly: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }),
    relative: new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }),
  });

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatters().dateTime.format(date);
}

export function formatDate(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatters().dateOnly.format(date);
}

/** "in 3 days", "2 hours ago", from the largest unit that is at least one. */
export function formatRelative(iso: string | undefined, now: Date = new Date()): string {
  if (!iso) return '—';
  const diffMs = new Date(iso).getTime() - now.getTime();
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
  ];
  for (const [unit, ms] of units) {
    if (Math.abs(diffMs) >= ms) return formatters().relative.format(Math.round(diffMs / ms), unit);
  }
  return formatters().relative.format(Math.round(diffMs / 1000), 'second');
}
