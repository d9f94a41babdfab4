"""Create, unlock, recover, rekey: the vault's promises (issue 2 §2)."""

from __future__ import annotations

import shutil

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, COMPANY, read

from tsdesk.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    DatabaseTooNew,
    KeySlotFileMissing,
    ValidationError,
    VaultError,
    WrongPassword,
    WrongRecoveryKey,
)
from tsdesk.models import Role
from tsdesk.services import audit as audit_service
from tsdesk.services import operators
from tsdesk.vault import RECOVERY_ACTOR, Vault
from tsdesk.vault.keys import KeySlotFile, parse_recovery_key


def test_create_then_unlock_with_password(opened):
    opened.vault.close()
    vault, actor = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        assert actor.name == ADMIN and actor.role == Role.ADMIN
        assert KeySlotFile.load(opened.path).banner["company"] == COMPANY
        assert read(vault, audit_service.verify).ok
    finally:
        vault.close()


def test_recovery_key_format(opened):
    groups = opened.recovery_key.split("-")
    assert len(groups) == 8 and all(len(g) == 8 for g in groups)
    assert opened.recovery_key == opened.recovery_key.upper()


def test_wrong_password_changes_nothing(opened):
    opened.vault.close()
    before = opened.path.read_bytes()
    with pytest.raises(WrongPassword):
        Vault.unlock(opened.path, ADMIN, "not-the-password")
    with pytest.raises(WrongPassword):  # an unknown name gets the same answer
        Vault.unlock(opened.path, "nobody", ADMIN_PASSWORD)
    assert opened.path.read_bytes() == before


def test_wrong_recovery_key(opened):
    opened.vault.close()
    wrong = "-".join(["0" * 8] * 8)
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(opened.path, wrong)
    with pytest.raises(ValidationError):
        Vault.unlock_with_recovery_key(opened.path, "12345")


def test_recovery_key_opens_without_slot_file(opened):
    opened.vault.close()
    keys = KeySlotFile.path_for(opened.path)
    keys.unlink()
    keys.with_name(keys.name + ".bak").unlink(missing_ok=True)
    with pytest.raises(KeySlotFileMissing):
        Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    vault, actor = Vault.unlock_with_recovery_key(opened.path, opened.recovery_key)
    try:
        assert actor.name == RECOVERY_ACTOR and actor.role == Role.ADMIN
        # The admin gets a password slot again; the new slot file carries the banner.
        with vault.unit_of_work(actor) as uow:
            operators.reset_password(uow, ADMIN, "a-new-password")
    finally:
        vault.close()
    assert KeySlotFile.load(opened.path).banner["company"] == COMPANY
    Vault.unlock(opened.path, ADMIN, "a-new-password")[0].close()


def test_wrong_recovery_key_without_slot_file(opened):
    opened.vault.close()
    KeySlotFile.path_for(opened.path).unlink()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(opened.path, "-".join(["ABCDEF01"] * 8))


def test_plain_sqlcipher_opens_with_raw_key(opened):
    """The data is never locked in: any SQLCipher 4 tool opens it with the recovery key."""
    opened.vault.close()
    hex_key = parse_recovery_key(opened.recovery_key).hex()
    conn = sqlcipher.connect(str(opened.path))
    conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    org = conn.execute("SELECT org_name FROM company_profile").fetchone()[0]
    conn.close()
    assert {"operator", "audit_event", "company_profile"} <= names
    assert org == COMPANY


def test_rekey_invalidates_old_recovery_key_and_keeps_every_password(opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "officer1", Role.OFFICER, "officer-pass-1")
    new_key = opened.vault.rekey(opened.admin.name)
    opened.vault.confirm_rekey()  # the new key was shown and kept
    opened.vault.close()
    assert new_key != opened.recovery_key
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(opened.path, opened.recovery_key)
    Vault.unlock_with_recovery_key(opened.path, new_key)[0].close()
    # Every operator's slot was resealed without needing their password.
    Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)[0].close()
    Vault.unlock(opened.path, "officer1", "officer-pass-1")[0].close()
    # And the old key no longer opens the file with plain SQLCipher.
    conn = sqlcipher.connect(str(opened.path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{parse_recovery_key(opened.recovery_key).hex()}'\"")
    with pytest.raises(sqlcipher.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_rekey_crash_after_the_slots_were_saved_keeps_the_old_recovery_key(opened, monkeypatch):
    """Issue 9 §2: the slots were resealed, the file not yet replaced, the new key never shown.
    The old recovery key must still open, and a writer's open rolls the rekey back."""
    saved = KeySlotFile.save

    def save_then_die(self):
        saved(self)
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(KeySlotFile, "save", save_then_die)
    with pytest.raises(KeyboardInterrupt):
        opened.vault.rekey(opened.admin.name)
    opened.vault.close()
    monkeypatch.undo()
    Vault.unlock_with_recovery_key(opened.path, opened.recovery_key, read_only=True)[0].close()
    vault, _ = Vault.unlock_with_recovery_key(opened.path, opened.recovery_key)
    try:
        assert read(vault, audit_service.verify).ok
        assert vault.data_key == parse_recovery_key(opened.recovery_key)  # rolled back
    finally:
        vault.close()
    Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)[0].close()
    assert not opened.path.with_name(opened.path.name + ".rekey").exists()


def test_password_change_rewraps_only_that_slot(opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "officer1", Role.OFFICER, "officer-pass-1")
    before = {s.operator: s.to_json() for s in KeySlotFile.load(opened.path).slots}
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.change_own_password(uow, ADMIN_PASSWORD, "brand-new-pass")
    after = {s.operator: s.to_json() for s in KeySlotFile.load(opened.path).slots}
    assert after["officer1"] == before["officer1"]
    assert after[ADMIN] != before[ADMIN]
    opened.vault.close()
    Vault.unlock(opened.path, ADMIN, "brand-new-pass")[0].close()
    with pytest.raises(WrongPassword):
        Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)


def test_damaged_and_truncated_database(opened):
    opened.vault.close()
    data = opened.path.read_bytes()
    opened.path.write_bytes(data[: len(data) // 2 + 100])  # not on a page boundary
    with pytest.raises(DatabaseDamaged):
        Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    opened.path.write_bytes(data[: 4096 * 2])  # on a page boundary: the header still counts more
    with pytest.raises(DatabaseDamaged):
        Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    scrambled = bytearray(data)
    scrambled[100:4000] = bytes(3900)  # page 1 overwritten: the key is right, the file is not
    opened.path.write_bytes(bytes(scrambled))
    with pytest.raises(DatabaseDamaged):
        Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    assert opened.path.read_bytes() == bytes(scrambled)  # changed nothing


def test_missing_database(tmp_path):
    with pytest.raises(DatabaseMissing):
        Vault.unlock(tmp_path / "nope.tsdesk", ADMIN, ADMIN_PASSWORD)


def test_damaged_slot_file_is_refused_and_the_recovery_key_opens(opened):
    """The backup copy may hold a password since changed: it is never used silently."""
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "officer1", Role.OFFICER, "officer-pass-1")  # keeps a .bak
    opened.vault.close()
    KeySlotFile.path_for(opened.path).write_text("{ half a file", "utf-8")
    with pytest.raises(VaultError) as caught:
        Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    assert "恢复密钥" in caught.value.message
    Vault.unlock_with_recovery_key(opened.path, opened.recovery_key)[0].close()


def test_create_refuses_to_overwrite(opened):
    with pytest.raises(ValidationError):
        Vault.create(opened.path, company="X", admin_name="a1", admin_password="password-1")


def test_create_validates_input(tmp_path):
    with pytest.raises(ValidationError):
        Vault.create(
            tmp_path / "x.tsdesk", company=" ", admin_name="admin", admin_password="password-1"
        )
    with pytest.raises(ValidationError):
        Vault.create(tmp_path / "x.tsdesk", company="X", admin_name="admin", admin_password="short")
    assert not (tmp_path / "x.tsdesk").exists()


def test_newer_schema_is_refused(opened):
    with opened.vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    opened.vault.close()
    with pytest.raises(DatabaseTooNew) as caught:
        Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    assert "ffff_from_the_future" in caught.value.message


def test_kdf_parameters_stored_per_slot_and_at_least_owasp(opened):
    from tsdesk.vault.keys import DEFAULT_KDF, OWASP_MINIMUM, KdfParams

    assert KdfParams().memory_cost >= OWASP_MINIMUM.memory_cost
    slot = KeySlotFile.load(opened.path).slot_for(ADMIN)
    assert slot.protected["kdf"] == "argon2id"
    assert slot.protected["memory_cost"] >= OWASP_MINIMUM.memory_cost
    assert slot.protected["time_cost"] >= OWASP_MINIMUM.time_cost
    assert DEFAULT_KDF == OWASP_MINIMUM  # the test suite's cheaper setting is still the minimum


def test_slot_bound_to_its_operator(opened):
    """Copying a slot under another name must not open the vault."""
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "officer1", Role.OFFICER, "officer-pass-1")
    opened.vault.close()
    keyfile = KeySlotFile.load(opened.path)
    stolen = keyfile.slot_for(ADMIN)
    keyfile.slots = [s for s in keyfile.slots if s.operator != "officer1"]
    keyfile.slots.append(type(stolen).from_json({**stolen.to_json(), "operator": "officer1"}))
    keyfile.save()
    with pytest.raises(WrongPassword):
        Vault.unlock(opened.path, "officer1", ADMIN_PASSWORD)


def test_copy_of_database_is_still_encrypted(opened, tmp_path):
    opened.vault.close()
    copy = tmp_path / "copy.db"
    shutil.copy(opened.path, copy)
    assert not copy.read_bytes().startswith(b"SQLite format 3")
