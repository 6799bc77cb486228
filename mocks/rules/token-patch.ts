import type { ServiceToken } from '@/api/types';
import { invalid, Problems } from '../http/api-problem';
import type { DemoStore } from '../store/demo-store';
import { tokenAsset } from '../store/token-factory';
import { tokenSide } from '../store/token-table';
import { assetCap } from './asset-selector';
import { describe, isRecord, isString } from './json';
import {
  checkBandwidthLimit,
  checkEmails,
  checkExpiration,
  checkSupportedBandwidths,
  checkText,
} from './token-values';

/** One checked change, applied only once the whole patch passed. */
export type TokenChange = (token: ServiceToken) => void;

export const patchablePaths = [
  '/expirationDateTime',
  '/name',
  '/description',
  '/notifications/emails',
  '/connection/bandwidthLimit',
  '/connection/supportedBandwidths',
] as const;
type PatchPath = (typeof patchablePaths)[number];
const removable: readonly PatchPath[] = ['/name', '/description'];

function change(
  store: DemoStore,
  token: ServiceToken,
  path: PatchPath,
  value: unknown,
  remove: boolean,
): TokenChange {
  const asset = tokenAsset(token);
  const { cap, capReason } = asset
    ? assetCap(store, asset)
    : { cap: 50000, capReason: 'the 50 Gbps limit' };
  const side = tokenSide(token);
  switch (path) {
    case '/expirationDateTime': {
      const ms = checkExpiration(value, store.now());
      return (t) => {
        t.expirationDateTime = new Date(ms).toISOString();
      };
    }
    case '/name':
    case '/description': {
      const key = path === '/name' ? 'name' : 'description';
      const text = remove ? undefined : checkText(value, path, key);
      return (t) => {
        if (text === undefined) delete t[key];
        else t[key] = text;
      };
    }
    case '/notifications/emails': {
      const emails = checkEmails(value, '/notifications/0/emails');
      return (t) => {
        const [first, ...rest] = t.notifications ?? [];
        t.notifications = [{ ...(first ?? { type: 'ALL' }), emails }, ...rest];
      };
    }
    case '/connection/bandwidthLimit': {
      if (side !== 'aSide')
        throw invalid(
          path,
          'Z-side tokens carry supportedBandwidths; patch /connection/supportedBandwidths',
        );
      const limit = checkBandwidthLimit(value, cap, capReason, path);
      return (t) => {
        t.connection = { ...t.connection, bandwidthLimit: limit };
      };
    }
    case '/connection/supportedBandwidths': {
      if (side !== 'zSide')
        throw invalid(
          path,
          'A-side tokens carry one bandwidthLimit; patch /connection/bandwidthLimit',
        );
      const speeds = checkSupportedBandwidths(value, cap, capReason, path);
      return (t) => {
        t.connection = { ...t.connection, supportedBandwidths: speeds };
      };
    }
  }
}

/**
 * Checks a JSON Patch body. Problems with an operation are reported at the operation
 * (`/0/op`, `/0/path`); problems with a value at the token field it changes, as in a create
 * (`/expirationDateTime`, `/notifications/0/emails/1`), so a form maps both the same way.
 */
export function checkPatch(store: DemoStore, token: ServiceToken, body: unknown): TokenChange[] {
  if (!Array.isArray(body)) throw invalid('', 'A JSON Patch body is a list of operations');
  if (body.length === 0) throw invalid('', 'The patch is empty: send at least one operation');
  const problems = new Problems();
  const changes: TokenChange[] = [];
  body.forEach((operation, index) => {
    if (!isRecord(operation)) {
      problems.add(`/${index}`, 'Each operation is {op, path, value}');
      return;
    }
    const { op, path, value } = operation;
    if (op !== 'replace' && op !== 'add' && op !== 'remove') {
      problems.add(
        `/${index}/op`,
        `${describe(op)} is not an allowed operation; use replace, add or remove`,
      );
      return;
    }
    const known = patchablePaths.find((allowed) => allowed === path);
    if (!isString(path) || !known) {
      problems.add(
        `/${index}/path`,
        `${describe(path)} cannot be changed; use one of ${patchablePaths.join(', ')}`,
      );
      return;
    }
    if (op === 'remove' && !removable.includes(known)) {
      problems.add(`/${index}/op`, `${known} cannot be removed, only replaced`);
      return;
    }
    if (op !== 'remove' && !('value' in operation)) {
      problems.add(`/${index}/value`, `${op} needs a value`);
      return;
    }
    problems.collect(() => changes.push(change(store, token, known, value, op === 'remove')));
  });
  problems.throwIfAny();
  return changes;
}
