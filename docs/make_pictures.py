"""Re-render the pictures in docs/img from what `ledgerdesk run` writes for the bundled sample.

    python docs/make_pictures.py          # needs LibreOffice, poppler-utils (pdftoppm) and Pillow

LibreOffice prints the master workbook, the 通报 and the 简报 to PDF, as they would print; the
pictures are pages of those PDFs (fonts: Noto CJK stands in for 仿宋_GB2312 and 方正小标宋).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
IMG = ROOT / "docs" / "img"


def pdf_of(path: Path, out: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(path)],
        check=True,
        capture_output=True,
    )
    return out / path.with_suffix(".pdf").name


def page_png(pdf: Path, page: int, dpi: int, target: Path) -> Path:
    """One page (1-based) as a PNG."""
    stem = target.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    return target


def montage(pdf: Path, target: Path, per_row: int = 4, dpi: int = 40) -> Path:
    """Every page side by side, a grey gap between them: the document as a leader leafs through it."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = [Image.open(p) for p in sorted(Path(tmp).glob("p-*.png"))]
        w, h = pages[0].size
        rows = (len(pages) + per_row - 1) // per_row
        sheet = Image.new("RGB", (per_row * (w + 6) + 6, rows * (h + 6) + 6), (128, 128, 128))
        for n, page in enumerate(pages):
            sheet.paste(page, (6 + (n % per_row) * (w + 6), 6 + (n // per_row) * (h + 6)))
        sheet.save(target, optimize=True)
    return target


def first_page_with(pdf: Path, pattern: str) -> int:
    for n, page in enumerate(PdfReader(pdf).pages, start=1):
        if re.search(pattern, page.extract_text()):
            return n
    raise SystemExit(f"no page of {pdf.name} matches {pattern}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        run = [sys.executable, "-m", "ledgerdesk.cli", "run", "--out", str(out)]
        subprocess.run(run, cwd=ROOT, capture_output=True)
        bulletin = out / "简报.docx"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "ledgerdesk.cli",
                "brief",
                str(out / "汇总台账.xlsx"),
                "--settings",
                str(ROOT / "workbooks" / "示例设置.toml"),
                "--template",
                str(ROOT / "templates" / "简报模板.docx"),
                "--out",
                str(bulletin),
            ],
            check=True,
            capture_output=True,
        )
        report = pdf_of(next(out.glob("通报_*.docx")), out)
        brief = pdf_of(bulletin, out)
        book = pdf_of(out / "汇总台账.xlsx", out)
        IMG.mkdir(exist_ok=True)
        written = [
            page_png(report, 1, 70, IMG / "通报第1页.png"),
            page_png(report, first_page_with(report, r"0% 20% 40%"), 70, IMG / "通报完成率图.png"),
            page_png(report, len(PdfReader(report).pages), 70, IMG / "通报版记页.png"),
            montage(report, IMG / "通报全文.png"),
            montage(brief, IMG / "简报全文.png"),
            page_png(book, first_page_with(book, r"各单位整改情况统计表"), 70, IMG / "单位统计.png"),
            page_png(book, first_page_with(book, r"校验问题（截至"), 70, IMG / "校验问题.png"),
            page_png(book, 1, 70, IMG / "总台账.png"),
        ]
        for path in written:
            print(path.relative_to(ROOT), f"{path.stat().st_size // 1024} KB")
    shutil.rmtree(IMG / "__pycache__", ignore_errors=True)


if __name__ == "__main__":
    main()
