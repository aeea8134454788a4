"""`bilagor serve`: the archive in a web browser (Starlette app, Jinja2 templates, a stylesheet).

Needs the `web` extra; `bilagor.cli.serve_cmd` checks for it before importing anything here.
"""
