Attribute VB_Name = "LedgerdeskRibbon"
' The ribbon callback of the ledgerdesk tab (addin/xlam/customUI.xml).
' Every button carries a tag; the Python side (ledgerdesk.excel.on_button) decides what it does,
' so a new button needs no new VBA. This file is ASCII: the VBA project's code page is 1252.
Option Explicit

Public Sub LedgerdeskButton(control As IRibbonControl)
    RunPython "import ledgerdesk.excel; ledgerdesk.excel.on_button('" & control.Tag & "')"
End Sub
