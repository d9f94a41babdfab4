"""涉密载体与涉密区域: carriers, their movements and seals, secret areas, stock-takes."""

from tsdesk.capabilities import Capability, SettingDef

CAPABILITY = Capability(
    key="carriers",
    order=30,
    pages=(
        "tsdesk.ui.carriers.carriers:CarriersPage",
        "tsdesk.ui.carriers.stocktake:StockTakePage",
    ),
    commands=("tsdesk.commands.carriers",),
    services=(
        "tsdesk.services.carriers",
        "tsdesk.services.areas",
        "tsdesk.services.stocktake",
    ),
    settings=(
        SettingDef("carrier_number_pattern", "ZT-{year}-{seq:04}", "vault"),
        SettingDef("area_number_pattern", "QY-{seq:03}", "vault"),
    ),
    demo="tsdesk.demo.carriers:populate",
)
