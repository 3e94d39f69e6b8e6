"""rakdesk: write, keep and print Rencana Aksi Kinerja (RAK) and IKU documents."""

import os

__version__ = "0.1.0"
APP_NAME = "rakdesk"

# openpyxl parses with lxml when lxml is installed (pyHanko brings it), and then
# not through defusedxml. rakdesk reads spreadsheets from strangers, so openpyxl
# must use the standard-library parser guarded by defusedxml. openpyxl reads
# this once, when first imported; every rakdesk module imports this package first.
os.environ["OPENPYXL_LXML"] = "False"
