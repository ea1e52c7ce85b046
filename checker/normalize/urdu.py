"""Arabic-script unification for matching Urdu: what each code point becomes, and why."""

# Arabic letters that look like Urdu ones; MT and old keyboards produce them.
LETTERS = {
    "\u0643": ("\u06a9", "arabic-kaf"),        # ك → ک
    "\u064a": ("\u06cc", "arabic-yeh"),        # ي → ی
    "\u0649": ("\u06cc", "alef-maksura"),      # ى → ی
    "\u0647": ("\u06c1", "arabic-heh"),        # ه → ہ
}

# Arabic-Indic digits → Extended Arabic-Indic (Urdu) digits.
DIGITS = {chr(0x0660 + i): (chr(0x06F0 + i), "arabic-indic-digit") for i in range(10)}

# Removed for matching: they change how text looks, not what it spells.
REMOVED = {"\u0640": "tatweel"}
REMOVED.update({chr(c): "diacritic" for c in range(0x064B, 0x0653)})  # fathatan … sukun
REMOVED["\u0670"] = "diacritic"  # superscript alef

TABLE = {**LETTERS, **DIGITS, **{c: ("", kind) for c, kind in REMOVED.items()}}
