"""What an export writes of another tool's target: the target an annotation is placed by, so
that the file read back places it again. No Qt."""

from __future__ import annotations

import json
from typing import Any

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.model import AnchorStatus
from viewer.annotations.readium_export import readium_export_text
from viewer.annotations.w3c import collection_from_json
from viewer.corpus import Article

PAGE = "https://news.example.com/cjk"
ARTICLE = Article("cjk", "东京消息：政府表示，共有二十二枚导弹击中两个基地。", "CJK", url=PAGE)


def annotation_item(target: object) -> dict[str, Any]:
    return {"id": "urn:uuid:00000000-0000-4000-8000-000000000008", "type": "Annotation",
            "motivation": "highlighting", "target": target}


def test_the_readium_set_keeps_the_target_of_several_that_places_the_annotation():
    """A CSS selector on another page listed first: the set held only it, and read back the
    annotation was orphaned."""
    targets = [{"source": "https://news.example.com/emoji-report",
                "selector": {"type": "CssSelector", "value": "p:nth-child(2)"}},
               {"source": PAGE, "selector": {"type": "TextQuoteSelector", "exact": "二十二枚导弹"}}]
    parsed = collection_from_json(annotation_item(targets))
    [placed] = anchor_all(parsed.annotations, [ARTICLE])
    assert placed.status is AnchorStatus.ANCHORED
    out = json.loads(readium_export_text([placed], (), set_id=parsed.collection_id, title="t"))
    assert out["items"][0]["target"]["source"] == PAGE
    [again] = anchor_all(collection_from_json(out).annotations, [ARTICLE])
    assert again.status is AnchorStatus.ANCHORED
    assert (again.start, again.end) == (placed.start, placed.end)
