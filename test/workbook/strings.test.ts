import { describe, expect, it } from "vitest";
import { workbookText } from "../../src/strings/workbook.ts";

describe("workbookText", () => {
  it("suggests the closest municipalities", () => {
    expect(workbookText.unknownMunicipality("Gäddede", ["Gagnef", "Säter"])).toBe(
      "Okänd kommun ”Gäddede”. Menade du Gagnef eller Säter?",
    );
    expect(workbookText.unknownMunicipality("X", [])).toBe("Okänd kommun ”X”.");
    expect(workbookText.ambiguousMunicipality("Hab", ["Habo", "Håbo", "Hjo"])).toContain("Habo, Håbo eller Hjo");
  });

  it("every message is a non-empty Swedish sentence without an address (the problem list adds it)", () => {
    const messages = [
      workbookText.unknownMunicipalityCode("1917"),
      workbookText.missingMunicipality(),
      workbookText.notMunicipality("SANT"),
      workbookText.missingNumber(),
      workbookText.notNumber("abc"),
      workbookText.ambiguousSeparators("1.225.535"),
      workbookText.nonFiniteNumber(),
    ];
    for (const message of messages) expect(message).toMatch(/^[\p{Lu}”].*[.?]$/u);
  });
});
