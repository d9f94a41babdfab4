"""标识: QR-coded confidentiality labels for carriers, on sheets and thermal printers."""

from tsdesk.capabilities import Capability, SettingDef

CAPABILITY = Capability(
    key="labels",
    order=40,
    pages=("tsdesk.ui.labels.labels:LabelsPage",),
    commands=("tsdesk.commands.labels",),
    services=("tsdesk.services.labels",),
    settings=(
        SettingDef("label_template", "A4-3x8-70x37", "vault"),  # the default label template
        # Per-printer label calibration {printer name: [right mm, down mm]}, on this PC only.
        SettingDef("printer_offsets", {}, "machine"),
    ),
    demo="tsdesk.demo.labels:populate",
)
