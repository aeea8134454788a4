"""`python -m bilagor.cli`: the `bilagor` command without its console script.

`bilagor` itself is a namespace (its sub-packages map to extractor/, index/
and cli/ at the repository root), so it can have no __main__.py.
"""

from bilagor.cli.app import main

if __name__ == "__main__":
    main()
