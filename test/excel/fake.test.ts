// The fake behaves like Office.js where the add-in's code depends on it: writes are queued until the
// sync, properties need load + sync, shapes must match, null objects, sheets and names, events.
import { describe, expect, it } from "vitest";
import type { ExcelApi } from "../../src/excel/api.ts";
import { FakeWorkbook, type FakeRequestContext } from "../fakes/excel/index.ts";

const small = () => FakeWorkbook.fromSheets({ Data: [["Kommun", "Antal"], ["Avesta", 1], ["Borlänge", 2]] }, { Data: { B2: "#,##0" } });

describe("the Excel fake", () => {
  it("can stand in for Excel in the add-in's code (ExcelApi)", () => {
    const api: ExcelApi = small();
    expect(typeof api.run).toBe("function");
  });

  it("queues writes until the sync and counts syncs", async () => {
    const fake = small();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [["Ny"]];
      expect(fake.value("Data", "C1")).toBeNull();
      expect(context.debugInfo.pendingStatements.length).toBeGreaterThan(0);
      await context.sync();
      expect(fake.value("Data", "C1")).toBe("Ny");
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.syncs[0]!.requestBytes).toBeGreaterThan(0);
  });

  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const fake = small();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B3");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values, numberFormat, address");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([["Kommun", "Antal"], ["Avesta", 1], ["Borlänge", 2]]);
      expect(range.numberFormat[1]).toEqual(["General", "#,##0"]);
      expect(range.address).toBe("Data!A1:B3");
      expect(() => range.rowIndex).toThrow(/PropertyNotLoaded/);
    });
  });

  it("rejects a ragged or wrongly shaped 2-D array like Excel (InvalidArgument)", async () => {
    const fake = small();
    const before = fake.snapshot();
    for (const values of [[["a", "b"], ["c"]], [["a", "b"]], [["a"], ["b"], ["c"]]]) {
      await expect(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("D1:E2").values = values;
          await context.sync();
        }),
      ).rejects.toThrow(/InvalidArgument/);
    }
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("D1:E2").numberFormat = [["0%"]];
        await context.sync();
      }),
    ).rejects.toThrow(/InvalidArgument/);
    expect(fake.snapshot()).toBe(before);
  });

  it("enters text as Excel does: null leaves a cell, an apostrophe keeps text, '=' makes a formula", async () => {
    const fake = small();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2:F2").values = [[null, "'2021-06-30", "2021-06-30", "=SUM(B2)", "12,5", "-x"]];
      await context.sync();
    });
    expect(fake.values("Data", "A2:F2")).toEqual([["Avesta", "2021-06-30", 44377, null, "12,5", null]]);
    expect(fake.format("Data", "C2")).toBe("yyyy-mm-dd");
    expect(fake.cell("Data", "D2")?.formula).toBe("=SUM(B2)");
    expect(fake.cell("Data", "F2")?.formula).toBe("=-x");
  });

  it("gives null objects for missing sheets, names and used ranges", async () => {
    const fake = small();
    fake.addSheet("Tom");
    await fake.run(async (context) => {
      const { worksheets, names } = context.workbook;
      const missing = worksheets.getItemOrNullObject("Saknas");
      const empty = worksheets.getItem("Tom").getUsedRangeOrNullObject(true).load("address");
      const name = names.getItemOrNullObject("Samf_Befolkning");
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect([missing.isNullObject, empty.isNullObject, name.isNullObject]).toEqual([true, true, true]);
    });
    // What a method called on a null object does is not documented: the fake refuses it.
    await expect(
      fake.run(async (context) => {
        context.workbook.names.getItemOrNullObject("Samf_Befolkning").getRangeOrNullObject().load("values");
        await context.sync();
      }),
    ).rejects.toThrow(/InvalidObjectPath/);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Saknas").getRange("A1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toThrow(/ItemNotFound/);
  });

  it("keeps names on their range and turns them into #REF! when the sheet goes", async () => {
    const fake = small();
    fake.addSheet("Annat", [["x"]]);
    await fake.run(async (context) => {
      context.workbook.names.add("Mitt", context.workbook.worksheets.getItem("Annat").getRange("A1:B2"));
      await context.sync();
      const range = context.workbook.names.getItem("mitt").getRangeOrNullObject().load("address");
      await context.sync();
      expect(range.address).toBe("Annat!A1:B2");
      context.workbook.names.add("MITT", "=Data!$A$1");
      await expect(context.sync()).rejects.toThrow(/ItemAlreadyExists/);
      context.workbook.worksheets.getItem("Annat").delete();
      await context.sync();
    });
    expect(fake.namedItems()).toEqual([{ name: "Mitt", formula: "=#REF!$A$1:$B$2", type: "Error" }]);
  });

  it("adds, moves and deletes sheets; refuses a duplicate name or deleting the last sheet", async () => {
    const fake = small();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Ny");
      sheet.position = 0;
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(["Ny", "Data"]);
    await expect(fake.run(async (context) => {
      context.workbook.worksheets.add("data");
      await context.sync();
    })).rejects.toThrow(/ItemAlreadyExists/);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Ny").delete();
      await context.sync();
    });
    await expect(fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    })).rejects.toThrow(/at least one/);
  });

  it("hides sheets as Excel does: never the last visible one; a very hidden sheet is deleted only once made hidden", async () => {
    const fake = small();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Dold");
      sheet.visibility = "VeryHidden";
      await context.sync();
    });
    expect(fake.sheet("Dold").visibility).toBe("VeryHidden");
    await expect(fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").visibility = "Hidden";
      await context.sync();
    })).rejects.toThrow(/at least one visible/);
    await expect(fake.run(async (context) => {
      context.workbook.worksheets.getItem("Dold").delete();
      await context.sync();
    })).rejects.toThrow(/InvalidOperation/);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dold");
      sheet.visibility = "Hidden";
      sheet.delete();
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(["Data"]);
  });

  it("refuses text longer than a cell holds (32 767 characters), the apostrophe not counted", async () => {
    const fake = small();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[`'${"1".repeat(32_767)}`]];
      await context.sync();
    });
    await expect(fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2").values = [["x".repeat(32_768)]];
      await context.sync();
    })).rejects.toThrow(/InvalidArgument/);
  });

  it("takes only documented page zoom values, and a refused one stops the sync halfway (no rollback)", async () => {
    const fake = small();
    await expect(fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("C1").values = [["före"]];
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.getRange("D1").values = [["efter"]];
      await context.sync();
    })).rejects.toThrow(/InvalidArgument/);
    expect(fake.values("Data", "C1:D1")).toEqual([["före", null]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").pageLayout.zoom = { horizontalFitToPages: 1 };
      await context.sync();
    });
    expect(fake.sheet("Data").pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
  });

  it("refuses sheet changes while the workbook's structure is protected, and says so through workbook.protection", async () => {
    const fake = small();
    fake.state.protected = true;
    await fake.run(async (context) => {
      const protection = context.workbook.protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
    });
    for (const change of [
      (context: FakeRequestContext) => context.workbook.worksheets.add("Ny"),
      (context: FakeRequestContext) => context.workbook.worksheets.getItem("Data").delete(),
    ]) {
      await expect(fake.run(async (context) => {
        change(context);
        await context.sync();
      })).rejects.toThrow(/AccessDenied/);
    }
    expect(fake.sheetNames()).toEqual(["Data"]);
  });

  it("refuses every batch with GeneralException while sheet tabs are grouped, applying none of it", async () => {
    const fake = small();
    fake.addSheet("Andra");
    fake.groupSheets("Data", "Andra");
    const before = fake.snapshot();
    await expect(fake.run(async (context) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
    })).rejects.toMatchObject({ code: "GeneralException" });
    await expect(fake.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [["Ny"]];
      context.workbook.worksheets.add("Tredje");
      await context.sync();
    })).rejects.toThrow(/GeneralException/);
    expect(fake.snapshot()).toBe(before);
    fake.ungroupSheets();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [["Ny"]];
      await context.sync();
    });
    expect(fake.value("Data", "C1")).toBe("Ny");
  });

  it("refuses to end a run with operations that were never synced", async () => {
    const fake = small();
    await expect(fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
    })).rejects.toThrow(/never synced/);
    expect(fake.value("Data", "A1")).toBe("Kommun");
  });

  it("calls a sheet's change handlers after a user's edit, until removed with the same context", async () => {
    const fake = small();
    const calls: string[] = [];
    const subscription = await fake.run(async (context) => {
      const result = context.workbook.worksheets.getItem("Data").onChanged.add(async (args) => {
        calls.push(args.address);
      });
      await context.sync();
      return result;
    });
    fake.userEdit("Data", "B3", 5);
    await fake.settled();
    expect(calls).toEqual(["B3"]);
    await fake.run(subscription.context, async (context) => {
      subscription.remove();
      await context.sync();
    });
    fake.userEdit("Data", "B3", 6);
    await fake.settled();
    expect(calls).toEqual(["B3"]);
  });

  it("snapshots the same workbook identically and a changed one differently", () => {
    expect(small().snapshot()).toBe(small().snapshot());
    const changed = small();
    changed.userEdit("Data", "B2", 3);
    expect(changed.snapshot()).not.toBe(small().snapshot());
  });
});
