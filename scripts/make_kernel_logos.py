#!/usr/bin/env python3
"""Draws the SwiftRay kernel logos (Kernel/logo-32x32.png, Kernel/logo-64x64.png) with the standard library
only: an orange disc with eight white rays around a white core, anti-aliased by 4x4 supersampling.
Regenerate with `python3 scripts/make_kernel_logos.py` and then update Sources/JupyterKernel/KernelLogos.swift
(the script prints the base64 it embeds)."""
import base64
import math
import os
import struct
import zlib

ORANGE = (240, 81, 56)
WHITE = (255, 255, 255)


def colour_at(x, y):
    """RGBA of the point (x, y) in the unit square, or None (transparent)."""
    dx, dy = x - 0.5, y - 0.5
    r = math.hypot(dx, dy)
    if r > 0.48:
        return None
    angle = math.atan2(dy, dx)
    ray = abs(math.sin(4 * angle))  # eight rays
    if r < 0.12:
        return WHITE
    if 0.16 < r < 0.40 and ray < 0.22 * (0.40 - r) / 0.24 + 0.04:
        return WHITE
    return ORANGE


def render(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    c = colour_at((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                    if c is not None:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 255
            n = samples * samples
            alpha = acc[3] // n
            if alpha:
                covered = acc[3] // 255
                row += bytes([acc[0] // covered, acc[1] // covered, acc[2] // covered, alpha])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Kernel")
    for size in (32, 64):
        data = render(size)
        with open(os.path.join(here, "logo-%dx%d.png" % (size, size)), "wb") as f:
            f.write(data)
        print(size, base64.b64encode(data).decode())
