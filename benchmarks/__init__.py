"""Benchmarks of Parallax, run by hand (results in docs/benchmarks.md).

A regular package, not a namespace one: `pysbd` installs a stray top-level `benchmarks` package
into site-packages, and a namespace package would lose to it on `import benchmarks.synthetic`.
"""
