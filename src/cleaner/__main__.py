"""``python -m cleaner``: the ``cleaner`` command (docs/cli.md)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
