"""`python -m bilagor`: the `bilagor` command without its console script.

Installed as bilagor/__main__.py (pyproject's package-dir maps the `bilagor`
package to launcher/). There is no __init__.py beside it on purpose: `bilagor`
stays a namespace over extractor/, index/ and cli/.
"""

from bilagor.cli.app import main

if __name__ == "__main__":
    main()
