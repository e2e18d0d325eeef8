"""What a Chinese or Japanese page prints above its headline or its first paragraph besides the
headline: a section's label of two Chinese characters ("特集", a special feature; "社会"), a
profile box's entry ("【地方自治体】人口約20万人の中核市。", a city's profile), a
photo's caption closing on its day and place ("... 視察する市長(4日午前、川辺市)").

Pure functions of one line, for `viewer.loading.page_furniture` (no such line is a title). A
headline in these scripts runs longer than a label, opens with a label in brackets rather than
being one ("【速報】堤防決壊で..."), ends on no full stop and names no photo's time and place.
"""

from __future__ import annotations

import re

from viewer.unspaced_scripts import HAN

_SECTION_LABEL = re.compile(f"[{HAN}]{{2}}")
"""A line of two Chinese characters alone, one word: a section's or a series' label ("特集",
"速報", "社会"). Above a line that reads as a headline it is no title; above a paragraph, or a
byline or date, it is the headline ("地震"). Three or four characters already say something, a
subject and its verb: "普京访华" (Putin visits China) above its standfirst is the headline."""


def section_label(line: str) -> bool:
    """Whether `line` is a section's label of two Chinese characters (`_SECTION_LABEL`); the
    caller asks that a headline follows it."""
    return _SECTION_LABEL.fullmatch(line) is not None


_BOX_ENTRY = re.compile(r"【[^】]{1,20}】[^【】]{1,80}。")
"""A box's entry: a term in lenticular brackets, then a sentence about it ending with a full stop
(a company's or a person's profile beside the story). A headline opening with a label in
brackets ("【速報】...") ends on no full stop."""
_CAPTION_DAY_AND_PLACE = re.compile(r"[(（]\d{1,2}日[^()（）、]{0,6}、[^()（）]{1,20}[)）]$")
"""A Japanese photo's caption closing on when and where it was taken: "(4日午前、川辺市)", the
day of the month, maybe the time of day, and the place."""
CAPTION_MAX_CHARACTERS = 120


def box_entry_or_caption(line: str) -> bool:
    """Whether `line` is a profile box's entry or a photo's caption (module docstring)."""
    if len(line) > CAPTION_MAX_CHARACTERS:
        return False
    return (_BOX_ENTRY.fullmatch(line) is not None
            or _CAPTION_DAY_AND_PLACE.search(line) is not None)
