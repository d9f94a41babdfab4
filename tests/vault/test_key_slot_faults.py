"""Key-slot file faults (issue 9 §4): the recovery key opens whatever the slot file says, the
backup copy never silently reverts a password, slot parameters are bounded and bound to the
slot, the banner is authenticated, files are owner-only, and the weak KDF is for tests only."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time

import pytest
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, read

from tsdesk.errors import VaultError
from tsdesk.models import Role
from tsdesk.services import audit as audit_service
from tsdesk.services import operators
from tsdesk.services.vault_admin import rekey
from tsdesk.vault import Vault, keys
from tsdesk.vault.keys import KeySlotFile


def _keys(path):
    return KeySlotFile.path_for(path)


def _edit_keys(path, change) -> None:
    raw = json.loads(_keys(path).read_text("utf-8"))
    change(raw)
    _keys(path).write_text(json.dumps(raw, ensure_ascii=False), "utf-8")


def _opens_with_recovery_key(opened) -> None:
    vault, actor = Vault.unlock_with_recovery_key(opened.path, opened.recovery_key)
    try:
        assert read(vault, audit_service.verify).ok
    finally:
        vault.close()


def test_recovery_key_opens_beside_another_vaults_slot_file(opened, tmp_path):
    other, _, _ = Vault.create(
        tmp_path / "other.tsdesk", company="别家", admin_name=ADMIN, admin_password="other-pass-1"
    )
    other.close()
    opened.vault.close()
    shutil.copy(_keys(tmp_path / "other.tsdesk"), _keys(opened.path))
    _opens_with_recovery_key(opened)


def test_recovery_key_opens_beside_an_altered_slot_file(opened):
    opened.vault.close()
    _edit_keys(opened.path, lambda raw: raw.update(key_check="0" * 64))
    _opens_with_recovery_key(opened)
    Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)[0].close()  # the slots themselves are fine


def test_backup_copy_never_reverts_a_password_change(opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.change_own_password(uow, ADMIN_PASSWORD, "brand-new-pass")
    opened.vault.close()
    assert _keys(opened.path).with_name(_keys(opened.path).name + ".bak").exists()
    _keys(opened.path).write_text("{ half", "utf-8")
    for password in (ADMIN_PASSWORD, "brand-new-pass"):  # the old one above all must fail
        with pytest.raises(VaultError) as caught:
            Vault.unlock(opened.path, ADMIN, password)
        assert "备份" in caught.value.message and "恢复密钥" in caught.value.message
    _opens_with_recovery_key(opened)


def test_new_recovery_key_opens_when_the_slot_file_is_lost_after_a_rekey(opened):
    new_key = rekey(opened.vault, opened.admin)
    opened.vault.close()
    _keys(opened.path).write_text("{ half", "utf-8")  # only the pre-rekey .bak is left
    Vault.unlock_with_recovery_key(opened.path, new_key)[0].close()


@pytest.mark.parametrize(
    "field, value", [("time_cost", 1_000_000), ("memory_cost", 4 * 1024 * 1024), ("parallelism", 0)]
)
def test_slot_parameters_out_of_bounds_are_refused_before_any_work(
    opened, monkeypatch, field, value
):
    opened.vault.close()

    def change(raw):
        raw["slots"][0]["protected"][field] = value

    _edit_keys(opened.path, change)
    asked = []
    real_derive = keys._derive
    monkeypatch.setattr(keys, "_derive", lambda pw, salt, p: asked.append(p) or real_derive(
        pw, salt, keys.OWASP_MINIMUM))  # fmt: skip
    started = time.monotonic()
    with pytest.raises(VaultError) as caught:
        Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    assert time.monotonic() - started < 5
    assert all(getattr(p, field) == getattr(keys.OWASP_MINIMUM, field) for p in asked), asked
    assert "恢复密钥" in caught.value.message
    _opens_with_recovery_key(opened)


def test_malformed_slot_values_get_a_message(opened):
    opened.vault.close()
    _edit_keys(opened.path, lambda raw: raw["slots"][0]["protected"].update(salt=17))
    with pytest.raises(VaultError):
        Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)


def test_slot_parameters_are_bound_to_the_wrapped_key(opened):
    slot = KeySlotFile.load(opened.path).slot_for(ADMIN)
    assert slot.protected["v"] == 2
    base = f"{keys.FORMAT}:{KeySlotFile.load(opened.path).vault_id}:{slot.id}:password:{ADMIN}"
    aad = slot.password_aad(base.encode())
    assert aad != base.encode() and str(slot.protected["time_cost"]).encode() in aad


def test_old_slot_is_rewrapped_at_its_next_unlock(opened):
    """A slot written before parameters were bound (version 1) is upgraded by a password open."""
    keyfile = KeySlotFile.load(opened.path)
    slot, private = keyfile._unwrap_private(ADMIN, ADMIN_PASSWORD)
    p = slot.protected
    params = keys.KdfParams(p["time_cost"], p["memory_cost"], p["parallelism"])
    wrapping = keys._derive(ADMIN_PASSWORD, keys._unb64(p["salt"]), params)
    base = keyfile._aad(slot.id, ADMIN, "password")
    p.pop("v")
    p["private_key"] = keys._b64(
        keys.AESGCM(wrapping).encrypt(keys._unb64(p["nonce"]), private, base)
    )
    keyfile.save()
    opened.vault.close()
    assert KeySlotFile.load(opened.path).slots_to_upgrade(ADMIN)
    Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)[0].close()
    upgraded = KeySlotFile.load(opened.path).slot_for(ADMIN)
    assert upgraded.protected["v"] == 2 and upgraded.id == slot.id
    Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)[0].close()


def test_altered_banner_is_restored_and_audited(opened):
    from tsdesk_testing import COMPANY

    opened.vault.close()
    _edit_keys(opened.path, lambda raw: raw["banner"].update(company="请致电 400-000-0000 核验"))
    vault, _ = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        assert KeySlotFile.load(opened.path).banner["company"] == COMPANY
        restored = read(
            vault,
            audit_service.page,
            audit_service.AuditFilter(action="vault.banner_restored"),
            0,
            5,
        )
        assert len(restored) == 1
    finally:
        vault.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_slot_files_are_owner_only(opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "officer1", Role.OFFICER, "officer-pass-1")  # writes a .bak too
    path = _keys(opened.path)
    for f in (path, path.with_name(path.name + ".bak")):
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f


def _default_kdf(env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("TSDESK_KDF", keys.TEST_MARKER)}
    return subprocess.run(
        [sys.executable, "-c", "from tsdesk.vault import keys; print(keys.DEFAULT_KDF)"],
        env={**clean, **env},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_weak_kdf_setting_is_ignored_outside_the_test_suite():
    outside = _default_kdf({"TSDESK_KDF": "minimum"})
    assert str(keys.KdfParams()) in outside.stdout
    assert "TSDESK_KDF" in outside.stderr
    inside = _default_kdf({"TSDESK_KDF": "minimum", keys.TEST_MARKER: "1"})
    assert str(keys.OWASP_MINIMUM) in inside.stdout and inside.stderr == ""
