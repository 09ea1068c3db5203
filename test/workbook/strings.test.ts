import { describe, expect, it } from "vitest";
import { workbookText } from "../../src/strings/workbook.ts";

describe("workbookText", () => {
  it("suggests the closest municipalities", () => {
    expect(workbookText.unknownMunicipality("Befolkning!A5", "Gäddede", ["Gagnef", "Säter"])).toBe(
      "Befolkning!A5: Okänd kommun ”Gäddede”. Menade du Gagnef eller Säter?",
    );
    expect(workbookText.unknownMunicipality("Befolkning!A5", "X", [])).toBe("Befolkning!A5: Okänd kommun ”X”.");
    expect(workbookText.ambiguousMunicipality("A1", "Hab", ["Habo", "Håbo", "Hjo"])).toContain("Habo, Håbo eller Hjo");
  });

  it("lists counties with 'och'", () => {
    expect(workbookText.municipalitiesInSeveralCounties(["Dalarnas län", "Gävleborgs län"])).toBe(
      "Kommunerna hör till flera län: Dalarnas län och Gävleborgs län. Kontrollera att det är avsikten.",
    );
    expect(workbookText.municipalitiesInSeveralCounties(["A", "B", "C"])).toContain("A, B och C");
  });

  it("every message is a non-empty Swedish sentence citing its address", () => {
    const address = "Blad!B2";
    const messages = [
      workbookText.unknownMunicipalityCode(address, "1917"),
      workbookText.missingMunicipality(address),
      workbookText.notMunicipality(address, "SANT"),
      workbookText.unknownCounty(address, "Norrland"),
      workbookText.missingNumber(address),
      workbookText.notNumber(address, "abc"),
      workbookText.ambiguousSeparators(address, "1.225.535"),
      workbookText.nonFiniteNumber(address),
      workbookText.missingDate(address),
      workbookText.notDate(address, "Befolkning"),
    ];
    for (const message of messages) expect(message).toMatch(/^Blad!B2: [\p{Lu}”].*[.?]$/u);
    expect(workbookText.invalidRangeAddress("X")).toContain("Befolkning!A1:F17");
  });
});
