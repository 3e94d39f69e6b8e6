"""The frozen app's entry point: the same command line as ``rakdesk``."""

import multiprocessing
import sys

from rakdesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
