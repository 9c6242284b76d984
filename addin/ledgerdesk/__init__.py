"""ledgerdesk 督查台账助手: merge, check and count rectification ledgers (整改台账)."""

from .merge import MergeResult, list_returns, merge_ledgers
from .problems import Problem, Report
from .schema import UnitDirectory, load_units

__version__ = "0.1.0"
__all__ = ["MergeResult", "Problem", "Report", "UnitDirectory", "list_returns", "load_units", "merge_ledgers"]
