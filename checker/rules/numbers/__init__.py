"""NUM: numbers garbled by machine translation."""
from .mixed_digit_scripts import MixedDigitScripts

RULES = [MixedDigitScripts]
