"""Figures: counted quantities (numbers of missiles, people killed, troops ...) across articles.

One module per job: `values` (a figure's value and qualifier), `compatibility` (when two values
can both be true), `numbers` (numbers in digits and words), `qualifiers` ("more than", "some"),
`things` (the counted thing and the outcome), `abroad` (words of the five other languages
that are not counted things), `places` ("in Turkey"), `attribution` (who a sentence credits),
`sentences` (sentence spans, English or not), `extraction` (the figures of one article),
`events` (which articles report one event, from their shared passages), `grouping` (rows
across articles, one event at a time), `corpus` (both, for a set of articles), `report` (the
command's JSON and table), `table` (what the Figures dock shows). No Qt anywhere; the
libraries (simplemma, text2num) load on first use.
"""
