// Named items: the collection (`context.workbook.names`) and the name proxy.
import type { NamedItemApi, NamedItemCollectionApi, RangeApi } from "../../../src/excel/api.ts";
import { formatAddress } from "./address.ts";
import { FakeObject, ref } from "./base.ts";
import { FakeItemCollection } from "./collection.ts";
import type { FakeRequestContext } from "./context.ts";
import { FakeRange, rangeArgument, type RangeTarget } from "./range.ts";
import { FakeExcelError, type NameState } from "./state.ts";

const NAME_PROPERTIES = ["name", "type", "formula", "comment", "visible"] as const;

export function nameFormula(item: NameState): string {
  if (item.areas !== undefined) return `=${item.areas.map((area) => formatAddress(area.sheet.name, area.rect, true)).join(",")}`;
  if (item.target === null) return item.brokenFormula ?? "=#REF!";
  return `=${formatAddress(item.target.sheet.name, item.target.rect, true)}`;
}

function nameProperty(item: NameState, property: string): unknown {
  switch (property) {
    case "name":
      return item.name;
    case "type":
      return item.target === null && item.areas === undefined ? "Error" : "Range";
    case "formula":
      return nameFormula(item);
    case "comment":
      return item.comment;
    default:
      return true;
  }
}

export class FakeNamedItemCollection extends FakeItemCollection<NameState, FakeNamedItem> implements NamedItemCollectionApi {
  constructor(context: FakeRequestContext) {
    super(context, { collection: "names", properties: NAME_PROPERTIES, Item: FakeNamedItem, all: (state) => state.names, byName: (state, name) => state.nameByName(name) });
  }
  add(name: string, reference: RangeApi | string, comment?: string): FakeNamedItem {
    const range = typeof reference === "string" ? null : rangeArgument(reference);
    return new FakeNamedItem(this.context, `names.add(${JSON.stringify(name)}, ${JSON.stringify(ref(range ?? (reference as string)))})`, () => {
      let target: RangeTarget | RangeTarget[];
      if (range === null) target = this.context.state.resolveAreas(reference as string);
      else {
        const resolved = range.rangeOrNull();
        if (resolved === null) throw new FakeExcelError("InvalidArgument", "A name cannot refer to a null range.");
        target = resolved;
      }
      return this.context.state.addName(name, target, comment ?? "");
    }, false);
  }
}

export class FakeNamedItem extends FakeObject<NameState> implements Pick<Excel.NamedItem, "name" | "type" | "formula" | "comment" | "isNullObject" | "delete">, NamedItemApi {
  fill(properties: readonly string[]): void {
    for (const property of properties) this.loaded.set(property, nameProperty(this.target(), property));
  }

  get name(): string {
    return this.read("name");
  }

  get type(): Excel.NamedItemType | "String" | "Integer" | "Double" | "Boolean" | "Range" | "Error" | "Array" {
    return this.read("type");
  }

  get formula(): any {
    return this.read("formula");
  }

  get comment(): string {
    return this.read("comment");
  }

  set comment(value: string) {
    this.set("comment", value, (item) => {
      item.comment = value;
    });
  }

  set formula(_formula: any) {
    throw new Error("The fake does not change a name's formula; delete and add the name");
  }

  load(propertyNames: string | string[]): FakeNamedItem {
    this.queueLoad(propertyNames, NAME_PROPERTIES, nameProperty);
    return this;
  }

  delete(): void {
    this.call("delete", [], (item) => {
      const state = this.context.state;
      state.names = state.names.filter((candidate) => candidate !== item);
    });
  }

  /**
   * The name's range; a null object when the name is not a single range — its reference is lost
   * (#REF!) or, as modelled here, it spans several areas: a Range is one rectangle, and the
   * documented contract is a null object "if the named item's type is not a range". What real Excel
   * does with a multi-area name is what the self-check (src/excel/selfCheck) reports.
   */
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRangeOrNullObject()`, () => {
      const item = this.target();
      return item.target === null ? null : { sheet: item.target.sheet, rect: item.target.rect };
    }, true);
  }
}
