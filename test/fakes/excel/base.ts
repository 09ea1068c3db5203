// What every proxy of the fake shares. Like Office.js, nothing happens when a method is called or a
// property set — the operation is queued on the request context and carried out, in order, at
// `context.sync()`; a property can be read only after it was loaded and synced (PropertyNotLoaded
// otherwise); *OrNullObject methods give objects whose `isNullObject` is known after the sync. What a
// method called on a null object does is not documented, so the fake refuses it (InvalidObjectPath),
// as it refuses every property set and method call on one. Each
// proxy class `implements` the narrow interfaces of src/excel/api.ts, which are made of
// `Pick<Excel.…>` types, so a member with the wrong signature fails to compile.
import type { FakeRequestContext, UndoKind } from "./context.ts";
import { FakeExcelError } from "./state.ts";

export function notLoaded(property: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Bookkeeping shared by every proxy: the bound target, loaded properties, queued operations. */
export abstract class FakeObject<T> {
  readonly id: number;
  /** undefined until the operation that binds the object has run at a sync; null for a null object. */
  protected bound: T | null | undefined = undefined;
  protected readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    readonly path: string,
    resolve: (() => T | null) | { target: T },
    nullable: boolean,
  ) {
    this.id = context.newId();
    if (typeof resolve !== "function") {
      this.bound = resolve.target;
      return;
    }
    context.enqueue({ id: this.id, get: path }, path, () => {
      const target = resolve();
      if (target === null && !nullable) throw new FakeExcelError("ItemNotFound", `${path}: the requested resource doesn't exist.`);
      this.bound = target;
    });
  }

  get isNullObject(): boolean {
    if (this.bound === undefined) throw notLoaded("isNullObject");
    return this.bound === null;
  }

  /** The target while the operations of a sync run; null for a null object (or the child of one). */
  targetOrNull(): T | null {
    if (this.bound === undefined) throw new FakeExcelError("InvalidObjectPath", `${this.path} was used before it was created.`);
    return this.bound;
  }

  protected target(): T {
    const target = this.targetOrNull();
    if (target === null) throw new FakeExcelError("InvalidObjectPath", `${this.path} is a null object.`);
    return target;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as V;
  }

  protected set(property: string, value: unknown, apply: (target: T) => void, undo?: UndoKind): void {
    this.context.enqueue({ id: this.id, set: property, value }, `${this.path}.${property} = ${JSON.stringify(value)}`, () => apply(this.target()), undo);
  }

  protected call(method: string, args: unknown[], apply: (target: T) => void, undo?: UndoKind): void {
    this.context.enqueue({ id: this.id, call: method, args }, `${this.path}.${method}(…)`, () => apply(this.target()), undo);
  }

  protected queueLoad(properties: string | string[], known: readonly string[], read: (target: T, property: string) => unknown): void {
    const names = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim()).filter((p) => p !== "");
    for (const name of names) if (!known.includes(name)) throw new Error(`The fake cannot load "${name}" on ${this.path}`);
    this.context.enqueue({ id: this.id, load: names }, `${this.path}.load(${names.join(",")})`, () => {
      const target = this.targetOrNull();
      if (target === null) return;
      for (const name of names) {
        const value = read(target, name);
        this.context.noteResponse(value);
        this.loaded.set(name, value);
      }
    });
  }
}

/** A proxy's argument as it goes over the wire: a reference to the other object. */
export function ref(object: { id: number } | string): unknown {
  return typeof object === "string" ? object : { ref: object.id };
}
