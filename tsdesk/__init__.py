"""TSDesk — 商业秘密保护管理桌面系统."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tsdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

APP_NAME = "TSDesk"
