"""`python -m reportfmt` runs the command line."""

from .cli import main

main()
