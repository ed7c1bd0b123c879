"""The list-marker convention every part reads: ingest owns it (the readers keep the author's marker
in the text; nlp strips it to read an item; the Word writer turns it back into a bullet style)."""
from __future__ import annotations

import re

SYMBOLS = "-*•·▪◦‣●○■□➢✓"
# a symbol bullet only ("• text", "- text")
SYMBOL_BULLET = re.compile(rf"^[{re.escape(SYMBOLS)}]\s+")
# any list marker at the start of a line: a symbol, "1." / "(1)" / "1)", or "a." / "(a)"
BULLET = re.compile(rf"^\s*(?:[{re.escape(SYMBOLS)}]|\(?\d{{1,3}}[.)]|\(?[a-z][.)])\s+")
