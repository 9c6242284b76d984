Attribute VB_Name = "LedgerdeskRibbon"
' The ribbon callback of the ledgerdesk tab (addin/xlam/customUI.xml).
' Every button carries a tag; the Python side (ledgerdesk.excel.on_button) decides what it does,
' so a new button needs no new VBA. Before Python runs, Ready checks what would otherwise end in
' a VBA error dialog or an xlwings traceback (no Python, ledgerdesk gone, no workbook, Protected
' View, another workbook) and says in Chinese what to do. The texts come from Msg, which
' `ledgerdesk addin build` appends from ledgerdesk/addin.py (MESSAGES) as ChrW codes: this file is
' ASCII, as the VBA project's code page (1252) needs.
' GetConfig, FileExists, SheetExists and RunPython are xlwings' (the xlwings module, BSD-3); with
' PROJECT_NAME = "ledgerdesk" GetConfig reads %USERPROFILE%\.ledgerdesk\ledgerdesk.conf, the file
' `ledgerdesk addin install` writes.
Option Explicit

Public Sub LedgerdeskButton(control As IRibbonControl)
    If Not Ready(control.Tag) Then Exit Sub
    RunPython "import ledgerdesk.excel; ledgerdesk.excel.on_button('" & control.Tag & "')"
End Sub

Private Function Ready(ByVal tag As String) As Boolean
    On Error GoTo Failed
    Dim python As String, package As String
    python = GetConfig("INTERPRETER_WIN", "")
    If python = "" Then
        MsgBox Msg("no-config"), vbExclamation, Msg("title")
        Exit Function
    End If
    If Not FileExists(python) Then
        MsgBox Msg("no-python") & vbLf & python, vbExclamation, Msg("title")
        Exit Function
    End If
    package = GetConfig("LEDGERDESK_PACKAGE", "")
    If package <> "" And Not FileExists(package) Then
        MsgBox Msg("no-package"), vbExclamation, Msg("title")
        Exit Function
    End If
    If tag = "help" Then
        MsgBox Msg("help"), vbInformation, Msg("title")
        Exit Function
    End If
    If Not Application.ActiveProtectedViewWindow Is Nothing Then
        MsgBox Msg("protected"), vbExclamation, Msg("title")
        Exit Function
    End If
    If ActiveWorkbook Is Nothing Then
        Ready = OpenConsole()
        Exit Function
    End If
    If Not SheetExists(ActiveWorkbook, Msg("settings-sheet")) Then
        If MsgBox(Msg("not-console"), vbYesNo + vbQuestion, Msg("title")) = vbYes Then
            Ready = OpenConsole()
        End If
        Exit Function
    End If
    Ready = True
    Exit Function
Failed:
    MsgBox Msg("failed") & vbLf & Err.Description, vbExclamation, Msg("title")
    Ready = False
End Function

Private Function OpenConsole() As Boolean
    ' The control workbook install copied to the clerk's Documents folder, opened for the button.
    Dim console As String
    console = GetConfig("LEDGERDESK_CONSOLE", "")
    If console = "" Or Not FileExists(console) Then
        MsgBox Msg("no-console"), vbExclamation, Msg("title")
        Exit Function
    End If
    Workbooks.Open console
    OpenConsole = True
End Function
