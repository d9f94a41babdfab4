"""设置: the settings page (each setting is declared by the capability it belongs to)."""

from tsdesk.capabilities import Capability

CAPABILITY = Capability(
    key="settings",
    order=90,
    pages=("tsdesk.ui.admin.settings:SettingsPage",),
    services=("tsdesk.services.settings",),
)
