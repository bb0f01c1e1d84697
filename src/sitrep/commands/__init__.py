"""Command-line groups of the features built on the core (each module adds its sub-commands).

Each module defines ``add_commands(sub)`` taking argparse's sub-parsers object; the functions it
registers follow the core's conventions (thin: parse, call the library, print, return an exit code).
"""
FEATURES = ("merging", "sources", "serve")
