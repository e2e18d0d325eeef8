"""The job layer: one request type, one `Aligner` protocol, one module per backend.

    request.py        AlignmentRequest: everything a result depends on
    job.py            Job: the handle a backend returns (progress, cancel, result)
    aligner.py        the Aligner and Engine protocols
    in_thread.py      backend: the engine on a worker thread
    child_process.py  backend: the engine in a child process (large corpora)
    head_start.py     backend: the answer of a child forked at start-up, before Qt
    choice.py         the ONE place that decides which backend runs a request

Kept free of imports so that `viewer.jobs.head_start` can be imported (and fork) before anything
heavy is loaded.
"""
