"""Figures: counted quantities (numbers of missiles, people killed, troops ...) and amounts of
money across articles.

One module per job: `values` (a figure's value and qualifier), `compatibility` (when two values
can both be true), `numbers` (numbers in digits and words), `qualifiers` ("more than", "some"),
`things` (the counted thing and the outcome), `outcomes` (the outcome a sentence states for a
figure), `scope` (figures that are not totals: "the remaining four", "each", "said one"),
`abroad` (words of the five other languages that are not counted things, and their
qualifiers), `territories` (country and people names, from babel's CLDR data), `places` ("in
Turkey", "The UK has recorded", "on Sunday"), `attribution` (who a sentence credits),
`sentences` (sentence spans, English or not), `as_of` (the time a count is given as of:
"截至2日15时30分", "so far"), `moments` (the moment such a time names, and which of two comes
first), `extraction` (the figures of one article), `money` (amounts of money and their
currency), `money_purposes` (what an amount is for), `money_mentions` (amounts as figures),
`money_rows` (their rows: one currency, one purpose), `rounding` (amounts written to different
digits),
`events` (which articles report one event, from their shared passages), `grouping` (rows
across articles, one event at a time), `updates` (which clashes are one count at two
times, and the marks a reader sees), `versions` (one source's earlier versions, shown beside
its latest, not counted), `corpus` (both, for a set of articles), `report` (the
command's JSON and table), `table` (what the Figures dock shows). No Qt anywhere; the
libraries (simplemma, text2num, babel) load on first use.
"""
