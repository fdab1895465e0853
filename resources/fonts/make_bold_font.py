"""Rebuild PlannerHeiTC-Bold.ttf from Noto Sans CJK TC Bold (a maintainer's tool).

reportlab embeds TrueType (glyf) outlines only and WenQuanYi Micro Hei has no
bold face, so the report's bold is Noto Sans CJK TC Bold, subset and converted
from CFF to TrueType. Not used at run time; needs fontTools:

    pip install fonttools
    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb noto
    python make_bold_font.py noto/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc \
        PlannerHeiTC-Bold.ttf

Takes about 30 s. The result is under the SIL OFL 1.1 (LICENSE-PlannerHeiTC-Bold.txt).
"""

from __future__ import annotations

import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

TC_FACE = 3  # NotoSansCJK-Bold.ttc: JP, KR, SC, TC, HK, then the Mono faces
FAMILY, FULL, POSTSCRIPT = "Planner Hei TC", "Planner Hei TC Bold", "PlannerHeiTC-Bold"
RANGES = [
    (0x20, 0x24F), (0x2B0, 0x2FF), (0x370, 0x3FF), (0x2000, 0x206F), (0x20A0, 0x20CF),
    (0x2100, 0x218F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2460, 0x24FF), (0x2500, 0x25FF),
    (0x2600, 0x27BF), (0x3000, 0x30FF), (0x3100, 0x312F), (0x31A0, 0x31BF), (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
]


def charset() -> set[int]:
    cps: set[int] = set()
    for encoding in ("cp950", "gb2312"):  # every Big5 and GB2312 character
        for hi in range(0x81, 0xFF):
            for lo in range(0x40, 0xFF):
                try:
                    cps.update(ord(c) for c in bytes([hi, lo]).decode(encoding))
                except UnicodeDecodeError:
                    pass
    for first, last in RANGES:
        cps.update(range(first, last + 1))
    return cps


def to_truetype(font: TTFont) -> None:
    """CFF to glyf, after fontTools' otf2ttf snippet."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    del font["CFF "]
    font.sfntVersion = "\000\001\000\000"
    font["head"].glyphDataFormat = 0
    font["head"].indexToLocFormat = 1


def rename(font: TTFont) -> None:
    """The OFL asks a modified font to carry its own name."""
    for rec in font["name"].names:
        if rec.nameID in (1, 16):
            rec.string = FAMILY
        elif rec.nameID == 4:
            rec.string = FULL
        elif rec.nameID == 6:
            rec.string = POSTSCRIPT
        elif rec.nameID == 3:
            rec.string = "1.0;" + POSTSCRIPT
        elif rec.nameID == 5:
            rec.string = f"{rec.toUnicode()}; converted to TrueType and subset for Deal Planner"


def main(source: str, target: str) -> None:
    font = TTCollection(source).fonts[TC_FACE] if source.endswith(".ttc") else TTFont(source)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.hinting = False
    options.notdef_outline = True
    options.drop_tables += ["VORG", "vhea", "vmtx", "GSUB", "GPOS", "BASE", "GDEF", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=charset())
    subsetter.subset(font)
    to_truetype(font)
    rename(font)
    font.save(target)
    print(f"{target}: {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main(*sys.argv[1:3])
