import type { ServiceToken } from '@/api/types';
import type { TokenRow } from '../store/token-table';
import type { TokenSide, TokenSpec } from '../store/token-spec';

/** What a scale-seed row needs from its seed (facts at start-up, strings on demand). */
export interface BulkFacts {
  createdMs: number;
  expiresMs: number;
  updatedMs: number;
  state: TokenSpec['state'];
  kind: 'port' | 'vd' | 'network';
  side: TokenSide;
  projectId: string;
  assetUuid: string;
}

export interface BulkNames {
  uuid(index: number): string;
  name(index: number): string;
  /**
   * The rows' three dates, three numbers per row. Kept out of the row objects: a date in
   * milliseconds is too large for V8's small integers, so as a field each would be one more heap
   * object (300,000 of them at 100,000 tokens) for the garbage collector to walk.
   */
  readonly times: Float64Array;
}

/**
 * A scale-seed row: numbers filled at start-up, uuid and name computed on first read (and
 * writable, since a changed token's row is re-synced from the token).
 */
export class BulkRow implements TokenRow {
  state: TokenSpec['state'];
  type = 'VC_TOKEN';
  projectId: string;
  side: TokenSide;
  portUuid: string | undefined;
  deviceUuid: string | undefined;
  token: ServiceToken | undefined = undefined;
  private ownUuid: string | undefined = undefined;
  private ownName: string | undefined = undefined;
  private named = false;

  constructor(
    private readonly seed: BulkNames,
    readonly bulkIndex: number,
    f: BulkFacts,
  ) {
    this.state = f.state;
    this.projectId = f.projectId;
    this.createdMs = f.createdMs;
    this.updatedMs = f.updatedMs;
    this.expiresMs = f.expiresMs;
    this.side = f.side;
    this.portUuid = f.kind === 'port' ? f.assetUuid : undefined;
    this.deviceUuid = f.kind === 'vd' ? f.assetUuid : undefined;
  }

  get createdMs(): number {
    return this.seed.times[this.bulkIndex * 3] ?? 0;
  }

  set createdMs(value: number) {
    this.seed.times[this.bulkIndex * 3] = value;
  }

  get updatedMs(): number {
    return this.seed.times[this.bulkIndex * 3 + 1] ?? 0;
  }

  set updatedMs(value: number) {
    this.seed.times[this.bulkIndex * 3 + 1] = value;
  }

  get expiresMs(): number {
    return this.seed.times[this.bulkIndex * 3 + 2] ?? 0;
  }

  set expiresMs(value: number) {
    this.seed.times[this.bulkIndex * 3 + 2] = value;
  }

  get uuid(): string {
    return (this.ownUuid ??= this.seed.uuid(this.bulkIndex));
  }

  set uuid(value: string) {
    this.ownUuid = value;
  }

  get name(): string | undefined {
    if (!this.named) {
      this.ownName = this.seed.name(this.bulkIndex);
      this.named = true;
    }
    return this.ownName;
  }

  set name(value: string | undefined) {
    this.ownName = value;
    this.named = true;
  }
}
