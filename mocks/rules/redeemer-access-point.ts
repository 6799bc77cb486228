import type { components } from '@/api/schema.gen';
import { invalid } from '../http/api-problem';
import {
  deviceAccessPoint,
  networkAccessPoint,
  portAccessPoint,
  profileAccessPoint,
} from '../store/connection-factory';
import type { DemoStore } from '../store/demo-store';
import { interfaceOf, nextFreeInterface } from '../store/reservations';
import { describe, isInteger, isRecord, isString } from './json';
import { checkLinkProtocol, checkVlanFree } from './link-protocol';

type AccessPoint = components['schemas']['AccessPoint'];

/** Where the redeemer connects from: the access point, and where it is. */
export interface RedeemerPoint {
  accessPoint: AccessPoint;
  metroCode?: string;
  region?: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidAt = (value: unknown, property: string, what: string) => {
  if (!isString(value) || !uuidPattern.test(value))
    throw invalid(property, `${what} uuid is required (got ${describe(value)})`);
  return value;
};

/** The non-token side of a redemption: a port (with a free VLAN), a device, a provider or a network. */
export function checkRedeemerPoint(store: DemoStore, value: unknown, at: string): RedeemerPoint {
  if (!isRecord(value))
    throw invalid(at, 'The other side needs an accessPoint (or a serviceToken)');
  const { catalog } = store;
  switch (value.type) {
    case 'COLO': {
      const portUuid = uuidAt(
        isRecord(value.port) ? value.port.uuid : undefined,
        `${at}/port/uuid`,
        'A port',
      );
      const port = catalog.portByUuid.get(portUuid);
      if (!port) throw invalid(`${at}/port/uuid`, `Port ${portUuid} was not found`);
      if (port.state !== 'ACTIVE')
        throw invalid(`${at}/port/uuid`, `Port ${port.name} is ${port.state}`);
      const linkProtocol = checkLinkProtocol(value.linkProtocol, port, `${at}/linkProtocol`);
      checkVlanFree(store, port, linkProtocol, `${at}/linkProtocol`);
      return {
        accessPoint: portAccessPoint(port, linkProtocol),
        metroCode: port.location?.metroCode,
        region: port.location?.region,
      };
    }
    case 'VD': {
      const deviceUuid = uuidAt(
        isRecord(value.virtualDevice) ? value.virtualDevice.uuid : undefined,
        `${at}/virtualDevice/uuid`,
        'A virtual device',
      );
      const device = catalog.deviceByUuid.get(deviceUuid);
      if (!device)
        throw invalid(`${at}/virtualDevice/uuid`, `Virtual device ${deviceUuid} was not found`);
      if (device.status !== 'PROVISIONED')
        throw invalid(`${at}/virtualDevice/uuid`, `Device ${device.name} is ${device.status}`);
      const choice = isRecord(value.interface) ? value.interface.id : undefined;
      let interfaceId: number | undefined;
      if (choice === undefined) interfaceId = nextFreeInterface(store, device);
      else if (isInteger(choice) && interfaceOf(store, device, choice)?.status === 'AVAILABLE')
        interfaceId = choice;
      if (interfaceId === undefined)
        throw invalid(
          `${at}/interface/id`,
          `Device ${device.name} has no such free data interface`,
        );
      return {
        accessPoint: deviceAccessPoint(device, interfaceId),
        metroCode: device.metroCode,
        region: device.region,
      };
    }
    case 'SP': {
      const profileUuid = uuidAt(
        isRecord(value.profile) ? value.profile.uuid : undefined,
        `${at}/profile/uuid`,
        'A service profile',
      );
      const metroCode = isRecord(value.location) ? value.location.metroCode : undefined;
      const metro = isString(metroCode) ? catalog.metroByCode.get(metroCode) : undefined;
      if (!metro?.code)
        throw invalid(
          `${at}/location/metroCode`,
          `A service provider access point needs a known metro (got ${describe(metroCode)})`,
        );
      return {
        accessPoint: profileAccessPoint(profileUuid, metro.code),
        metroCode: metro.code,
        region: metro.region,
      };
    }
    case 'NETWORK': {
      const networkUuid = uuidAt(
        isRecord(value.network) ? value.network.uuid : undefined,
        `${at}/network/uuid`,
        'A network',
      );
      const network = catalog.networkByUuid.get(networkUuid);
      if (!network || network.state !== 'ACTIVE')
        throw invalid(`${at}/network/uuid`, `Network ${networkUuid} is not an ACTIVE network`);
      return {
        accessPoint: networkAccessPoint(network),
        metroCode: network.location?.metroCode,
        region: network.location?.region,
      };
    }
    default:
      throw invalid(
        `${at}/type`,
        `${describe(value.type)}: the demo backend connects tokens to COLO, VD, SP or NETWORK access points`,
      );
  }
}
