# SPDX-License-Identifier: MIT
"""Entry point of the frozen exhibit (PyInstaller runs this file as __main__)."""

import sys

from kiosk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
