"""Double-click or ``python main.py`` to start CRMDesk (same options as the ``crmdesk`` command)."""

import sys

from crmdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
