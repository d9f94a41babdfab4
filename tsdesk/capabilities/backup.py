"""备份: encrypted backups, restore and restore drills (003 §7.2, §9.6.2 d–g)."""

from tsdesk.capabilities import Capability, SettingDef

CAPABILITY = Capability(
    key="backup",
    order=88,
    pages=("tsdesk.ui.admin.backup:BackupPage",),
    commands=("tsdesk.commands.backup",),
    services=("tsdesk.services.backup",),
    settings=(
        # The folder is this PC's: a USB stick's drive letter or a share mapped here.
        SettingDef("backup_folder", "", "machine"),
        SettingDef("backup_generations", 7, "vault", minimum=1, maximum=100),
        SettingDef("backup_interval_days", 1, "vault", minimum=1, maximum=90),
        SettingDef("backup_on_exit", 1, "vault", minimum=0, maximum=1),
        # 003 §9.6.2 g: a restore drill proves the backups; at least this often.
        SettingDef("backup_verify_days", 30, "vault", minimum=7, maximum=365),
    ),
)
