import type { ServiceToken } from '@/api/types';
import type { DeviceMetros } from '@/lib/tokens/describe-token';
import { tokenStateLabel } from '@/lib/tokens/token-state';
import { toInventoryRow, type InventoryRow } from './inventory-row';

/**
 * The CSV carries every inventory column, with absolute ISO timestamps and the raw state beside
 * its label: a file is read by tools, not people scanning a table.
 */
const csvColumns: [header: string, value: (row: InventoryRow) => string | undefined][] = [
  ['Name', ({ token }) => token.name],
  ['Token', ({ token }) => token.uuid],
  ['Side', ({ description }) => description.side],
  ['Asset type', ({ description }) => description.assetKindLabel],
  ['Asset', ({ description }) => description.asset],
  ['Location', ({ description }) => description.metro],
  ['Link protocol / VLAN', ({ description }) => description.link],
  ['Bandwidth', ({ description }) => description.bandwidth],
  ['State', ({ token }) => token.state],
  ['State label', ({ token }) => tokenStateLabel(token.state)],
  ['Expires', ({ token }) => token.expirationDateTime],
  ['Recipients', ({ description }) => description.recipients.join('; ')],
  ['Created', ({ description }) => description.created.at],
  ['Created by', ({ description }) => description.created.by],
];

// A cell that starts like a formula would run in a spreadsheet: prefix it so it stays text.
const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string | undefined): string {
  const text = value === undefined || value === '—' ? '' : value;
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row, then one line per token, CRLF-separated as RFC 4180 asks. */
export function tokensToCsv(tokens: ServiceToken[], deviceMetros?: DeviceMetros): string {
  const lines = [csvColumns.map(([header]) => csvCell(header)).join(',')];
  for (const token of tokens) {
    const row = toInventoryRow(token, deviceMetros);
    lines.push(csvColumns.map(([, value]) => csvCell(value(row))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
