"""`python -m bilagor.cli`: the `bilagor` command without its console script.

`python -m bilagor` does the same through launcher/__main__.py, installed as
bilagor/__main__.py with no __init__.py, so `bilagor` stays a namespace.
"""

from bilagor.cli.app import main

if __name__ == "__main__":
    main()
