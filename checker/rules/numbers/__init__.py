"""NUM: numbers garbled by machine translation."""
from .arabic_indic_digits import ArabicIndicDigits
from .broken_digit_grouping import BrokenDigitGrouping
from .dangling_decimal_point import DanglingDecimalPoint
from .doubled_magnitude_word import DoubledMagnitudeWord
from .english_magnitude_word import EnglishMagnitudeWord
from .english_ordinal_suffix import EnglishOrdinalSuffix
from .inconsistent_number_format import InconsistentNumberFormat
from .lost_leading_digits import LostLeadingDigits
from .mixed_digit_scripts import MixedDigitScripts
from .source_number_mismatch import SourceNumberMismatch
from .spelled_english_digit import SpelledEnglishDigit
from .wrong_digit_separator import WrongDigitSeparator

RULES = [MixedDigitScripts, BrokenDigitGrouping, WrongDigitSeparator, LostLeadingDigits,
         DanglingDecimalPoint, EnglishMagnitudeWord, DoubledMagnitudeWord, ArabicIndicDigits,
         SpelledEnglishDigit, InconsistentNumberFormat, SourceNumberMismatch, EnglishOrdinalSuffix]
