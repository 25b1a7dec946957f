"""Hostile PDFs made at run time (tests and ``bench/hostile_load.py``): a page with megabytes of
content stream, a thousand pages.  Written byte by byte: no PDF library would make them."""

from __future__ import annotations

import zlib


def raw_pdf(contents: list[bytes]) -> bytes:
    """A minimal valid PDF, one page per content stream (Flate-compressed), Helvetica as /F1."""
    count = len(contents)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, content in enumerate(contents):
        packed = zlib.compress(content)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed))
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def line(text: str) -> bytes:
    """A content-stream line that prints ``text`` (Latin-1) in Helvetica."""
    return b"BT /F1 10 Tf 72 712 Td (%s) Tj ET\n" % text.encode("latin-1")


def content_bomb(megabytes: float) -> bytes:
    """One page whose decoded content stream is ``megabytes`` long."""
    unit = line("Quokka zaehlt Steuern und Abgaben")
    return raw_pdf([unit * int(megabytes * 2**20 / len(unit) + 1)])


def many_pages(count: int) -> bytes:
    """``count`` pages of one short line each."""
    return raw_pdf([line(f"Seite {n}") for n in range(1, count + 1)])
