"""Sub-commands of this feature; see ``commands/__init__.py``."""
from __future__ import annotations

import argparse


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register this feature's sub-commands (none yet)."""
