/**
 * A fleet's vehicles held column by column — a plate in 8 bytes, a venue id in 9, each text column as a
 * 4-byte index into one list of distinct strings — rather than as one object per vehicle. 18,000 vehicles
 * take about 0.6 MB this way, outside the JS heap. As objects they took about 12 MB of long-lived heap, and
 * creating them in one burst made V8 double the young generation of the thread that read the CSV, so a
 * batch's memory grew with its size (docs/decisions.md, "Fleet rows in columns").
 *
 * The data is plain typed arrays and one string list, so it crosses to the batch writer thread as it is
 * (copied byte for byte, no per-vehicle objects) and is read there through the same class.
 */

/** Bytes kept per plate (a Hong Kong registration mark has at most 8 letters and digits). */
const PLATE_WIDTH = 8;
/** Bytes per venue id (8 random characters and a check character). */
const ID_WIDTH = 9;
/** Text columns, in the order they are stored per vehicle. */
const TEXT_COLUMNS = ['fleet', 'companyEn', 'companyZh', 'notes'] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];

/** A valid row of a fleet CSV. */
export interface FleetRow {
  /** Row number in the file (header = 1). */
  row: number;
  /** Normalised registration mark: upper case, no spaces. */
  plate: string;
  fleet: string;
  companyEn: string;
  companyZh: string;
  notes: string;
}

/** What a planned vehicle gets: a new taxi venue, a registered one as it is, or a deactivated one made active again. */
export type PlanStatus = 'created' | 'reused' | 'reactivated';
const STATUS: readonly PlanStatus[] = ['created', 'reused', 'reactivated'];

/** The columns (structured-clone safe). `venueIds` and `status` are filled in when the batch is planned. */
export interface FleetTableData {
  count: number;
  rows: Uint32Array;
  plates: Uint8Array;
  /** {@link TEXT_COLUMNS}.length indexes into `strings` per vehicle. */
  text: Uint32Array;
  strings: string[];
  venueIds: Uint8Array | null;
  status: Uint8Array | null;
}

/** A Buffer over the same bytes (no copy), for decoding them as text. */
const textView = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The ASCII text in `view[start, start + width)`, up to the first zero byte: one string, nothing else allocated. */
function ascii(view: Buffer, start: number, width: number): string {
  let end = start;
  while (end < start + width && view[end] !== 0) end++;
  return view.toString('latin1', start, end);
}

function putAscii(bytes: Uint8Array, start: number, width: number, value: string): void {
  if (value.length > width || !/^[\x21-\x7e]*$/.test(value)) throw new RangeError(`not a ${width}-character ASCII value: ${value}`);
  for (let i = 0; i < width; i++) bytes[start + i] = i < value.length ? value.charCodeAt(i) : 0;
}

/** A fleet's vehicles, in file order. */
export class FleetTable {
  private readonly plateText: Buffer;
  private readonly idText: Buffer | null;

  constructor(readonly data: FleetTableData) {
    this.plateText = textView(data.plates);
    this.idText = data.venueIds && textView(data.venueIds);
  }

  /** Number of vehicles. */
  get length(): number {
    return this.data.count;
  }

  /** Row number in the file of vehicle `i`. */
  row(i: number): number {
    return this.data.rows[i] as number;
  }

  /** Normalised plate of vehicle `i`. */
  plate(i: number): string {
    return ascii(this.plateText, i * PLATE_WIDTH, PLATE_WIDTH);
  }

  /** A text column of vehicle `i`. */
  text(i: number, column: TextColumn): string {
    return this.data.strings[this.data.text[i * TEXT_COLUMNS.length + TEXT_COLUMNS.indexOf(column)] as number] as string;
  }

  /** Vehicle `i` as one object. */
  at(i: number): FleetRow {
    return {
      row: this.row(i),
      plate: this.plate(i),
      fleet: this.text(i, 'fleet'),
      companyEn: this.text(i, 'companyEn'),
      companyZh: this.text(i, 'companyZh'),
      notes: this.text(i, 'notes'),
    };
  }

  /** Every vehicle as an object (for small tables and tests). */
  *[Symbol.iterator](): IterableIterator<FleetRow> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** Whether the batch has been planned (venue ids chosen). */
  get planned(): boolean {
    return this.data.venueIds !== null && this.data.status !== null;
  }

  /** Venue id of vehicle `i` (after planning). */
  venueId(i: number): string {
    if (!this.idText) throw new Error('the batch is not planned');
    return ascii(this.idText, i * ID_WIDTH, ID_WIDTH);
  }

  /** What vehicle `i` gets (after planning). */
  status(i: number): PlanStatus {
    if (!this.data.status) throw new Error('the batch is not planned');
    return STATUS[this.data.status[i] as number] as PlanStatus;
  }

  /**
   * A copy of the columns with a venue id and status for every vehicle: `decide(i, set)` calls `set` once.
   * (A setter rather than a returned object: the planner runs on the app's main thread, and 18,000 small
   * objects there are 18,000 pieces of garbage.)
   */
  withPlan(decide: (i: number, set: (venueId: string, status: PlanStatus) => void) => void): FleetTable {
    const venueIds = new Uint8Array(this.length * ID_WIDTH);
    const status = new Uint8Array(this.length);
    let at = 0;
    const set = (venueId: string, s: PlanStatus) => {
      putAscii(venueIds, at * ID_WIDTH, ID_WIDTH, venueId);
      status[at] = STATUS.indexOf(s);
    };
    for (at = 0; at < this.length; at++) decide(at, set);
    return new FleetTable({ ...this.data, venueIds, status });
  }
}

/** Builds a {@link FleetTable} a row at a time; repeated text (a fleet, a company) is stored once. */
export class FleetTableBuilder {
  private count = 0;
  private rows: Uint32Array;
  private plates: Uint8Array;
  private text: Uint32Array;
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();

  /** `capacity`: the expected number of rows (an upper bound avoids any regrowth). */
  constructor(capacity = 1024) {
    const n = Math.max(1, capacity);
    this.rows = new Uint32Array(n);
    this.plates = new Uint8Array(n * PLATE_WIDTH);
    this.text = new Uint32Array(n * TEXT_COLUMNS.length);
  }

  /** Adds a row; the plate must already be normalised and valid. */
  add(r: FleetRow): void {
    if (this.count === this.rows.length) this.grow();
    const i = this.count++;
    this.rows[i] = r.row;
    putAscii(this.plates, i * PLATE_WIDTH, PLATE_WIDTH, r.plate);
    TEXT_COLUMNS.forEach((column, k) => {
      this.text[i * TEXT_COLUMNS.length + k] = this.intern(r[column]);
    });
  }

  /** The table (the builder must not be used afterwards). Its arrays may be longer than `count` rows. */
  finish(): FleetTable {
    return new FleetTable({
      count: this.count,
      rows: this.rows,
      plates: this.plates,
      text: this.text,
      strings: this.strings,
      venueIds: null,
      status: null,
    });
  }

  private intern(value: string): number {
    let at = this.stringIndex.get(value);
    if (at === undefined) {
      at = this.strings.push(value) - 1;
      this.stringIndex.set(value, at);
    }
    return at;
  }

  private grow(): void {
    const bigger = <T extends Uint8Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.rows = bigger(this.rows, (n) => new Uint32Array(n));
    this.plates = bigger(this.plates, (n) => new Uint8Array(n));
    this.text = bigger(this.text, (n) => new Uint32Array(n));
  }
}
