"""``python -m inquiry_tracker.gui [--db URL] [--view VIEW] [--lang en]``: run the desktop app."""

import sys

from inquiry_tracker.gui.app import main

sys.exit(main())
