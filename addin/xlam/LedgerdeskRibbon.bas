Attribute VB_Name = "LedgerdeskRibbon"
' The ribbon callback of the ledgerdesk tab (addin/xlam/customUI.xml).
' Every button carries a tag; the Python side (ledgerdesk.excel.on_button) decides what it does,
' so a new button needs no new VBA. Before Python runs, Ready checks what would otherwise end in
' a VBA error dialog or an xlwings traceback and says in Chinese what to do: first what needs no
' setting (help, Protected View, no workbook, another workbook), then the installation (no config
' file, no Python, ledgerdesk gone). Any error left, here or in xlwings, is a Chinese message too.
' The texts come from Msg, which `ledgerdesk addin build` appends from ledgerdesk/addin.py
' (MESSAGES) as ChrW codes: this file is ASCII, as the VBA project's code page (1252) needs.
' GetConfig, FileExists, SheetExists and RunPython are xlwings' (the xlwings module, BSD-3); with
' PROJECT_NAME = "ledgerdesk" and source "user", GetConfig reads only
' %USERPROFILE%\.ledgerdesk\ledgerdesk.conf, the file `ledgerdesk addin install` writes.
Option Explicit

Public Sub LedgerdeskButton(control As IRibbonControl)
    On Error GoTo Failed
    If Not Ready(control.Tag) Then Exit Sub
    RunPython "import ledgerdesk.excel; ledgerdesk.excel.on_button('" & control.Tag & "')"
    Exit Sub
Failed:
    MsgBox Msg("failed") & Err.Description & vbLf & Msg("failed-todo"), vbExclamation, Msg("title")
End Sub

Private Function Ready(ByVal tag As String) As Boolean
    Dim openConsole As Boolean, console As String
    If tag = "help" Then
        MsgBox Msg("help"), vbInformation, Msg("title")
        Exit Function
    End If
    ' In Protected View ActiveWorkbook is Nothing too: told before "no workbook".
    If Not Application.ActiveProtectedViewWindow Is Nothing Then
        MsgBox Msg("protected"), vbExclamation, Msg("title")
        Exit Function
    End If
    If ActiveWorkbook Is Nothing Then
        openConsole = True
    ElseIf Not SheetExists(ActiveWorkbook, Msg("settings-sheet")) Then
        If MsgBox(Msg("not-console"), vbYesNo + vbQuestion, Msg("title")) <> vbYes Then Exit Function
        openConsole = True
    End If
    If Not Installed() Then Exit Function
    If openConsole Then
        console = Setting("LEDGERDESK_CONSOLE")
        If console = "" Or Not FileExists(console) Then
            MsgBox Msg("no-console"), vbExclamation, Msg("title")
            Exit Function
        End If
        Workbooks.Open console
    End If
    Ready = True
End Function

Private Function Installed() As Boolean
    Dim python As String, package As String
    python = Setting("INTERPRETER_WIN")
    If python = "" Then
        MsgBox Msg("no-config"), vbExclamation, Msg("title")
        Exit Function
    End If
    If Not FileExists(python) Then
        MsgBox Msg("no-python") & vbLf & python, vbExclamation, Msg("title")
        Exit Function
    End If
    package = Setting("LEDGERDESK_PACKAGE")
    If package <> "" And Not FileExists(package) Then
        MsgBox Msg("no-package"), vbExclamation, Msg("title")
        Exit Function
    End If
    Installed = True
End Function

Private Function Setting(ByVal key As String) As String
    ' From the user's ledgerdesk.conf only: no sheet of, or file beside, whatever workbook is active.
    Setting = GetConfig(key, "", "user")
End Function
