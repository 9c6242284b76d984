"""The one exception a clerk is shown: its message is Chinese and says what to do.

Every condition that stops a job — a folder that is not there, a file open in Excel, a setting
that cannot be read, a template with a wrong placeholder — raises a subclass. The command line
prints the message on one line and exits with ``exit_code``; the Excel buttons show it in a
message box. Anything else is a bug and is reported as one.
"""

from __future__ import annotations


class LedgerdeskError(Exception):
    """Work cannot start or continue; ``str(exc)`` is the Chinese message for the clerk."""

    exit_code = 2
