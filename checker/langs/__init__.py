"""Per-language tables (letter names, magnitude words, affixes…), one module per topic.

Each module maps a language code ("ur", "mr") to its table. Tables are data, not logic.
"""
