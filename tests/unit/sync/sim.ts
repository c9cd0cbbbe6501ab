import * as Y from 'yjs';
import type { ProjectKeys } from '../../../src/core/sync/crypto';
import { EnvelopeSync, type EnvelopeSyncOptions } from '../../../src/core/sync/envelope';
import type { Random } from '../../../src/core/reference/random';

/** Origin for envelope updates that came over the simulated network. */
const NET = { kind: 'net' } as const;

interface Message {
  update: Uint8Array;
}

/**
 * A stand-in for the sync server and the network between devices, in memory: the server
 * holds an envelope doc and relays envelope updates; the network can hold messages back,
 * deliver them out of order or twice, and cut devices off.
 */
export class SimRelay {
  readonly server = new Y.Doc();
  readonly devices: SimDevice[] = [];

  constructor() {
    this.server.on('update', (update: Uint8Array, origin: unknown) => {
      for (const device of this.devices) {
        if (device.online && origin !== device) device.down.push({ update });
      }
    });
  }

  addDevice(real: Y.Doc, keys: ProjectKeys, options: EnvelopeSyncOptions = {}): SimDevice {
    const device = new SimDevice(this, real, keys, options);
    this.devices.push(device);
    return device;
  }

  get inFlight(): number {
    return this.devices.reduce((n, d) => n + d.up.length + d.down.length, 0);
  }

  /** Delivers one random message (maybe twice). Returns false when nothing is in flight. */
  deliverOne(random: Random, duplicateChance = 0.05): boolean {
    const queues = this.devices.flatMap((d) => [
      { device: d, queue: d.up, toServer: true },
      { device: d, queue: d.down, toServer: false },
    ]).filter((q) => q.queue.length > 0);
    if (queues.length === 0) return false;
    const { device, queue, toServer } = random.pick(queues);
    const index = random.int(0, queue.length - 1);
    const message = queue[index]!;
    if (!random.chance(duplicateChance)) queue.splice(index, 1);
    if (toServer) Y.applyUpdate(this.server, message.update, device);
    else Y.applyUpdate(device.envelope, message.update, NET);
    return true;
  }

  /** Delivers up to `count` of a device's messages to the server, in order. */
  deliverUp(device: SimDevice, count = Infinity) {
    for (; count > 0 && device.up.length > 0; count--) Y.applyUpdate(this.server, device.up.shift()!.update, device);
  }

  /** Delivers everything waiting for a device, in order. */
  deliverDown(device: SimDevice) {
    while (device.down.length) Y.applyUpdate(device.envelope, device.down.shift()!.update, NET);
  }

  deliverAll() {
    for (const device of this.devices) {
      while (device.up.length) Y.applyUpdate(this.server, device.up.shift()!.update, device);
      while (device.down.length) Y.applyUpdate(device.envelope, device.down.shift()!.update, NET);
    }
  }

  /** Brings every device online and runs until nothing more happens. */
  async settle(): Promise<void> {
    for (const device of this.devices) if (!device.online) await device.connect();
    for (let round = 0; round < 1000; round++) {
      this.deliverAll();
      await Promise.all(this.devices.map((d) => d.sync.whenIdle()));
      if (this.inFlight === 0) return;
    }
    throw new Error('the relay did not settle');
  }
}

export class SimDevice {
  envelope = new Y.Doc();
  sync: EnvelopeSync;
  online = false;
  up: Message[] = [];
  down: Message[] = [];

  constructor(
    private readonly relay: SimRelay,
    readonly real: Y.Doc,
    readonly keys: ProjectKeys,
    private readonly options: EnvelopeSyncOptions,
  ) {
    this.sync = this.attach();
  }

  private attach(): EnvelopeSync {
    this.envelope.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== NET && this.online) this.up.push({ update });
    });
    return new EnvelopeSync(this.real, this.envelope, this.keys, { batchWindowMs: 0, ...this.options });
  }

  /** The handshake a provider does on connect, then live. */
  async connect(): Promise<void> {
    this.online = true;
    Y.applyUpdate(this.envelope, Y.encodeStateAsUpdate(this.relay.server, Y.encodeStateVector(this.envelope)), NET);
    this.up.push({ update: Y.encodeStateAsUpdate(this.envelope, Y.encodeStateVector(this.relay.server)) });
    await this.sync.setLive(true);
  }

  disconnect() {
    this.online = false;
    this.up = [];
    this.down = [];
    void this.sync.setLive(false);
  }

  /** The app closed and opened again: the real doc is kept (IndexedDB), the envelope copy is not. */
  restart() {
    this.disconnect();
    this.sync.destroy();
    this.envelope.destroy();
    this.envelope = new Y.Doc();
    this.sync = this.attach();
  }
}
