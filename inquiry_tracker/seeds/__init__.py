"""The five sample documents the ``demo`` command and a first launch import.

``expected.json`` beside them holds their golden facts (checked by the unit tests). Shipped as
package data so an installed app has its demo; :func:`seeds_folder` finds them.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def seeds_folder() -> Path:
    """The folder holding the sample ``*.txt`` documents and ``expected.json``."""
    return Path(str(files(__name__)))
