"""Claim annotations: the model, re-anchoring, the W3C Web Annotation file, the store, exports.

No Qt anywhere in this package; the GUI's annotation widgets are thin views over it.
"""

from .anchoring import anchor_all, locate, reanchor, resolve_article
from .claims import ClaimCell, ClaimRow, claim_table
from .document import AnnotationDocument, default_annotation_file
from .model import (
    AnchorStatus,
    Annotation,
    AnnotationSet,
    ClaimGroup,
    ClaimRemoval,
    annotations_for_passage,
    make_annotation,
)
from .store import AnnotationFileError, load_collection, load_set, save_set
from .w3c import SCHEMA_VERSION, collection_from_json, collection_to_json

__all__ = [
    "SCHEMA_VERSION",
    "AnchorStatus",
    "Annotation",
    "AnnotationDocument",
    "AnnotationFileError",
    "AnnotationSet",
    "ClaimCell",
    "ClaimGroup",
    "ClaimRemoval",
    "ClaimRow",
    "anchor_all",
    "annotations_for_passage",
    "claim_table",
    "collection_from_json",
    "collection_to_json",
    "default_annotation_file",
    "load_collection",
    "load_set",
    "locate",
    "make_annotation",
    "reanchor",
    "resolve_article",
    "save_set",
]
