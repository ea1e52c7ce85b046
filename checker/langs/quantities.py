"""Words around numbers that the source-aware check needs: currencies, number words, approximations.

English (the source side) and Marathi/Urdu (the target side). Magnitude words (million, लाख, ارب…)
live in checker/langs/magnitudes.py; this table only adds what a quantity carries besides them.
Sources: standard dictionaries; Marathi and Urdu spellings and inflections were checked against
checker/data/wordfreq.{mr,ur}.tsv (डॉलर्स, रुपयांचा, ڈالرز, روپوں …).
"""
from __future__ import annotations

# Currency symbols and words → ISO code. Symbols stand before the amount ($6, ₹500, US$ 3);
# words may stand before (USD 6, Rs 500) or after it (6 dollars, 500 रुपये, ۶ ڈالر).
CURRENCY_SYMBOLS: dict[str, str] = {"$": "USD", "US$": "USD", "₹": "INR", "€": "EUR", "£": "GBP",
                                    "¥": "CNY", "₨": "PKR", "Rs.": "INR", "Rs": "INR"}
CURRENCY_WORDS: dict[str, dict[str, str]] = {
    "en": {"usd": "USD", "dollar": "USD", "dollars": "USD", "inr": "INR", "rupee": "INR",
           "rupees": "INR", "rs": "INR", "pkr": "PKR", "yuan": "CNY", "rmb": "CNY", "cny": "CNY",
           "renminbi": "CNY", "eur": "EUR", "euro": "EUR", "euros": "EUR", "gbp": "GBP",
           "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "jpy": "JPY"},
    "mr": {"डॉलर": "USD", "डॉलर्स": "USD", "डॉलरचा": "USD", "डॉलरची": "USD", "डॉलरचे": "USD",
           "डॉलरच्या": "USD", "डॉलरांचा": "USD", "डॉलरांची": "USD", "डॉलरांचे": "USD",
           "डॉलरांच्या": "USD", "डॉलर्सचा": "USD", "डॉलर्सची": "USD", "डॉलर्सचे": "USD",
           "डॉलर्सच्या": "USD", "डालर": "USD", "रुपये": "INR", "रुपए": "INR", "रुपया": "INR",
           "रुपयांचा": "INR", "रुपयांची": "INR", "रुपयांचे": "INR", "रुपयांच्या": "INR", "रुपयांत": "INR",
           "रुपयांना": "INR", "रु": "INR", "युआन": "CNY", "युवान": "CNY", "रॅन्मिन्बी": "CNY",
           "युरो": "EUR", "पौंड": "GBP", "पाउंड": "GBP", "येन": "JPY", "सीएनवाय": "CNY"},
    "ur": {"ڈالر": "USD", "ڈالرز": "USD", "ڈالروں": "USD", "روپے": "INR", "روپیہ": "INR",
           "روپیے": "INR", "روپوں": "INR", "روپئے": "INR", "یوآن": "CNY", "یوان": "CNY", "یورو": "EUR",
           "پاؤنڈ": "GBP", "ین": "JPY"},
}
# Stems whose inflections name a currency too: रुपयांवर, डॉलर्समध्ये, ڈالروں.
CURRENCY_STEMS: dict[str, dict[str, str]] = {
    "en": {},
    "mr": {"डॉलर": "USD", "डालर": "USD", "रुपय": "INR", "रुपये": "INR", "रुपए": "INR", "युआन": "CNY",
           "युरो": "EUR", "पौंड": "GBP", "पाउंड": "GBP"},
    "ur": {"ڈالر": "USD", "روپے": "INR", "روپی": "INR", "روپو": "INR", "روپئ": "INR", "یوآن": "CNY",
           "یورو": "EUR", "پاؤنڈ": "GBP"},
}
# Currencies one language names with the same word: Indian and Pakistani rupees, both "rupee".
SAME_CURRENCY = {"PKR": "INR"}

# Spelled-out numbers. A spelled number never has to match a digit, but it may stand for one:
# source `two` ~ target `2`, source `2` ~ target `दोन` / `دو`.
NUMBER_WORDS: dict[str, dict[str, float]] = {
    "en": {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
           "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
           "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
           "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "dozen": 12, "half": 0.5,
           "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
           "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "once": 1, "twice": 2,
           "single": 1, "double": 2, "triple": 3, "both": 2, "pair": 2, "couple": 2},
    "mr": {"शून्य": 0, "एक": 1, "दोन": 2, "तीन": 3, "चार": 4, "पाच": 5, "सहा": 6, "सात": 7,
           "आठ": 8, "नऊ": 9, "दहा": 10, "अकरा": 11, "बारा": 12, "तेरा": 13, "चौदा": 14, "पंधरा": 15,
           "सोळा": 16, "सतरा": 17, "अठरा": 18, "एकोणीस": 19, "वीस": 20, "तीस": 30, "चाळीस": 40,
           "पन्नास": 50, "साठ": 60, "सत्तर": 70, "ऐंशी": 80, "नव्वद": 90, "दीड": 1.5, "अडीच": 2.5,
           "पहिला": 1, "पहिली": 1, "पहिले": 1, "पहिल्या": 1, "दुसरा": 2, "दुसरी": 2, "दुसरे": 2,
           "दुसऱ्या": 2, "तिसरा": 3, "तिसरी": 3, "तिसरे": 3, "तिसऱ्या": 3, "चौथा": 4, "चौथी": 4,
           "चौथ्या": 4, "पाचवा": 5, "पाचवी": 5, "पाचव्या": 5, "दोन्ही": 2, "दोघे": 2, "दोघांना": 2,
           "तिघे": 3, "चौघे": 4, "अर्धा": 0.5, "अर्धी": 0.5, "अर्धे": 0.5, "डझन": 12, "एकदा": 1,
           "दोनदा": 2, "दुप्पट": 2, "तिप्पट": 3, "एकच": 1, "एकाच": 1, "एका": 1, "दोनच": 2},
    "ur": {"صفر": 0, "ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "چھے": 6, "سات": 7,
           "آٹھ": 8, "نو": 9, "دس": 10, "گیارہ": 11, "بارہ": 12, "تیرہ": 13, "چودہ": 14, "پندرہ": 15,
           "سولہ": 16, "سترہ": 17, "اٹھارہ": 18, "انیس": 19, "بیس": 20, "تیس": 30, "چالیس": 40,
           "پچاس": 50, "ساٹھ": 60, "ستر": 70, "اسی": 80, "نوے": 90, "سو": 100, "ڈیڑھ": 1.5,
           "ڈھائی": 2.5, "پہلا": 1, "پہلی": 1, "پہلے": 1, "دوسرا": 2, "دوسری": 2, "دوسرے": 2,
           "تیسرا": 3, "تیسری": 3, "تیسرے": 3, "چوتھا": 4, "چوتھی": 4, "چوتھے": 4, "پانچواں": 5,
           "پانچویں": 5, "دونوں": 2, "تینوں": 3, "چاروں": 4, "آدھا": 0.5, "آدھی": 0.5, "آدھے": 0.5,
           "درجن": 12, "دگنا": 2, "دوگنا": 2, "تگنا": 3,
           "یکم": 1},  # یکم the first of a month: یکم اپریل = 1 April
}
# A word before a number that adds a half: साडे ३ लाख = 3.5 lakh, ساڑھے ۳ = 3.5.
HALF_MORE = frozenset({"साडे", "ساڑھے"})

# A parenthesis that opens with one of these holds an approximate, converted amount the
# translator added: `(अंदाजे 8,720 कोटी रुपये)`, `(تقریباً ۸۷ ارب روپے)`.
APPROXIMATELY = frozenset({"अंदाजे", "अंदाजित", "सुमारे", "साधारण", "साधारणतः", "जवळपास", "अंदाज",
                           "تقریباً", "تقریبا", "قریب", "لگ", "اندازاً", "اندازا", "approx", "approximately",
                           "about", "around", "ca", "circa", "roughly", "nearly", "almost", "~", "≈",
                           "i.e", "ie", "equivalent", "or"})

# Marathi number words take case endings: `क्रमांक एकचा`, `दोघांचा`, `तिघांना`, `पाचला`.
NUMBER_WORD_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": (), "ur": (),
    "mr": ("चा", "ची", "चे", "च्या", "ला", "ना", "ने", "नी", "त", "ही", "च", "पैकी", "मध्ये"),
}
# English tens that take a unit after them: `twenty four`, `twenty-four` = 24.
ENGLISH_TENS = frozenset(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))

# Roman numerals of an English source (`type-II`, `Phase III`, `World War I`): the target writes
# digits (`प्रकार २`, `مرحلہ 3`). `I` alone is the pronoun: a numeral only after a hyphen or one of
# ROMAN_CONTEXT.
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
         "XI": 11, "XII": 12}
ROMAN_CONTEXT = frozenset(("type", "phase", "class", "stage", "grade", "level", "part", "war", "chapter",
                           "category", "schedule", "article", "tier", "volume", "book", "section"))

# Words joining the numbers of a list that shares one magnitude word at its end
# (`3.1, 2.94 and 2.52 million`, `२ ते ३ लाख`, `۲ سے ۳ لاکھ`).
LIST_JOINERS = frozenset(("and", "or", "to", "आणि", "व", "किंवा", "ते", "अथवा", "اور", "یا", "سے", "تا", "و"))

# Clock times: words after a time (`3 p.m.`, `३ वाजता`, `۳ بجے`, `10:00 GMT`), and the English
# ones that say morning or afternoon (a native time of day, `रात्री 2 वाजता`, may mean either).
CLOCK_AFTER = frozenset(("am", "a.m", "pm", "p.m", "noon", "midnight", "hrs", "gmt", "utc", "ist", "pkt", "cet",
                         "est", "edt", "bst", "o'clock", "वाजता", "वाजले", "वाजून", "वाजल्यापासून", "वाजेपर्यंत",
                         "बजे", "بجے"))
MERIDIEM: dict[str, bool] = {"am": False, "a.m": False, "pm": True, "p.m": True}
