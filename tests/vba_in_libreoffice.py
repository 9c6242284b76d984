"""Run the built add-in's VBA in headless LibreOffice: the ribbon callback as compiled Basic.

    /usr/bin/python3 tests/vba_in_libreoffice.py SPEC.json   -> JSON on standard output

Run by tests/test_vba.py in a subprocess, with a Python that has LibreOffice's ``uno`` (Debian's
python3 with python3-uno): the test itself needs no uno, and this file imports nothing of
ledgerdesk. There is no Excel on Linux, but LibreOffice imports an .xlsm's VBA project ("Calc MS
Excel 2007 VBA XML": Basic library ``ledgerdesk`` with ``Option VBASupport 1``) and runs it with its
Basic interpreter. The callback (LedgerdeskRibbon) and xlwings' GetConfig, GetConfigFromFile,
GetFullName, SheetExists and FileExists run as they are built; only what is not Excel is stood in
for, by a harness module (LdHarness) that logs each call and answers as the scenario says:

* MsgBox (it does not block headless): logged with its buttons, title and text; a Yes/No question
  gets the scenario's answer.
* ActiveWorkbook: Nothing (no workbook open), the console workbook or another workbook, both really
  opened in LibreOffice (its Workbooks.Open does not work headless).
* Application.ActiveProtectedViewWindow: Nothing, or a window in the Protected View scenario.
* Workbooks.Open and xlwings' RunPython: logged, or made to fail (``fail``).
* GetConfig: xlwings' own, wrapped to log each key the callback reads and from which source.
* WScript.ExpandEnvironmentStrings: %VAR% expanded with Environ.
* LibreOffice Basic cannot compile ``#If``/``#Const``: resolved as 64-bit Windows Excel compiles
  them; the Mac-only Dictionary class is emptied. ``Optional x As String = ""`` loses its default
  in LibreOffice (error 13): rewritten as an Optional Variant. LibreOffice's built-in FileExists
  would win over xlwings' one: calls go to xlwings'.

Limits: Excel itself is not emulated; error texts are LibreOffice's wording; ``Input #`` garbles
non-ASCII bytes, so the config file's paths must be ASCII here (the cp936 case is
tests/test_addin.py's).

SPEC: {"xlsm": path, "home": USERPROFILE, "console": path, "other": path, "conf": where the VBA
reads ledgerdesk.conf, "scenarios": [{"tag", "active": "none"|"console"|"other", "answer":
"yes"|"no", "protected": bool, "conf": a file copied to "conf" first, or null for none,
"fail": ""|"RunPython"|"Workbooks.Open"}], "config_without_workbook": [key, ...]}.
Result: {"scenarios": [[event, ...], ...], "config_without_workbook": {key: value or "ERROR n: ..."}}
with events ["msgbox", buttons, title, text], ["answer", "yes"|"no"], ["config", key, source,
value], ["open", path], ["python", command], ["unhandled", "n: description"].
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import uno  # type: ignore[import-not-found]  # python3-uno
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

SOFFICE = "/usr/lib/libreoffice/program/soffice.bin"
LIB = "ledgerdesk"  # the VBA project's name becomes the Basic library's
WIN = {"VBA7": True, "Win64": True, "Mac": False, "MAC_OFFICE_VERSION": 0}  # 64-bit Windows Excel
ACTIVE = {"none": 0, "console": 1, "other": 2}
ANSWER = {"yes": 6, "no": 7}  # vbYes, vbNo
FIELD, RECORD = "\x1f", "\x1e"


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


# ---------------------------------------------------------------------------------------------
# What LibreOffice Basic cannot compile


def _true(expr: str, consts: dict[str, object]) -> bool:
    """A #If condition: names, =, <>, Not, And, Or, string literals."""
    py = re.sub(r"'.*$", "", expr).strip()
    py = py.replace("<>", " != ")
    py = re.sub(r"(?<![<>!=])=(?!=)", " == ", py)
    for word in ("Not", "And", "Or"):
        py = re.sub(rf"\b{word}\b", f" {word.lower()} ", py, flags=re.I)
    outside_strings = r'(?=(?:[^"]*"[^"]*")*[^"]*$)'
    py = re.sub(
        r"\b([A-Za-z_]\w*)\b" + outside_strings,
        lambda m: m.group(1) if m.group(1) in ("not", "and", "or") else f"_c({m.group(1)!r})",
        py,
    )
    return bool(eval(py, {"_c": lambda n: consts.get(n, False)}))  # the template's own #If lines


def preprocess(source: str, consts: dict[str, object]) -> str:
    """Resolve #Const/#If/#ElseIf/#Else/#End If; lines left out become empty."""
    consts = dict(consts)
    out: list[str] = []
    stack: list[list[bool]] = []  # [active, taken] per open #If
    for line in source.split("\n"):
        s = line.strip()
        active = all(f[0] for f in stack)
        branch = re.match(r"#(If|ElseIf)\s+(.*?)\s+Then\b", s, re.I)
        if s.lower().startswith("#const"):
            if active:
                name, value = re.match(r"#Const\s+(\w+)\s*=\s*(.*)", s, re.I).groups()  # type: ignore[union-attr]
                value = re.sub(r"'.*$", "", value).strip()
                consts[name] = value[1:-1] if value.startswith('"') else _true(value, consts)
        elif branch and branch.group(1).lower() == "if":
            taken = active and _true(branch.group(2), consts)
            stack.append([taken, taken])
        elif branch:
            frame = stack[-1]
            frame[0] = all(f[0] for f in stack[:-1]) and not frame[1] and _true(branch.group(2), consts)
            frame[1] = frame[1] or frame[0]
        elif re.match(r"#Else\b", s, re.I):
            stack[-1][0] = all(f[0] for f in stack[:-1]) and not stack[-1][1]
        elif re.match(r"#End\s+If\b", s, re.I):
            stack.pop()
        else:
            out.append(line if active else "")
            continue
        out.append("")
    return "\n".join(out)


def word(name: str) -> str:
    return rf"(?<![\w.]){re.escape(name)}\b"


def optional_defaults(source: str) -> str:
    """``Optional x As String = ""`` -> an Optional Variant, and x set from it in the body."""
    lines, out, i = source.split("\n"), [], 0
    proc = re.compile(r"\s*(?:(?:Public|Private|Friend)\s+)?(?:Function|Sub)\s+\w+\s*\(")
    opt = re.compile(r'Optional\s+(ByVal\s+|ByRef\s+)?(\w+)\s+As\s+(\w+)\s*=\s*("[^"]*"|[\w.]+)')
    while i < len(lines):
        start = i
        while lines[i].rstrip().endswith(" _"):
            i += 1
        signature = "\n".join(lines[start : i + 1])
        fixes = opt.findall(signature) if proc.match(signature) and "Declare" not in signature else []
        if fixes:
            signature = opt.sub(lambda m: f"Optional {m.group(2)}_opt_ As Variant", signature)
        out.append(signature)
        for _, name, kind, default in fixes:
            out.append(
                f"    Dim {name} As {kind}: If IsMissing({name}_opt_) Then {name} = {default} Else {name} = {name}_opt_"
            )
        i += 1
    return "\n".join(out)


def patch_xlwings(source: str) -> str:
    source = optional_defaults(preprocess(source, WIN))
    source = source.replace("WScript.ExpandEnvironmentStrings(", "LdExpandEnvironmentStrings(")
    for name in ("RunPython", "GetConfig", "FileExists"):  # xlwings' own renamed; the harness's wrap them
        block = re.compile(rf"^[ \t]*(?:Public\s+)?Function\s+{name}\(.*?^[ \t]*End Function", re.M | re.S)
        source = block.sub(lambda m, n=name: re.sub(word(n), f"Xlw{n}", m.group(0)), source, count=1)
    source = re.sub(word("FileExists"), "LdFileExists", source)
    return re.sub(word("ActiveWorkbook"), "LdActiveWorkbook()", source)


def patch_ribbon(source: str) -> str:
    source = re.sub(r"Application\.ActiveProtectedViewWindow\b", "LdProtectedViewWindow()", source)
    source = re.sub(word("Workbooks") + r"\.Open\b", "LdWorkbooksOpen", source)
    source = re.sub(word("ActiveWorkbook"), "LdActiveWorkbook()", source)
    source = re.sub(word("MsgBox"), "LdMsgBox", source)
    return re.sub(word("FileExists"), "LdFileExists", source)


HARNESS = r"""Option VBASupport 1
Option Explicit
Public LdLog As String
Public LdActive As Integer
Public LdProtected As Boolean
Public LdAnswer As Integer
Public LdFail As String
Public LdBooks(2) As Object

Private Sub Note(ByVal kind As String, ByVal a As String, Optional ByVal b As Variant, Optional ByVal c As Variant)
    Dim s As String
    s = kind & Chr(31) & a
    If Not IsMissing(b) Then s = s & Chr(31) & b
    If Not IsMissing(c) Then s = s & Chr(31) & c
    LdLog = LdLog & s & Chr(30)
End Sub

Public Function LdMsgBox(ByVal prompt As String, Optional ByVal buttons As Variant, Optional ByVal title As Variant) As Integer
    If IsMissing(buttons) Then buttons = 0
    If IsMissing(title) Then title = ""
    Note "msgbox", CStr(buttons), title, prompt
    LdMsgBox = vbOK
    If (buttons And 7) = vbYesNo Then
        LdMsgBox = LdAnswer
        Note "answer", IIf(LdAnswer = vbYes, "yes", "no")
    End If
End Function

Public Function LdActiveWorkbook() As Object
    Set LdActiveWorkbook = LdBooks(LdActive)
End Function

Public Function LdProtectedViewWindow() As Object
    If LdProtected Then Set LdProtectedViewWindow = ThisWorkbook Else Set LdProtectedViewWindow = Nothing
End Function

Public Sub LdWorkbooksOpen(ByVal path As String)
    If LdFail = "Workbooks.Open" Then Err.Raise 1004, "Workbooks.Open", "Workbooks.Open failed: " & path
    Note "open", path
End Sub

Public Function RunPython(PythonCommand As String)
    If LdFail = "RunPython" Then Err.Raise 1004, "RunPython", "RunPython failed"
    Note "python", PythonCommand
End Function

Public Function GetConfig(configKey As String, Optional default As Variant, Optional source As Variant) As Variant
    If IsMissing(default) Then default = ""
    If IsMissing(source) Then source = ""
    GetConfig = XlwGetConfig(configKey, default, source)
    Note "config", configKey, source, GetConfig
End Function

Public Function LdFileExists(ByVal FileSpec As String) As Boolean
    LdFileExists = XlwFileExists(FileSpec)
End Function

Public Function LdExpandEnvironmentStrings(ByVal s As String) As String
    Dim i As Long, j As Long
    i = InStr(s, "%")
    Do While i > 0
        j = InStr(i + 1, s, "%")
        If j = 0 Then Exit Do
        s = Left(s, i - 1) & Environ(Mid(s, i + 1, j - i - 1)) & Mid(s, j + 1)
        i = InStr(s, "%")
    Loop
    LdExpandEnvironmentStrings = s
End Function

Public Function LdUseWorkbook(ByVal kind As Integer, ByVal name As String) As String
    Dim i As Integer
    For i = 1 To Workbooks.Count
        If Workbooks(i).Name = name Then Set LdBooks(kind) = Workbooks(i)
    Next
    LdUseWorkbook = LdBooks(kind).Name
End Function

Public Function LdRun(ByVal tag As String, ByVal active As Integer, ByVal answer As Integer, ByVal protectedView As Boolean, ByVal fail As String) As String
    Dim c As New IRibbonControl
    LdLog = ""
    LdActive = active
    LdAnswer = answer
    LdProtected = protectedView
    LdFail = fail
    c.Tag = tag
    On Error GoTo Unhandled
    LedgerdeskButton c
    LdRun = "ran" & Chr(30) & LdLog
    Exit Function
Unhandled:
    Note "unhandled", Err.Number & ": " & Err.Description
    LdRun = "ran" & Chr(30) & LdLog
End Function

Public Function LdConfigWithoutWorkbook(ByVal key As String) As String
    LdActive = 0
    LdProtected = False
    On Error GoTo Failed
    LdConfigWithoutWorkbook = "=" & XlwGetConfig(key, "", "")
    Exit Function
Failed:
    LdConfigWithoutWorkbook = "ERROR " & Err.Number & ": " & Err.Description
End Function
"""

CONTROL_CLASS = "Option VBASupport 1\nOption ClassModule\nPublic Tag As String\nPublic Id As String\n"


# ---------------------------------------------------------------------------------------------


def start_office(profile: Path, pipe: str, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], object]:
    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                SOFFICE,
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                "--nodefault",
                f"-env:UserInstallation={uno.systemPathToFileUrl(str(profile))}",
                f"--accept=pipe,name={pipe};urp;",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    proc = start()
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(480):
        if proc.poll() == 81:  # the first start with a new profile asks to be restarted
            proc = start()
        try:
            return proc, resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.25)
    proc.kill()
    raise SystemExit("LibreOffice did not start")


def events(log: str) -> list[list[str]]:
    assert log.startswith("ran" + RECORD), f"the harness did not run: {log!r}"
    return [record.split(FIELD) for record in log.split(RECORD)[1:] if record]


def run(spec: dict, desktop: object) -> dict:
    doc = desktop.loadComponentFromURL(  # type: ignore[attr-defined]
        uno.systemPathToFileUrl(spec["xlsm"]),
        "_blank",
        0,
        (prop("Hidden", True), prop("MacroExecutionMode", 4)),
    )
    libs = doc.BasicLibraries
    libs.loadLibrary(LIB)
    lib = libs.getByName(LIB)
    assert libs.VBACompatibilityMode and "Option VBASupport 1" in lib.getByName("LedgerdeskRibbon")
    lib.replaceByName("xlwings", patch_xlwings(lib.getByName("xlwings")))
    lib.replaceByName("Dictionary", "Option VBASupport 1\nOption ClassModule\n")  # Mac only
    lib.replaceByName("LedgerdeskRibbon", patch_ribbon(lib.getByName("LedgerdeskRibbon")))
    info = uno.createUnoStruct("com.sun.star.script.ModuleInfo")
    info.ModuleType = uno.getConstantByName("com.sun.star.script.ModuleType.CLASS")
    lib.insertModuleInfo("IRibbonControl", info)
    lib.insertByName("IRibbonControl", CONTROL_CLASS)
    lib.insertByName("LdHarness", HARNESS)
    scripts = doc.getScriptProvider()

    def call(name: str, *args: object) -> str:
        script = scripts.getScript(
            f"vnd.sun.star.script:{LIB}.LdHarness.{name}?language=Basic&location=document"
        )
        result = script.invoke(args, (), ())[0]
        if not result:  # a library with a module that does not compile returns "" from every macro
            raise SystemExit(
                f"{name}: no result; a module of library {LIB} does not compile in LibreOffice Basic"
            )
        return str(result)

    books = []
    for kind in ("console", "other"):
        path = spec[kind]
        books.append(
            desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
        )  # type: ignore[attr-defined]
        call("LdUseWorkbook", ACTIVE[kind], Path(path).name)
    conf = Path(spec["conf"])
    results = []
    for s in spec["scenarios"]:
        conf.unlink(missing_ok=True)
        if s["conf"]:
            shutil.copyfile(s["conf"], conf)
        log = call(
            "LdRun", s["tag"], ACTIVE[s["active"]], ANSWER[s.get("answer", "no")], s["protected"], s["fail"]
        )
        results.append(events(log))
    if spec["config_without_workbook"]:
        shutil.copyfile(spec["config_without_workbook_conf"], conf)
    plain = {key: call("LdConfigWithoutWorkbook", key) for key in spec["config_without_workbook"]}
    for book in books:
        book.close(True)
    doc.close(True)
    return {
        "scenarios": results,
        "config_without_workbook": {k: v.removeprefix("=") for k, v in plain.items()},
    }


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    scratch = Path(tempfile.mkdtemp(prefix="vba-in-libreoffice-"))
    env = dict(os.environ, USERPROFILE=spec["home"])
    proc, ctx = start_office(scratch / "profile", f"ledgerdesk-vba-{uuid.uuid4().hex}", env)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)  # type: ignore[attr-defined]
    try:
        result = run(spec, desktop)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(scratch, ignore_errors=True)
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
