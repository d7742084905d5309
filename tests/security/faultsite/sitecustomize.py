"""Applies ``$PEERDESK_FAULT`` in every Python process of a deliberate-fault run.

test_deliberate_faults.py puts this folder on PYTHONPATH, so the command-line children
(``python -m peerdesk …``) run with the fault too, not only the test process.
"""

import os
import sys
from pathlib import Path

if os.environ.get("PEERDESK_FAULT"):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from _faults import apply_fault_from_env

    apply_fault_from_env()
