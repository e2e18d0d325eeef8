"""Figures: counted quantities (numbers of missiles, people killed, troops ...) across articles.

One module per job: `values` (a figure's value and qualifier), `compatibility` (when two values
can both be true), `numbers` (numbers in digits and words), `qualifiers` ("more than", "some"),
`things` (the counted thing and the outcome), `places` ("in Turkey"), `attribution` (who a
sentence credits), `sentences` (sentence spans), `extraction` (the figures of one article),
`grouping` (rows across articles), `corpus` (both, for a set of articles), `report` (the
command's JSON and table), `table` (what the Figures dock shows). No Qt anywhere; the
libraries (simplemma, text2num) load on first use.
"""
