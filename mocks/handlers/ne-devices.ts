import { neDeviceStatusValues } from '@/api/schema.gen';
import { invalid, problem } from '../http/api-problem';
import { demoHttp } from '../http/demo-http';
import { errorCodes } from '../http/error-codes';
import { pageFromQuery, slicePage } from '../search/pagination';
import { deviceView } from '../store/reservations';

const statuses: readonly string[] = neDeviceStatusValues;

export const neDeviceHandlers = [
  demoHttp.get('/ne/v1/devices', ({ response, demo }) => {
    const { store, url } = demo;
    const wanted = url.searchParams
      .get('status')
      ?.split(',')
      .map((status) => status.trim())
      .filter(Boolean);
    const unknown = wanted?.find((status) => !statuses.includes(status));
    if (unknown)
      throw invalid(
        'status',
        `${unknown} is not a device status; use a comma-separated list of ${statuses.join(', ')}`,
        errorCodes.deviceInvalidParameter,
      );
    const devices = store.catalog.devices.filter(
      (device) => !wanted || wanted.includes(device.status),
    );
    const page = pageFromQuery(url, { offset: 0, limit: 20 }, 1000);
    return response(200).json({
      pagination: { offset: page.offset, limit: page.limit, total: devices.length },
      data: slicePage(devices, page).map((device) => deviceView(store, device)),
    });
  }),

  demoHttp.get('/ne/v1/devices/{uuid}', ({ params, response, demo }) => {
    const device = demo.store.catalog.deviceByUuid.get(params.uuid);
    if (!device)
      throw problem(
        404,
        errorCodes.deviceNotFound,
        'Device not found',
        'uuid',
        `No virtual device ${params.uuid}`,
      );
    return response(200).json(deviceView(demo.store, device));
  }),
];
