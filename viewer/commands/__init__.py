"""`parallax` subcommands, one module each (`add_arguments(parser)`, `run(args) -> exit code`).

The registry of subcommands is added by the job layer (branch `jobs`); until it lands,
`viewer/cli.py` dispatches `fetch` to `viewer.commands.fetch` itself (a marked block).
"""
