import type { components } from '@/api/schema.gen';
import type { ServiceToken } from '@/api/types';
import {
  deviceAccessPoint,
  networkAccessPoint,
  portAccessPoint,
} from '../store/connection-factory';
import type { DemoStore } from '../store/demo-store';
import { tokenAsset } from '../store/token-factory';
import type { TokenAsset } from '../store/token-spec';

type AccessPoint = components['schemas']['AccessPoint'];

/** The access point a token grants, as a connection response shows it on the token's side. */
export function tokenAccessPoint(
  store: DemoStore,
  token: ServiceToken,
): { asset: TokenAsset; accessPoint: AccessPoint } | undefined {
  const asset = tokenAsset(token);
  if (!asset) return undefined;
  const { catalog } = store;
  if (asset.kind === 'port') {
    const port = catalog.portByUuid.get(asset.portUuid);
    return port ? { asset, accessPoint: portAccessPoint(port, asset.linkProtocol) } : undefined;
  }
  if (asset.kind === 'vd') {
    const device = catalog.deviceByUuid.get(asset.deviceUuid);
    return device
      ? { asset, accessPoint: deviceAccessPoint(device, asset.interfaceId) }
      : undefined;
  }
  const network = catalog.networkByUuid.get(asset.networkUuid);
  return network ? { asset, accessPoint: networkAccessPoint(network) } : undefined;
}
