import type { Connection } from '@/api/types';
import { connectionHolds, type ConnectionHold } from './connection-factory';

export interface HeldBy {
  connection: Connection;
  hold: ConnectionHold;
}

const pushTo = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Connections, newest first, indexed by uuid, by the tokens they redeemed and by what they hold. */
export class ConnectionTable {
  readonly list: Connection[] = [];
  readonly byUuid = new Map<string, Connection>();
  readonly byToken = new Map<string, Connection[]>();
  readonly byPort = new Map<string, HeldBy[]>();
  readonly byDevice = new Map<string, HeldBy[]>();

  add(connection: Connection): void {
    if (!connection.uuid || this.byUuid.has(connection.uuid)) return;
    const created = connection.changeLog?.createdDateTime ?? '';
    const at = this.list.findIndex((other) => (other.changeLog?.createdDateTime ?? '') < created);
    this.list.splice(at === -1 ? this.list.length : at, 0, connection);
    this.byUuid.set(connection.uuid, connection);
    for (const side of [connection.aSide, connection.zSide]) {
      const tokenUuid = side?.serviceToken?.uuid;
      if (tokenUuid) pushTo(this.byToken, tokenUuid, connection);
    }
    for (const hold of connectionHolds(connection)) {
      if (hold.portUuid) pushTo(this.byPort, hold.portUuid, { connection, hold });
      if (hold.deviceUuid) pushTo(this.byDevice, hold.deviceUuid, { connection, hold });
    }
  }
}
