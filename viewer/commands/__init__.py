"""Subcommands of `parallax`, one module each (`add_arguments`, `run`).

Placeholder from the figures branch until the job layer's registry lands on main: on a merge,
keep that version and register `figures` in it with one line.
"""
