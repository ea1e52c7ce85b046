"""Invisible and control characters: removed or replaced for matching, always recorded."""

TABLE = {
    "\u200b": ("", "zero-width-space"),
    "\u200c": ("", "zwnj"),
    "\u200d": ("", "zwj"),
    "\u00ad": ("", "soft-hyphen"),
    "\ufeff": ("", "bom"),
    "\u2060": ("", "word-joiner"),
    "\u00a0": (" ", "no-break-space"),
    "\u202f": (" ", "no-break-space"),
}
for _c in list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)) + [0x200E, 0x200F, 0x061C]:
    TABLE[chr(_c)] = ("", "bidi-control")
