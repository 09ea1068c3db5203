// What the worksheet and named-item collections share: `items` known after load and a sync (one
// proxy per item, the loaded properties filled in), and getItem / getItemOrNullObject by name.
import { notLoaded } from "./base.ts";
import type { FakeRequestContext } from "./context.ts";
import type { WorkbookState } from "./state.ts";

/** What sets one collection apart from the other. */
export interface ItemKind<S, P> {
  /** "worksheets", "names": in paths, messages and on the wire. */
  collection: string;
  /** What an item can load. */
  properties: readonly string[];
  /** The items' proxy class; `fill` sets a proxy's loaded properties right away (an item of a loaded collection). */
  Item: new (context: FakeRequestContext, path: string, resolve: (() => S | null) | { target: S }, nullable: boolean) => P;
  /** Every item, in order, while the operations of a sync run. */
  all(state: WorkbookState): readonly S[];
  byName(state: WorkbookState, name: string): S | undefined;
}

export class FakeItemCollection<S extends { name: string }, P extends { fill(properties: readonly string[]): void }> {
  private loadedItems: P[] | null = null;

  constructor(
    protected readonly context: FakeRequestContext,
    private readonly kind: ItemKind<S, P>,
  ) {}

  get items(): P[] {
    if (this.loadedItems === null) throw notLoaded("items");
    return this.loadedItems;
  }

  load(propertyNames: string | string[]): this {
    const { collection, properties, Item, all } = this.kind;
    const names = itemProperties(propertyNames);
    for (const name of names) if (!properties.includes(name)) throw new Error(`The fake cannot load ${collection}/${name}`);
    this.context.enqueue({ collection, load: names }, `${collection}.load(${names.join(",")})`, () => {
      this.loadedItems = all(this.context.state).map((target) => {
        const item = new Item(this.context, `${collection}[${target.name}]`, { target }, false);
        item.fill(names);
        return item;
      });
    });
    return this;
  }

  getItem(name: string): P {
    return this.lookUp("getItem", name, false);
  }

  getItemOrNullObject(name: string): P {
    return this.lookUp("getItemOrNullObject", name, true);
  }

  private lookUp(method: string, name: string, nullable: boolean): P {
    const { collection, Item, byName } = this.kind;
    return new Item(this.context, `${collection}.${method}(${JSON.stringify(name)})`, () => byName(this.context.state, name) ?? null, nullable);
  }
}

/** "items/name, items/position" or "name,position" → ["name", "position"]. */
function itemProperties(propertyNames: string | string[]): string[] {
  return (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(","))
    .map((p) => p.trim().replace(/^items\//u, ""))
    .filter((p) => p !== "");
}
