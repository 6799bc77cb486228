import { serviceTokenConnectionTypeValues } from '@/api/schema.gen';
import { invalid, Problems } from '../http/api-problem';
import { PROJECT_LAB, PROJECT_MAIN } from '../seed/fixtures';
import type { DemoStore } from '../store/demo-store';
import type { ConnectionType, Notification, TokenAsset, TokenSide } from '../store/token-spec';
import { checkSelector, type CheckedSelector } from './asset-selector';
import { describe, isRecord, isString, type JsonObject } from './json';
import {
  checkBandwidthLimit,
  checkBoolean,
  checkExpiration,
  checkNotifications,
  checkSupportedBandwidths,
  checkText,
} from './token-values';

/** A create request that passed every rule, with its asset resolved. */
export interface TokenDraft {
  name?: string;
  description?: string;
  projectId: string;
  side: TokenSide;
  asset: TokenAsset;
  connectionType: ConnectionType;
  allowRemoteConnection: boolean;
  allowCustomBandwidth: boolean;
  bandwidthLimit?: number;
  supportedBandwidths?: number[];
  notifications: Notification[];
  expiresMs: number;
}

export const knownProjects = [PROJECT_MAIN, PROJECT_LAB];
const connectionTypes = serviceTokenConnectionTypeValues;

function checkProject(value: unknown): string {
  if (value === undefined) return PROJECT_MAIN;
  const projectId = isRecord(value) ? value.projectId : undefined;
  if (!isString(projectId))
    throw invalid('/project/projectId', 'project.projectId must be a project id');
  if (!knownProjects.includes(projectId))
    throw invalid('/project/projectId', `Project ${projectId} was not found`);
  return projectId;
}

function checkSide(connection: JsonObject): TokenSide {
  const sides = (['aSide', 'zSide'] as const).filter((side) => connection[side] !== undefined);
  const [side] = sides;
  if (sides.length !== 1 || !side) {
    throw invalid(
      '/connection',
      'A token authorises one side: give exactly one of connection.aSide or connection.zSide',
    );
  }
  return side;
}

function selectorOf(connection: JsonObject, side: TokenSide): unknown {
  const at = `/connection/${side}/accessPointSelectors`;
  const sideValue = connection[side];
  const selectors = isRecord(sideValue) ? sideValue.accessPointSelectors : undefined;
  if (!Array.isArray(selectors) || selectors.length !== 1) {
    throw invalid(at, 'Give exactly one access point selector');
  }
  return selectors[0];
}

/** Every rule of POST /serviceTokens; all problems of the request come back together. */
export function checkCreateRequest(store: DemoStore, body: unknown): TokenDraft {
  if (!isRecord(body)) throw invalid('', 'The request body must be a service token object');
  const now = store.now();
  const problems = new Problems();
  const attempt = <T>(check: () => T): T | undefined => {
    let result: T | undefined;
    problems.collect(() => {
      result = check();
    });
    return result;
  };

  if (body.type === undefined) problems.add('/type', 'type is required: VC_TOKEN');
  else if (body.type === 'EPL_TOKEN')
    problems.add('/type', 'Only VC_TOKEN tokens can be issued here');
  else if (body.type !== 'VC_TOKEN')
    problems.add('/type', `${describe(body.type)} is not a token type; use VC_TOKEN`);
  const name = attempt(() => checkText(body.name, '/name', 'name'));
  const description = attempt(() => checkText(body.description, '/description', 'description'));
  const projectId = attempt(() => checkProject(body.project));
  const expiresMs = attempt(() => checkExpiration(body.expirationDateTime, now));
  const notifications = attempt(() => checkNotifications(body.notifications));

  const connection = body.connection;
  if (!isRecord(connection)) {
    problems.add(
      '/connection',
      'connection is required: the side, asset and bandwidth the token grants',
    );
    problems.throwIfAny();
    throw invalid('/connection', 'connection is required');
  }
  const side = attempt(() => checkSide(connection));
  const type = connectionTypes.find((known) => known === connection.type);
  if (!type)
    problems.add(
      '/connection/type',
      `${describe(connection.type)} is not a connection type; use one of ${connectionTypes.join(', ')}`,
    );
  const allowRemoteConnection = attempt(() =>
    checkBoolean(connection.allowRemoteConnection, '/connection/allowRemoteConnection', false),
  );
  const allowCustomBandwidth = attempt(() =>
    checkBoolean(connection.allowCustomBandwidth, '/connection/allowCustomBandwidth', false),
  );

  let selector: CheckedSelector | undefined;
  if (side && projectId) {
    selector = attempt(() =>
      checkSelector(
        store,
        selectorOf(connection, side),
        side,
        projectId,
        `/connection/${side}/accessPointSelectors/0`,
      ),
    );
  }
  if (selector && type && type !== selector.connectionType) {
    problems.add(
      '/connection/type',
      `This asset creates ${selector.connectionType} connections, not ${type}`,
    );
  }
  const cap = selector?.cap ?? 50000;
  const capReason = selector?.capReason ?? 'the 50 Gbps limit of service tokens';
  let bandwidthLimit: number | undefined;
  let supportedBandwidths: number[] | undefined;
  if (side === 'aSide') {
    if (connection.supportedBandwidths !== undefined) {
      problems.add(
        '/connection/supportedBandwidths',
        'A-side tokens carry one bandwidthLimit, not supportedBandwidths',
      );
    }
    if (connection.bandwidthLimit === undefined)
      problems.add('/connection/bandwidthLimit', 'An A-side token needs a bandwidthLimit');
    else
      bandwidthLimit = attempt(() =>
        checkBandwidthLimit(connection.bandwidthLimit, cap, capReason),
      );
  } else if (side === 'zSide') {
    if (connection.bandwidthLimit !== undefined) {
      problems.add(
        '/connection/bandwidthLimit',
        'Z-side tokens carry supportedBandwidths, not a bandwidthLimit',
      );
    }
    supportedBandwidths = attempt(() =>
      checkSupportedBandwidths(connection.supportedBandwidths, cap, capReason),
    );
  }
  problems.throwIfAny();
  if (
    !side ||
    !selector ||
    !type ||
    projectId === undefined ||
    expiresMs === undefined ||
    !notifications
  ) {
    throw invalid('', 'The request is incomplete');
  }
  return {
    ...(name !== undefined && { name }),
    ...(description !== undefined && { description }),
    projectId,
    side,
    asset: selector.asset,
    connectionType: type,
    allowRemoteConnection: allowRemoteConnection ?? false,
    allowCustomBandwidth: allowCustomBandwidth ?? false,
    ...(bandwidthLimit !== undefined && { bandwidthLimit }),
    ...(supportedBandwidths !== undefined && { supportedBandwidths }),
    notifications,
    expiresMs,
  };
}
