import { connectionHandlers } from './handlers/connections';
import { demoControlHandlers } from './handlers/demo-controls';
import { metroHandlers } from './handlers/metros';
import { neDeviceHandlers } from './handlers/ne-devices';
import { networkHandlers } from './handlers/networks';
import { portHandlers } from './handlers/ports';
import { serviceTokenHandlers } from './handlers/service-tokens';

/** Every handler of the demo backend: the same set in the browser, in Node and in e2e. */
export const handlers = [
  ...demoControlHandlers,
  ...serviceTokenHandlers,
  ...portHandlers,
  ...metroHandlers,
  ...networkHandlers,
  ...connectionHandlers,
  ...neDeviceHandlers,
];
