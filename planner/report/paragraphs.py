"""A reportlab Paragraph that does not run the markup parser for text it has seen or plain text.

reportlab parses every Paragraph's text with an HTML parser; in a 200-deal plan that
was half the time spent building the story. :class:`Para` lays out exactly as
``Paragraph`` does (it is one), but gets its fragments

- for plain text (no tag, no entity): straight from the style, as the parser would
  make them (one fragment in the style's face, colour and size carrying the text);
- for markup: from a cache of parses by the markup's shape, its tags with a placeholder
  for each run of text between them (user text inside the report's own colours and
  faces: a task and "Required", a correction and its date). The parser turns each run of
  text between tags into one fragment's text unchanged, so the runs are put back into
  the shape's fragments. Markup with an entity (``&amp;``), a tag other than the report's
  own (font, b, i, br), a stray bracket or a private-use character is parsed whole, and
  cached too.

Each paragraph gets its own fragment objects: reportlab writes layout notes on them. Text
already as reportlab's whitespace cleaning would leave it (nearly all) skips that cleaning.
"""

from __future__ import annotations

import functools
import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag, ParaParser

__all__ = ["Para"]


class Para(Paragraph):
    def _setup(self, text, style, bullet_text, frags, cleaner):  # reportlab's (positional) arguments
        if frags is not None or cleaner is not cleanBlockQuotedText:
            super()._setup(text, style, bullet_text, frags, cleaner)
            return
        if not isinstance(text, str) or _UNCLEAN.search(text):
            text = cleaner(text)  # else the text is as reportlab's cleaning would leave it
        if text and "<" not in text and "&" not in text:
            frags = [_plain(style, self.caseSensitive, text)]
        else:
            parsed = _by_shape(text, style, self.caseSensitive)
            if parsed is None:  # let reportlab raise its own error for broken markup
                super()._setup(text, style, bullet_text, None, cleaner)
                return
            style, frags, bullet = parsed
            if bullet:
                bullet_text = bullet
        textTransformFrags(frags, style)
        self.text = text
        self.frags = frags
        self.style = style
        self.bulletText = bullet_text
        self.debug = 0

    def wrap(self, availWidth, availHeight):
        """As Paragraph.wrap; asked again at the width it was last broken for, the lines
        it broke then stand (a table cell is wrapped to measure the table, to split it and
        to draw it, always at its column's width).

        The lines depend on the width, the style and the fragments only; reportlab drops
        or replaces them (``blPara``, ``frags``) when they no longer hold, and then they
        are broken afresh.
        """
        memo = self.__dict__.get("_plan_wrapped")
        if (memo is not None and memo[0] == availWidth and memo[1] is self.frags and memo[2] is self.style
                and memo[3] is self.__dict__.get("blPara")):
            self.width = availWidth
            self.height = memo[4]
            return availWidth, memo[4]
        shared = self._shared_key(availWidth)
        broken = _BROKEN.get(shared) if shared is not None else None
        if broken is not None:  # the same short text in the same style and width: the same lines
            self.width, self._wrapWidths, self.blPara, height = availWidth, broken[0], broken[1], broken[2]
            self.height = height
            self._plan_wrapped = (availWidth, self.frags, self.style, broken[1], height)
            return availWidth, height
        width, height = super().wrap(availWidth, availHeight)
        blpara = self.__dict__.get("blPara")
        if blpara is not None:
            self._plan_wrapped = (availWidth, self.frags, self.style, blpara, height)
            if shared is not None:
                if len(_BROKEN) >= _BROKEN_MAX:
                    _BROKEN.clear()
                _BROKEN[shared] = (self._wrapWidths, blpara, height)
        return width, height

    def _shared_key(self, width: float) -> tuple | None:
        """What a short paragraph's lines depend on, when nothing else (None: break them here).
        A heading, a label or a stage's name recurs on every deal: broken once per document
        width, the lines read (never changed) by each paragraph that shows it."""
        if not isinstance(self.text, str) or len(self.text) > _SHARED_TEXT or self.debug:
            return None
        if not self.__dict__.keys().isdisjoint(_DRAWING_EXTRAS) or not isinstance(self.bulletText, str | None):
            return None
        for frag in self.frags:
            if getattr(frag, "link", None) or getattr(frag, "cbDefn", None) or getattr(frag, "us_lines", None):
                return None
        return type(self), self.text, self.style, self.bulletText, width

    def draw(self) -> None:
        """As Paragraph.draw; a paragraph printed a second time (the same text in the same
        style and width: a stage's name, "Open tasks", "Reached") becomes a PDF form then,
        drawn once and placed wherever it recurs."""
        key = self._recurring_key()
        if key is None:
            super().draw()
            return
        canvas = self.canv
        forms: dict[tuple, str] = canvas.__dict__.setdefault("_planner_paragraphs", {})
        name = forms.get(key)
        if name is None:
            forms[key] = ""  # seen once: drawn as it is
            super().draw()
            return
        if not name:
            made: list[str] = canvas.__dict__.setdefault("_planner_paragraph_forms", [])
            name = forms[key] = f"PlannerPara{len(made)}"  # numbered per document: builds repeat
            made.append(name)
            canvas.beginForm(name, -_FORM_MARGIN, -_FORM_MARGIN, self.width + _FORM_MARGIN,
                             self.height + _FORM_MARGIN)
            super().draw()
            canvas.endForm()
        canvas.doForm(name)

    def _recurring_key(self) -> tuple | None:
        """What the drawing depends on, when it depends on nothing else (None: draw it as it is)."""
        if (not isinstance(self.text, str) or self.debug or not isinstance(self.bulletText, str | None)
                or not self.__dict__.keys().isdisjoint(_DRAWING_EXTRAS)):
            return None  # a part of a split paragraph, or one with reportlab's extras
        for frag in self.frags:
            if getattr(frag, "link", None) or getattr(frag, "cbDefn", None) or getattr(frag, "us_lines", None):
                return None  # a link needs the page; an image or a line: draw as it is
        return type(self), self.text, self.style, self.width, self.height, self.bulletText


# what reportlab's cleanBlockQuotedText changes: whitespace other than single inner spaces
# (Python's whitespace, which includes the no-break space it keeps, and the zero-width space
# it strips); text without any is returned as it is
_UNCLEAN = re.compile("^ | $|  |[^\\S ]|\u200b")
# what Paragraph.draw reads beyond the text, style, width, height and bullet: set, the
# paragraph is drawn as it is
_DRAWING_EXTRAS = frozenset({"autoLeading", "_offsets", "_JustifyLast", "_splitpara"})
_SHARED_TEXT = 120  # characters: longer paragraphs are a user's own text, seldom repeated
_BROKEN_MAX = 4096  # lines kept for reuse, forgotten all at once beyond this
_BROKEN: dict[tuple, tuple] = {}
_FORM_MARGIN = 200.0  # room around a paragraph's box in its form (a bullet, a descender)
_TAG = re.compile(r"<[^>]*>")
_OWN_TAG = re.compile(r"</?(?:font|b|i|br)\b[^<>]*>")
_PRIVATE = re.compile("[\ue000-\uf8ff]")
_FIRST_MARK = 0xE000


def _by_shape(text: str, style: ParagraphStyle, case_sensitive: int) -> tuple | None:
    """(style, fragments, bullet fragments) for markup, each fragment a fresh copy."""
    tags = _TAG.findall(text)
    runs = _TAG.split(text)
    if ("&" in text or _PRIVATE.search(text) or len(runs) > 4096 or not all(_OWN_TAG.fullmatch(t) for t in tags)
            or any("<" in run or ">" in run for run in runs)):  # a stray bracket: the parser decides
        parsed = _parsed(text, style, case_sensitive)
        if parsed is None:
            return None
        found, frags, bullet = parsed
        return found, [_fresh(f) for f in frags], [_fresh(f) for f in bullet] if bullet else None
    shape: list[str] = []
    fill: dict[int, str] = {}
    for k, run in enumerate(runs):
        if run:
            fill[_FIRST_MARK + k] = run
            shape.append(chr(_FIRST_MARK + k))
        if k < len(tags):
            shape.append(tags[k])
    parsed = _parsed("".join(shape), style, case_sensitive)
    if parsed is None:
        return None
    found, frags, bullet = parsed
    return found, [_filled(f, fill) for f in frags], [_filled(f, fill) for f in bullet] if bullet else None


def _filled(frag: ParaFrag, fill: dict[int, str]) -> ParaFrag:
    made = _fresh(frag)
    text = made.__dict__.get("text")
    if text:
        made.text = text.translate(fill)
    return made


def _fresh(frag: ParaFrag) -> ParaFrag:
    """A copy of a cached fragment: its own attributes, its own lists."""
    made = frag.__class__.__new__(frag.__class__)
    made.__dict__.update(frag.__dict__)
    for name in ("link", "us_lines"):
        value = getattr(made, name, None)
        if isinstance(value, list):
            setattr(made, name, list(value))
    return made


def _plain(style: ParagraphStyle, case_sensitive: int, text: str) -> ParaFrag:
    frag = _fresh(_template(style, case_sensitive))
    frag.text = text
    return frag


@functools.lru_cache(maxsize=256)
def _template(style: ParagraphStyle, case_sensitive: int) -> ParaFrag:
    """The fragment the parser makes for plain text in ``style`` (parsed once per style)."""
    parsed = _parse("x", style, case_sensitive)
    assert parsed is not None and len(parsed[1]) == 1 and not parsed[2] and parsed[0] is style
    return parsed[1][0]


@functools.lru_cache(maxsize=4096)
def _parsed(text: str, style: ParagraphStyle, case_sensitive: int) -> tuple | None:
    parsed = _parse(text, style, case_sensitive)
    if parsed is None:
        return None
    found_style, frags, bullet = parsed
    return found_style, tuple(frags), tuple(bullet) if bullet else None


def _parse(text: str, style: ParagraphStyle, case_sensitive: int) -> tuple | None:
    parser = ParaParser()
    parser.caseSensitive = case_sensitive
    found_style, frags, bullet = parser.parse(text, style)
    if frags is None:
        return None
    return found_style, frags, bullet
