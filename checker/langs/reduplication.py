"""Words around repetition: which may legitimately be said twice, which never are, and the
conjunctions and postpositions of "X or X" / "from X to X".

Tables for the REP rules. Reduplication (लहान लहान "small ones", آہستہ آہستہ "slowly") is ordinary
grammar in both languages; pronouns and the Urdu میں ("in" / "I") double by accident of syntax
(ते ते कसे वापरणार "how will they use it", اصل میں میں "in fact I").
"""

# Said twice on purpose: distributive, intensive or iterative reduplication.
REDUPLICATING: dict[str, frozenset[str]] = {
    "mr": frozenset("""लहान मोठे मोठ्या मोठा मोठी छोटे छोट्या हळू कधी पुन्हा जवळ जसे जसा जशी जसजसे तसे तसा
        थोडे थोडा थोडी थोड्या बरोबर वेगवेगळे वेगळे वेगळ्या गरम ताजे हलके हलक्या खूप फार अगदी मधून
        मधे आत दूर घरोघरी गावोगावी दिवस वर्ष वर्षे रोज गोड चांगले चांगल्या हो नाही नको चल चला बघ
        काय कोण कुठे कुठे कोणते कोणत्या केव्हा किती कितीतरी जे जो जी ज्या अर्धा अर्धे एक दोन वगैरे
        पटापट भराभर झटपट टप्प्याटप्प्याने ओळीने
        तीन चार पाच सहा सात आठ नऊ दहा शंभर हजार आपल्या आपापल्या आपापले स्वतःच्या
        आत्ता आताच हळूच बाजूला समोर मागे पुढे खाली इकडे तिकडे सारखे सारखा सारखी""".split()),
    "ur": frozenset("""آہستہ کبھی ساتھ بار جگہ گھر الگ دھیرے ہاں نہیں کیا کون کہاں کیسے کتنا کتنے کتنی جیسے
        تھوڑا تھوڑی تھوڑے بہت زور جلدی جلد باری ایک دو دن سال روز شہر ملک گاؤں طرح بات باتوں قطرہ
        چھوٹے چھوٹی چھوٹا بڑے بڑی بڑا اچھے اچھی نئے پرانے گرم ٹھنڈا ٹھنڈے چلو ہائے جو جس جن جہاں
        وقتاً آگے پیچھے اوپر نیچے ادھر
        تین چار پانچ چھ سات آٹھ نو دس سو ہزار اپنا اپنی اپنے اپنوں جدا
        پاس قریب دور ذرا ذرہ لمحہ پل گھڑی قدم""".split()),
}

# Participle endings: a participle said twice is iterative or "while / almost" (चलते चलते "while
# walking", देखते देखते, ٹوٹتے ٹوٹتے, करता करता, होता होता राहिला "almost happened") when the clause goes on.
PARTICIPLE_ENDINGS: dict[str, tuple[str, ...]] = {
    "mr": ("ता", "ताना", "ताच"),
    "ur": ("تے",),
}

# Pronouns and homographs that meet themselves across a phrase boundary.
HOMOGRAPHS: dict[str, frozenset[str]] = {
    "mr": frozenset("ते हे तो ती त्या ही हा जे जो की तर म्हणून तेच हेच त्याचे त्यांचे".split()),
    "ur": frozenset("میں وہ یہ کہ تو ہی اس ان جو آپ ہم وہی یہی کر".split()),
}

# Function words that no grammar says twice: doubled, they are a slip.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "mr": frozenset("""आहे आहेत होते होता होती होत्या आणि व किंवा अथवा पण परंतु मात्र ने ला ना चा ची चे च्या
        मध्ये साठी वर कडे कडून पासून पर्यंत देखील सुद्धा असे अशी असा आले गेले केले""".split()),
    "ur": frozenset("""ہے ہیں تھا تھی تھے اور یا کے کی کا کو سے نے پر لیکن مگر بھی گا گی گے رہا رہی رہے
        ہوا ہوئی ہوئے گیا گئی گئے تک لئے لیے""".split()),
}

# "X or X" and "X to X": the word between two identical words or phrases.
ALTERNATIVES: dict[str, frozenset[str]] = {
    "mr": frozenset("किंवा अथवा वा ते".split()),
    "ur": frozenset("یا تا".split()),
}
# "from X to X" with the postpositions as separate words (Urdu) or suffixes (Marathi).
FROM_TO: dict[str, tuple[str, str]] = {"ur": ("سے", "تک"), "mr": ("पासून", "पर्यंत")}

# After "X or X": words that make the second X part of another phrase, so nothing is lost:
# negation (दिसली किंवा दिसली नाही "seen or not"), comparison (ایک یا ایک سے زیادہ "one or more"),
# a genitive (لحمیات یا لحمیات کی خصوصیات "proteins or protein features").
CONTINUES_ALTERNATIVE: dict[str, frozenset[str]] = {
    "mr": frozenset("नाही नाहीत न ना पेक्षा जास्त अधिक कमी".split()),
    "ur": frozenset("نہیں نہ سے کے کی کا زیادہ کم".split()),
}
# Auxiliaries: "X or X" right before one is a complete, broken alternative (بہتر یا بہتر ہیں).
AUXILIARIES: dict[str, frozenset[str]] = {
    "mr": frozenset("आहे आहेत होते होता होती होत्या असते असतो असेल".split()),
    "ur": frozenset("ہے ہیں تھا تھی تھے ہو ہوں ہوگا ہوگی".split()),
}

# "and": "X and X" is a lost term unless a second head follows (व्यापारी आणि व्यापारी संघटना).
AND: dict[str, frozenset[str]] = {
    "mr": frozenset("आणि व".split()),
    "ur": frozenset("اور و".split()),
}
# Genitive postpositions: after "X and X" they may make the second X a modifier (X and X's other …).
GENITIVES: dict[str, frozenset[str]] = {
    "mr": frozenset(),  # Marathi's genitive is a suffix: the second X would differ
    "ur": frozenset("کے کی کا".split()),
}
# Persian suffixes Urdu writes as a word: after "X and X" they make the second X another word
# (حفظان صحت اور صحت مند "hygiene and healthy", ذمہ دار, عبادت گاہ, دوا خانہ).
COMPOUND_SUFFIXES: dict[str, frozenset[str]] = {
    "mr": frozenset(),
    "ur": frozenset("مند دار گاہ خانہ ور آور انگیز ناک گار کار باز".split()),
}
# Case words written apart: after "X and X" they close the phrase (دوا اور دوا کو): no second head.
CASE_WORDS: dict[str, frozenset[str]] = {
    "mr": frozenset("मध्ये साठी कडे कडून पासून पर्यंत वर".split()),
    "ur": frozenset("کو سے میں پر نے تک".split()),
}
# "X سے X" (کم سے کم "at least", زیادہ سے زیادہ "at most"): after "سے" a pair "سے X" said twice is
# the idiom (ہم کاروں سے کم سے کم), not a phrase repeated.
INTENSIVE_LINKS: dict[str, frozenset[str]] = {"ur": frozenset({"سے"}), "mr": frozenset()}
