#!/usr/bin/env python3
"""Render checker's HTML report in headless Chromium and save a PNG screenshot.

    python scripts/screenshot_html.py corpora/mr-deepseek-news.txt -o mr-report.png
    python scripts/screenshot_html.py report.html -o report.png --width 1280 --height 2400

A .txt argument is scanned first (`checker scan --format html`); an .html one is used as it is.
Needs Debian's chromium (`apt-get install -y chromium`; fonts-noto-core for Devanagari and
Nastaliq glyphs). Prints how many pixels of each category colour the page shows, so a run also
says whether the highlights were drawn. Exit status 2 when no Chromium is installed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--disable-dev-shm-usage")


def find_browser() -> str | None:
    env = os.environ.get("CHROMIUM")
    if env and shutil.which(env):
        return shutil.which(env)
    return next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)


def screenshot(html: Path, png: Path, width: int = 1280, height: int = 2000, timeout: float = 120,
               hits_only: bool = False) -> None:
    browser = find_browser()
    if browser is None:
        raise FileNotFoundError("no chromium found (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory(prefix="checker-chromium-") as profile:
        cmd = [browser, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
               f"--screenshot={png.resolve()}", html.resolve().as_uri() + ("#hits" if hits_only else "")]
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    if not png.exists() or png.stat().st_size == 0:
        raise RuntimeError(f"chromium wrote no screenshot (exit {proc.returncode}): "
                           f"{proc.stderr.decode(errors='replace')[-500:]}")


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """A minimal decoder for Chromium's screenshots: 8-bit RGB or RGBA, not interlaced.
    Returns width, height and one bytes row of RGB(A) per line."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, [], 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour})")
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows if bpp == 3 else [bytes(r[i] for i in range(len(r)) if i % 4 != 3) for r in rows]


def colour_counts(png: Path, colours: dict[str, str]) -> dict[str, int]:
    """How many pixels of each exact colour (#rrggbb) the screenshot has."""
    _, _, rows = read_png(png)
    wanted = {bytes.fromhex(v.lstrip("#")): k for k, v in colours.items()}
    counts = dict.fromkeys(colours, 0)
    for row in rows:
        for i in range(0, len(row), 3):
            k = wanted.get(row[i:i + 3])
            if k is not None:
                counts[k] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", help="a text file to scan, or an HTML report")
    ap.add_argument("-o", "--output", default="checker-report.png")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=2000)
    ap.add_argument("--all", action="store_true", help="show every sentence, not only those with findings")
    args = ap.parse_args(argv)
    source = Path(args.source)
    with tempfile.TemporaryDirectory(prefix="checker-html-") as tmp:
        html = source
        if source.suffix.lower() not in (".html", ".htm"):
            html = Path(tmp) / "report.html"
            proc = subprocess.run([sys.executable, "-m", "checker", "scan", "--format", "html", "--fail-on",
                                   "never", "-o", str(html), str(source)], capture_output=True, text=True)
            if proc.returncode != 0:
                print(proc.stderr.strip(), file=sys.stderr)
                return 2
        try:
            screenshot(html, Path(args.output), args.width, args.height, hits_only=not args.all)
        except FileNotFoundError as e:
            print(f"screenshot_html: {e}", file=sys.stderr)
            return 2
    from checker.report.html_report import COLOURS
    counts = colour_counts(Path(args.output), COLOURS)
    print(f"wrote {args.output}; highlight pixels per category: "
          + ", ".join(f"{k} {v}" for k, v in counts.items() if v) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
