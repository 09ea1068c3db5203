# Prints a one-sheet workbook to PDF with LibreOffice after adding the Jämförelse chart, which the
# command line's writer (ExcelJS) cannot write and the add-in's writer adds in Excel. Used by
# scripts/render-result-sheets.ts for the user guide's picture; needs LibreOffice's Python (python3-uno).
# Usage: /usr/bin/python3 render-chart.py <profile-url> <in.xlsx> <out.pdf> <chart.json>
import json
import subprocess
import sys
import time

import uno
from com.sun.star.awt import Rectangle
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellRangeAddress


def prop(name, value):
    return PropertyValue(name, 0, value, 0)


def connect(profile):
    pipe = "samfbilder"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation={profile}", "--headless", "--invisible", "--norestore",
                               f"--accept=pipe,name={pipe};urp;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return office, context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except Exception:
            time.sleep(0.5)
    office.kill()
    raise SystemExit("LibreOffice did not start")


def main():
    profile, source, target, spec_path = sys.argv[1:5]
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    office, desktop = connect(profile)
    try:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        sheet = doc.Sheets.getByIndex(0)

        def column(col):
            return CellRangeAddress(0, col, spec["headerRow"], col, spec["lastRow"])

        ranges = tuple(column(col) for col in [spec["categoryCol"], *spec["seriesCols"]])
        anchor = sheet.getCellByPosition(spec["anchorCol"], spec["anchorRow"]).Position
        # The add-in's chart spans 9 columns and 20 rows; about 16 × 9 cm here.
        sheet.Charts.addNewByName("Diagram", Rectangle(anchor.X, anchor.Y, 16000, 9000), ranges, True, True)
        chart = sheet.Charts.getByName("Diagram").EmbeddedObject
        chart.HasMainTitle = True
        chart.Title.String = spec["title"]
        chart.HasLegend = True
        doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "calc_pdf_Export"),))
        doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=30)


main()
