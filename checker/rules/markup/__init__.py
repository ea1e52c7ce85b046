"""TAG: inline markup of translation files (XLIFF, TMX): checked per unit by checker.formats."""
from .missing_markup import MissingInlineMarkup

RULES: list = [MissingInlineMarkup]
