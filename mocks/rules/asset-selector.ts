import { invalid } from '../http/api-problem';
import type { DemoStore } from '../store/demo-store';
import { interfaceOf, nextFreeInterface } from '../store/reservations';
import type { ConnectionType, TokenAsset, TokenSide } from '../store/token-spec';
import { describe, isInteger, isRecord, isString } from './json';
import { checkLinkProtocol, checkVlanFree } from './link-protocol';

export interface CheckedSelector {
  asset: TokenAsset;
  /** The highest bandwidth the asset allows, and why. */
  cap: number;
  capReason: string;
  connectionType: ConnectionType;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const networkTypes = ['EVPLAN', 'EPLAN', 'IPWAN', 'EVPTREE', 'EPTREE'] as const;

function uuidAt(value: unknown, property: string, what: string): string {
  if (!isString(value) || !uuidPattern.test(value))
    throw invalid(property, `${what} uuid is required (got ${describe(value)})`);
  return value;
}

/** The bandwidth cap of an asset: port available bandwidth and 50 Gbps; 10 Gbps for devices. */
export function assetCap(store: DemoStore, asset: TokenAsset): { cap: number; capReason: string } {
  if (asset.kind === 'vd')
    return { cap: 10000, capReason: 'the 10 Gbps limit of virtual device tokens' };
  if (asset.kind === 'network')
    return { cap: 50000, capReason: 'the 50 Gbps limit of service tokens' };
  const port = store.catalog.portByUuid.get(asset.portUuid);
  const available = port?.availableBandwidth ?? 50000;
  return available < 50000
    ? { cap: available, capReason: `the available bandwidth of port ${port?.name}` }
    : { cap: 50000, capReason: 'the 50 Gbps limit of port tokens' };
}

function checkPort(
  store: DemoStore,
  selector: Record<string, unknown>,
  projectId: string,
  at: string,
): CheckedSelector {
  const port = isRecord(selector.port) ? selector.port : undefined;
  const portUuid = uuidAt(port?.uuid, `${at}/port/uuid`, 'A port');
  const found = store.catalog.portByUuid.get(portUuid);
  if (!found) throw invalid(`${at}/port/uuid`, `Port ${portUuid} was not found`);
  if (found.project?.projectId !== projectId) {
    throw invalid(`${at}/port/uuid`, `Port ${found.name} belongs to another project`);
  }
  if (found.state !== 'ACTIVE') {
    throw invalid(
      `${at}/port/uuid`,
      `Port ${found.name} is ${found.state}; only ACTIVE ports can issue tokens`,
    );
  }
  const linkProtocol = checkLinkProtocol(selector.linkProtocol, found, `${at}/linkProtocol`);
  checkVlanFree(store, found, linkProtocol, `${at}/linkProtocol`);
  const asset: TokenAsset = { kind: 'port', portUuid, linkProtocol };
  return { asset, ...assetCap(store, asset), connectionType: 'EVPL_VC' };
}

function checkDevice(
  store: DemoStore,
  selector: Record<string, unknown>,
  projectId: string,
  at: string,
): CheckedSelector {
  const device = isRecord(selector.virtualDevice) ? selector.virtualDevice : undefined;
  const deviceUuid = uuidAt(device?.uuid, `${at}/virtualDevice/uuid`, 'A virtual device');
  if (device?.type !== 'EDGE')
    throw invalid(
      `${at}/virtualDevice/type`,
      `virtualDevice.type must be EDGE (got ${describe(device?.type)})`,
    );
  const found = store.catalog.deviceByUuid.get(deviceUuid);
  if (!found)
    throw invalid(`${at}/virtualDevice/uuid`, `Virtual device ${deviceUuid} was not found`);
  if (found.projectId !== projectId)
    throw invalid(`${at}/virtualDevice/uuid`, `Device ${found.name} belongs to another project`);
  if (found.status !== 'PROVISIONED') {
    throw invalid(
      `${at}/virtualDevice/uuid`,
      `Device ${found.name} is ${found.status}; only PROVISIONED devices can issue tokens`,
    );
  }
  const choice = selector.interface;
  if (!isRecord(choice))
    throw invalid(
      `${at}/interface`,
      'An interface is required: {type: NETWORK} for the next available one, or with an id',
    );
  if (choice.type !== 'NETWORK')
    throw invalid(
      `${at}/interface/type`,
      `interface.type must be NETWORK (got ${describe(choice.type)})`,
    );
  let interfaceId: number;
  if (choice.id === undefined) {
    const free = nextFreeInterface(store, found);
    if (free === undefined)
      throw invalid(`${at}/interface`, `Device ${found.name} has no free data interface left`);
    interfaceId = free;
  } else {
    if (!isInteger(choice.id))
      throw invalid(`${at}/interface/id`, `${describe(choice.id)} is not an interface id`);
    const item = interfaceOf(store, found, choice.id);
    if (!item)
      throw invalid(`${at}/interface/id`, `Device ${found.name} has no interface ${choice.id}`);
    if (item.type !== 'DATA') {
      throw invalid(
        `${at}/interface/id`,
        `Interface ${choice.id} of ${found.name} is a ${item.type} interface; tokens need a DATA interface`,
      );
    }
    if (item.status !== 'AVAILABLE') {
      throw invalid(
        `${at}/interface/id`,
        `Interface ${choice.id} of ${found.name} is ${item.status}; choose an AVAILABLE one`,
      );
    }
    interfaceId = choice.id;
  }
  const asset: TokenAsset = { kind: 'vd', deviceUuid, interfaceId };
  return { asset, ...assetCap(store, asset), connectionType: 'EVPL_VC' };
}

function checkNetwork(
  store: DemoStore,
  selector: Record<string, unknown>,
  at: string,
): CheckedSelector {
  const network = isRecord(selector.network) ? selector.network : undefined;
  const networkUuid = uuidAt(network?.uuid, `${at}/network/uuid`, 'A network');
  const type = networkTypes.find((known) => known === network?.type);
  if (!type)
    throw invalid(
      `${at}/network/type`,
      `${describe(network?.type)} is not a network type; use one of ${networkTypes.join(', ')}`,
    );
  const found = store.catalog.networkByUuid.get(networkUuid);
  if (!found) throw invalid(`${at}/network/uuid`, `Network ${networkUuid} was not found`);
  if (found.type !== type)
    throw invalid(
      `${at}/network/type`,
      `Network ${found.name} is an ${found.type} network, not ${type}`,
    );
  if (found.state !== 'ACTIVE')
    throw invalid(
      `${at}/network/uuid`,
      `Network ${found.name} is ${found.state}; only ACTIVE networks can issue tokens`,
    );
  const asset: TokenAsset = { kind: 'network', networkUuid };
  return { asset, ...assetCap(store, asset), connectionType: `${type}_VC` };
}

/** Checks the one access point selector of a token side and resolves it to an asset. */
export function checkSelector(
  store: DemoStore,
  value: unknown,
  side: TokenSide,
  projectId: string,
  at: string,
): CheckedSelector {
  if (!isRecord(value)) throw invalid(at, 'An access point selector is an object with a type');
  const { type } = value;
  if (type !== 'COLO' && type !== 'VD' && type !== 'NETWORK') {
    throw invalid(
      `${at}/type`,
      `${describe(type)} is not a selector type; use COLO, VD or NETWORK`,
    );
  }
  if (side === 'aSide' && type !== 'COLO') {
    throw invalid(`${at}/type`, 'A-side tokens can only be issued for a port (COLO)');
  }
  if (type === 'COLO') return checkPort(store, value, projectId, at);
  if (type === 'VD') return checkDevice(store, value, projectId, at);
  return checkNetwork(store, value, at);
}
