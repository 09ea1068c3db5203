// JSON-stat 2.0 datasets as PxWebApi 2 sends them (table metadata and data). The dimension order
// is the dataset's `id` array, values are row-major over `size`; SCB gives no `role.geo`, so
// dimensions are found by their id ("Region", "Tid"). https://json-stat.org/full/
export interface Dimension {
  readonly id: string;
  readonly label: string;
  /** Category codes in their index order. */
  readonly codes: readonly string[];
  readonly labels: ReadonlyMap<string, string>;
  /** PxWeb's extension: whether the variable may be left out of a query (it is then summed). */
  readonly elimination: boolean;
}

export interface Dataset {
  readonly label: string;
  readonly dimensions: readonly Dimension[];
  readonly size: readonly number[];
  /** The value at these category codes, one per dimension in `dimensions` order: a number, null, or undefined when absent. */
  value(codes: readonly string[]): number | null | undefined;
  /** The status mark of a value ("..", "-"), or "". */
  status(codes: readonly string[]): string;
  dimension(id: string): Dimension | undefined;
}

/** Thrown for a text that is not a JSON-stat 2 dataset; the caller turns it into a message. */
export class NotJsonStatError extends Error {}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

export function parseDataset(text: string): Dataset {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new NotJsonStatError(`invalid JSON: ${(error as Error).message}`);
  }
  if (!isObject(root) || root.class !== "dataset") throw new NotJsonStatError("not a dataset");
  const ids = root.id;
  const size = root.size;
  if (!Array.isArray(ids) || !Array.isArray(size) || ids.length !== size.length || !ids.every((i) => typeof i === "string")
    || !size.every((s) => Number.isInteger(s) && s >= 0)) {
    throw new NotJsonStatError("id and size do not match");
  }
  const dimensionsJson = root.dimension;
  if (!isObject(dimensionsJson)) throw new NotJsonStatError("no dimension object");
  const dimensions = (ids as string[]).map((id, i) => readDimension(id, dimensionsJson[id], size[i] as number));
  const positions = dimensions.map((d) => new Map(d.codes.map((code, i) => [code, i])));
  const strides = strideOf(size as number[]);
  const cells = (size as number[]).reduce((a, b) => a * b, 1);
  const values = readValues(root.value, cells);
  const statuses = readStatus(root.status);

  const offset = (codes: readonly string[]): number | undefined => {
    if (codes.length !== dimensions.length) return undefined;
    let at = 0;
    for (let d = 0; d < codes.length; d++) {
      const position = positions[d]!.get(codes[d]!);
      if (position === undefined) return undefined;
      at += position * strides[d]!;
    }
    return at;
  };
  return {
    label: typeof root.label === "string" ? root.label : "",
    dimensions,
    size: size as number[],
    value: (codes) => {
      const at = offset(codes);
      return at === undefined ? undefined : values(at);
    },
    status: (codes) => {
      const at = offset(codes);
      return at === undefined ? "" : statuses(at);
    },
    dimension: (id) => dimensions.find((d) => d.id === id),
  };
}

function readDimension(id: string, json: unknown, size: number): Dimension {
  if (!isObject(json) || !isObject(json.category)) throw new NotJsonStatError(`dimension ${id} has no category`);
  const { index, label } = json.category;
  let codes: string[];
  if (Array.isArray(index)) codes = index.map(String);
  else if (isObject(index)) {
    codes = new Array<string>(Object.keys(index).length);
    for (const [code, position] of Object.entries(index)) {
      if (!Number.isInteger(position) || (position as number) < 0 || (position as number) >= codes.length) {
        throw new NotJsonStatError(`dimension ${id} has a bad index`);
      }
      codes[position as number] = code;
    }
  } else if (isObject(label) && Object.keys(label).length === 1) codes = Object.keys(label); // a single category may omit its index
  else throw new NotJsonStatError(`dimension ${id} has no index`);
  if (codes.length !== size || codes.some((c) => c === undefined)) throw new NotJsonStatError(`dimension ${id} does not match its size`);
  const labels = new Map(isObject(label) ? Object.entries(label).map(([code, text]) => [code, String(text)] as const) : []);
  const extension = isObject(json.extension) ? json.extension : {};
  return { id, label: typeof json.label === "string" ? json.label : id, codes, labels, elimination: extension.elimination === true };
}

function strideOf(size: readonly number[]): number[] {
  const strides = new Array<number>(size.length).fill(1);
  for (let d = size.length - 2; d >= 0; d--) strides[d] = strides[d + 1]! * size[d + 1]!;
  return strides;
}

/** `value` is an array of every cell (row-major) or, sparse, an object from cell offset to value. */
function readValues(json: unknown, cells: number): (at: number) => number | null | undefined {
  const check = (v: unknown): number | null => {
    if (v === null || (typeof v === "number" && Number.isFinite(v))) return v;
    throw new NotJsonStatError("a value is neither a number nor null");
  };
  if (Array.isArray(json)) {
    // A metadata answer holds no values; a data answer holds one per cell.
    if (json.length !== 0 && json.length !== cells) throw new NotJsonStatError("value does not match size");
    json.forEach(check);
    return (at) => (json.length === 0 ? undefined : (json[at] as number | null));
  }
  if (isObject(json)) {
    Object.values(json).forEach(check);
    return (at) => (json[String(at)] as number | null | undefined) ?? undefined;
  }
  throw new NotJsonStatError("no value");
}

function readStatus(json: unknown): (at: number) => string {
  if (Array.isArray(json)) return (at) => (typeof json[at] === "string" ? (json[at] as string) : "");
  if (isObject(json)) return (at) => (typeof json[String(at)] === "string" ? (json[String(at)] as string) : "");
  if (typeof json === "string") return () => json;
  return () => "";
}
