"""rakdesk: write, keep and print Rencana Aksi Kinerja (RAK) and IKU documents."""

__version__ = "0.1.0"
APP_NAME = "rakdesk"
