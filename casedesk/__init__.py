"""casedesk: offline case management for immigration and human-rights advocates.

The version below is the single source of truth: packaging metadata, ``--version``
and the About dialog all read it.
"""

__version__ = "0.1.0"
