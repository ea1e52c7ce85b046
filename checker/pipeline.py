"""Text → lines → normalised lines → sentences → rule findings → findings in the original file.

The names the rest of checker (and its tests and scripts) use to check a text; the work is done
in checker.engine: `lines` (one line analysed), `document` (the document rules' two passes),
`run` (a text, many files, a streamed file), on an executor (`executors`) it is handed."""
from __future__ import annotations

from .engine.lines import build_document, build_sentences, document_language, line_sentences, split_lines
from .engine.memo import Memo
from .engine.memo import clear as clear_memos
from .engine.run import check_lines, check_text

__all__ = ["Memo", "build_document", "build_sentences", "check_lines", "check_text", "clear_memos",
           "document_language", "line_sentences", "split_lines"]
