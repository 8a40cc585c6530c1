"""What an uploaded file really is: JPEG and PNG checked by their structure, never by name.

PNG is checked whole (chunk checksums, header, and the compressed pixels inflated to exactly
the size the header promises); JPEG segment by segment up to its end marker. Thumbnails need
Pillow, which also decodes every pixel; without it a photo of at most 240 px is its own
thumbnail and a larger one has none.
"""

from __future__ import annotations

import struct
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO

JPEG, PNG = "image/jpeg", "image/png"
THUMB_SIDE = 240
MAX_SIDE = 30_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# PNG colour type → (samples per pixel, allowed bit depths)
PNG_COLOURS = {0: (1, (1, 2, 4, 8, 16)), 2: (3, (8, 16)), 3: (1, (1, 2, 4, 8)), 4: (2, (8, 16)),
               6: (4, (8, 16))}  # fmt: skip
ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
         (0, 1, 1, 2))  # fmt: skip
JPEG_FRAMES = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
JPEG_ARITHMETIC = {0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
INFLATE_STEP = 1 << 20
# Signatures of what people send instead of a photo, to say what it is.
OTHER_KINDS = (
    (b"MZ", "it is a Windows program"),
    (b"\x7fELF", "it is a Linux program"),
    (b"%PDF", "it is a PDF document"),
    (b"PK\x03\x04", "it is a ZIP archive or Office document"),
    (b"GIF8", "it is a GIF image"),
    (b"#!", "it is a script"),
)


class NotAnImage(ValueError):
    """The bytes are not a JPEG or PNG that can be taken, with the reason why."""


class TooManyPixels(NotAnImage):
    """A sound header promising more pixels than accepted (found before any decoding)."""

    def __init__(self, width: int, height: int) -> None:
        super().__init__(f"{width}×{height} pixels")
        self.width, self.height = width, height


def sniff(data: bytes, max_pixels: int | None = None) -> tuple[str, int, int]:
    """(content type, width, height) of a sound JPEG or PNG; NotAnImage otherwise, and
    TooManyPixels as soon as the header says more than `max_pixels` (before inflating)."""
    if data.startswith(PNG_SIGNATURE):
        return (PNG, *_check_png(memoryview(data), max_pixels))
    if data.startswith(b"\xff\xd8\xff"):
        return (JPEG, *_check_jpeg(data, max_pixels))
    raise NotAnImage(_what_it_is(data))


def _what_it_is(data: bytes) -> str:
    for signature, what in OTHER_KINDS:
        if data.startswith(signature):
            return f"{what}, not a JPEG or PNG photo"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"hevc", b"avif"):
        return "it is a HEIC/AVIF photo; set the camera to JPEG (“most compatible”) and retake it"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "it is a WebP image; send it as JPEG or PNG"
    return "its content is not a JPEG or PNG image (whatever its name says)"


def _check_png(data: memoryview, max_pixels: int | None) -> tuple[int, int]:
    pos, idat, idat_closed, palette = len(PNG_SIGNATURE), [], False, False
    header: tuple[int, ...] | None = None
    while True:
        if pos + 12 > len(data):
            raise NotAnImage("the PNG is truncated")
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 12 + length
        if end > len(data):
            raise NotAnImage("the PNG is truncated")
        body = data[pos + 8 : end - 4]
        if zlib.crc32(data[pos + 4 : end - 4]) != struct.unpack(">I", data[end - 4 : end])[0]:
            raise NotAnImage("the PNG is damaged (a chunk checksum is wrong)")
        if header is None:
            if kind != b"IHDR" or length != 13:
                raise NotAnImage("the PNG has no valid header")
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IHDR":
            raise NotAnImage("the PNG has two headers")
        if kind == b"IDAT":
            if idat_closed:
                raise NotAnImage("the PNG image data is split")
            idat.append(body)
        elif idat:
            idat_closed = True
        palette = palette or kind == b"PLTE"
        pos = end
        if kind == b"IEND":
            break
    if pos != len(data):
        raise NotAnImage("there is other data after the end of the PNG image")
    width, height, depth, colour, compression, filtering, interlace = header
    samples, depths = PNG_COLOURS.get(colour, (0, ()))
    if depth not in depths or compression or filtering or interlace > 1:
        raise NotAnImage("the PNG header is invalid")
    _check_size(width, height, max_pixels)
    if colour == 3 and not palette:
        raise NotAnImage("the PNG has no palette")
    if not idat:
        raise NotAnImage("the PNG has no image data")
    bits, interlaced = depth * samples, interlace == 1
    expected = sum(_scanlines(width, height, bits, interlaced))
    _inflate(idat, _scanlines(width, height, bits, interlaced), expected)
    return width, height


def _check_size(width: int, height: int, max_pixels: int | None) -> None:
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        raise NotAnImage(f"its size {width}×{height} is not a photo's")
    if max_pixels is not None and width * height > max_pixels:
        raise TooManyPixels(width, height)


def _scanlines(width: int, height: int, bits: int, interlaced: bool) -> Iterator[int]:
    """The length of every scanline (filter byte included) in stream order."""
    passes = ADAM7 if interlaced else ((0, 0, 1, 1),)
    for x0, y0, dx, dy in passes:
        columns = (width - x0 + dx - 1) // dx
        rows = (height - y0 + dy - 1) // dy
        if columns > 0:
            for _ in range(max(rows, 0)):
                yield 1 + (columns * bits + 7) // 8


def _inflate(chunks: list[memoryview], lines: Iterator[int], expected: int) -> None:
    """Inflate the pixels without keeping them: exactly the promised size, valid filters."""
    inflater = zlib.decompressobj()
    produced, next_line = 0, 0  # bytes inflated so far; offset of the next row's filter byte
    try:
        for chunk in chunks:
            if inflater.eof and len(chunk):
                raise NotAnImage("there is other data after the PNG image data")
            pending: bytes | memoryview = chunk
            while pending and not inflater.eof:
                out = inflater.decompress(pending, INFLATE_STEP)
                pending = inflater.unconsumed_tail
                while next_line < min(produced + len(out), expected):
                    if out[next_line - produced] > 4:
                        raise NotAnImage("the PNG image data is damaged (bad row filter)")
                    next_line += next(lines)
                produced += len(out)
                if produced > expected:
                    raise NotAnImage("the PNG has more image data than its size")
    except zlib.error as exc:
        raise NotAnImage("the PNG image data is damaged") from exc
    if not inflater.eof or inflater.unused_data or produced != expected:
        raise NotAnImage("the PNG image data is incomplete")


def _check_jpeg(data: bytes, max_pixels: int | None) -> tuple[int, int]:
    pos, size, tables, huffman, arithmetic, scans = 2, None, False, False, False, 0
    while True:
        if pos >= len(data) or data[pos] != 0xFF:
            raise NotAnImage("the JPEG is truncated or damaged")
        while pos < len(data) and data[pos] == 0xFF:
            pos += 1
        if pos >= len(data):
            raise NotAnImage("the JPEG is truncated")
        marker = data[pos]
        pos += 1
        if marker == 0xD9:
            break
        if marker == 0x01:
            continue
        if marker in (0x00, 0xD8) or 0xD0 <= marker <= 0xD7 or pos + 2 > len(data):
            raise NotAnImage("the JPEG is truncated or damaged")
        length = int.from_bytes(data[pos : pos + 2], "big")
        if length < 2 or pos + length > len(data):
            raise NotAnImage("the JPEG is truncated")
        segment = data[pos + 2 : pos + length]
        if marker in JPEG_FRAMES:
            if size is not None:
                raise NotAnImage("the JPEG has two frame headers")
            size = _jpeg_frame(segment, max_pixels)
            arithmetic = marker in JPEG_ARITHMETIC
        elif marker == 0xDB:
            tables = True
        elif marker == 0xC4:
            huffman = True
        elif marker == 0xDA:
            if size is None or not segment or len(segment) != 4 + 2 * segment[0]:
                raise NotAnImage("the JPEG scan header is invalid")
            scans += 1
            pos = _skip_entropy(data, pos + length)
            continue
        pos += length
    if data[pos:].strip(b"\0"):  # zero padding after the end marker is harmless, not more
        raise NotAnImage("there is other data after the end of the JPEG image")
    if size is None or not scans:
        raise NotAnImage("the JPEG has no image")
    if not tables or not (huffman or arithmetic):
        raise NotAnImage("the JPEG has no decoding tables")
    return size


def _jpeg_frame(segment: bytes, max_pixels: int | None) -> tuple[int, int]:
    if len(segment) < 6:
        raise NotAnImage("the JPEG frame header is invalid")
    precision, height, width, components = struct.unpack(">BHHB", segment[:6])
    if precision not in (8, 12) or components not in (1, 3, 4):
        raise NotAnImage("the JPEG frame header is invalid")
    if len(segment) != 6 + 3 * components:
        raise NotAnImage("the JPEG frame header is invalid")
    _check_size(width, height, max_pixels)
    return width, height


def _skip_entropy(data: bytes, pos: int) -> int:
    """The position of the marker that ends a scan's coded data."""
    while True:
        found = data.find(b"\xff", pos)
        if found < 0 or found + 1 >= len(data):
            raise NotAnImage("the JPEG is truncated")
        following = data[found + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            pos = found + (1 if following == 0xFF else 2)
            continue
        return found


class DecodeBudget:
    """Memory for decoded pixels, shared by every upload of the server process.

    Decoding takes about 4 bytes a pixel (PNG) or 3 at the reduced scale a JPEG is drafted
    at; a decode reserves that much first and waits (at most `wait_seconds`) while others hold
    the budget, so that many large photos at once queue instead of exhausting memory.
    """

    def __init__(self, total_bytes: int, wait_seconds: float = 5.0) -> None:
        self.total = total_bytes
        self.wait_seconds = wait_seconds
        self._free = total_bytes
        self._changed = threading.Condition()

    @contextmanager
    def reserve(self, wanted: int) -> Iterator[None]:
        """Hold `wanted` bytes (at most the whole budget) while decoding; BudgetExhausted
        when they do not come free in time."""
        wanted = min(wanted, self.total)
        deadline = time.monotonic() + self.wait_seconds
        with self._changed:
            while self._free < wanted:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise BudgetExhausted
                self._changed.wait(left)
            self._free -= wanted
        try:
            yield
        finally:
            with self._changed:
                self._free += wanted
                self._changed.notify_all()


class BudgetExhausted(Exception):
    """Other uploads held the decoding memory for longer than a request waits."""


def decoded_bytes(content_type: str, width: int, height: int) -> int:
    """About what decoding a photo for its thumbnail takes (see `thumbnail`)."""
    if content_type == PNG:
        return width * height * 4
    scale = 1
    while scale < 8 and min(width, height) // (scale * 2) >= THUMB_SIDE:
        scale *= 2
    return (width // scale + 1) * (height // scale + 1) * 3


def thumbnail(
    data: bytes, *, content_type: str, width: int, height: int
) -> tuple[bytes | None, str | None]:
    """A thumbnail of at most 240 px per side and its type; (None, None) if none can be made.

    With Pillow every pixel is decoded (NotAnImage if that fails), so a photo that passed
    the structural check but cannot be shown is still refused.
    """
    small = max(width, height) <= THUMB_SIDE
    try:
        from PIL import Image, ImageOps
    except ImportError:
        return (data, content_type) if small else (None, None)
    try:
        with Image.open(BytesIO(data), formats=["JPEG", "PNG"]) as opened:
            opened.draft("RGB", (THUMB_SIDE, THUMB_SIDE))  # JPEG: decode at 1/2…1/8 scale
            opened.load()
            if small:
                return data, content_type
            image = ImageOps.exif_transpose(opened)
            image.thumbnail((THUMB_SIDE, THUMB_SIDE))
            if image.mode not in ("RGB", "L"):
                # Transparent screenshots get a white background, as on paper.
                rgba = image.convert("RGBA")
                image = Image.new("RGB", rgba.size, "white")
                image.paste(rgba, mask=rgba.getchannel("A"))
            out = BytesIO()
            image.save(out, "JPEG", quality=80, optimize=True)
            return out.getvalue(), JPEG
    except Exception as exc:  # Pillow raises many types on damaged input; all mean the same
        raise NotAnImage("the photo cannot be decoded (damaged or truncated)") from exc
