Attribute VB_Name = "LedgerdeskRibbon"
' The ribbon callback of the ledgerdesk tab (addin/xlam/customUI.xml).
' Every button carries a tag; the Python side (ledgerdesk.button.press) decides what it does,
' so a new button needs no new VBA. Before Python runs, Ready checks what would otherwise end in
' a VBA error dialog or an xlwings traceback and says in Chinese what to do: first what needs no
' setting (help, Protected View, no workbook, another workbook), then the installation (no config
' file, no Python, the Python a venv was made from gone, ledgerdesk gone). Any error left, here or in xlwings, is a Chinese message too.
' The texts come from Msg, which `ledgerdesk addin build` appends from ledgerdesk/addin.py
' (MESSAGES) as ChrW codes: this file is ASCII, as the VBA project's code page (1252) needs.
' GetConfig, FileExists, SheetExists and RunPython are xlwings' (the xlwings module, BSD-3); with
' PROJECT_NAME = "ledgerdesk" and source "user", GetConfig reads only
' %USERPROFILE%\.ledgerdesk\ledgerdesk.conf, the file `ledgerdesk addin install` writes.
Option Explicit

Public Sub LedgerdeskButton(control As IRibbonControl)
    On Error GoTo Failed
    If Not Ready(control.Tag) Then Exit Sub
    RunPython "import ledgerdesk.button; ledgerdesk.button.press('" & control.Tag & "')"
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
    If Not BaseFound(python) Then
        MsgBox Msg("no-base-python") & vbLf & python, vbExclamation, Msg("title")
        Exit Function
    End If
    package = Setting("LEDGERDESK_PACKAGE")
    If package <> "" And Not FileExists(package) Then
        MsgBox Msg("no-package"), vbExclamation, Msg("title")
        Exit Function
    End If
    Installed = True
End Function

Private Function BaseFound(ByVal python As String) As Boolean
    ' A venv's python.exe (...\venv\Scripts\python.exe) only starts the Python it was made from, named
    ' in ...\venv\pyvenv.cfg as "home = <folder>": when that one has been uninstalled it stops with
    ' "No Python at ..." in English. An embeddable or plain Python has no pyvenv.cfg. A home that is
    ' not ASCII is not judged: Line Input reads the UTF-8 file in the ANSI code page.
    Dim folder As String, cfg As String, text As String, home As String, f As Integer, i As Long
    BaseFound = True
    i = InStrRev(python, "\")
    If i < 2 Then Exit Function
    folder = Left(python, i - 1)
    i = InStrRev(folder, "\")
    If i < 2 Then Exit Function
    cfg = Left(folder, i) & "pyvenv.cfg"
    If Not FileExists(cfg) Then Exit Function
    f = FreeFile
    Open cfg For Input As #f
    Do While Not EOF(f)
        Line Input #f, text
        i = InStr(text, "=")
        If i > 0 Then
            If LCase(Trim(Left(text, i - 1))) = "home" Then home = Trim(Mid(text, i + 1))
        End If
    Loop
    Close #f
    If home = "" Then Exit Function
    For i = 1 To Len(home)
        If AscW(Mid(home, i, 1)) > 127 Or AscW(Mid(home, i, 1)) < 0 Then Exit Function
    Next
    If Right(home, 1) <> "\" Then home = home & "\"
    BaseFound = FileExists(home & "python.exe")
End Function

Private Function Setting(ByVal key As String) As String
    ' From the user's ledgerdesk.conf only: no sheet of, or file beside, whatever workbook is active.
    Setting = GetConfig(key, "", "user")
End Function
