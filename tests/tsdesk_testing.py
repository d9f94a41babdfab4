"""Constants the tests share (imported as `from tsdesk_testing import …`; a module name no
other folder's conftest can shadow)."""

ADMIN = "admin"
ADMIN_PASSWORD = "correct-horse-1"
COMPANY = "绍兴越丰精密机械有限公司"
