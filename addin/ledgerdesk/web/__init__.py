"""The web front end (``ledgerdesk serve``, 打开网页版): the ribbon's buttons in a page served on
127.0.0.1, for a clerk with no Excel (WPS 表格, 信创 desktops). Like cli.py and excel.py it is thin:
a click becomes one job verb of jobs.py (actions.py), and the page shows what the verb returns.

guard.py keeps the local server to its clerk (token, Host and Origin, folders); store.py reads and
saves the same settings file the console workbook or TOML holds; app.py is the Starlette
application; serve.py starts it (uvicorn) and opens the browser. See docs/web.md.
"""
