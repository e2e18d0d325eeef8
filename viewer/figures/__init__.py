"""Figures: counted quantities (numbers of missiles, people killed, troops ...) across articles.

One module per job: `values` (a figure's value and qualifier), `compatibility` (when two values
can both be true), `numbers` (numbers in digits and words), `things` (the counted thing and the
outcome), `attribution` (who a sentence credits), `sentences` (sentence spans), `extraction`
(mentions in one article), `grouping` (rows across articles), `report` (JSON and text table),
`table` (the rows and cells a view shows). No Qt anywhere; heavy libraries load lazily.
"""
