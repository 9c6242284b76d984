Attribute VB_Name = "LedgerdeskRibbon"
' The ribbon callback of the 督查台账 tab (addin/xlam/customUI.xml).
' Every button has a tag; the Python side (ledgerdesk.excel.on_button) decides what it does,
' so adding a button needs no new VBA.
Option Explicit

Public Sub LedgerdeskButton(control As IRibbonControl)
    RunPython "import ledgerdesk.excel; ledgerdesk.excel.on_button('" & control.Tag & "')"
End Sub
