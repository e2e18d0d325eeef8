"""Claim annotations: the model, re-anchoring, the W3C Web Annotation file, the store, exports.

No Qt anywhere in this package; the GUI's annotation widgets are thin views over it. Import the
modules themselves (`model`, `anchoring`, `document`, `store`, `w3c`, `claims`, `listing`, `tags`,
`export`): the package imports none of them, so each program loads only what it uses.
"""
