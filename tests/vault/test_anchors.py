"""Anchors outside the database (issue 17 §2 b–c, §3): a chain cut short or rewritten whole by
an insider holding the data key passes the chain check, and is caught by a head kept on paper
(the footer's QR code), in a backup's header and in the key-slot file — one test each for a
truncated and a rewritten chain."""

from __future__ import annotations

import json
import shutil

import pypdfium2
import pytest
import zxingcpp
from tsdesk_testing import invoke

from tsdesk.cli import EXIT_BROKEN
from tsdesk.services import vault_admin
from tsdesk.vault import Vault, anchors, audit
from tsdesk.vault.engine import connect_raw
from tsdesk.vault.keys import KeySlotFile

PASSWORD = "tsdesk-demo"  # every demo operator's
AUDITOR = "shenji"  # 审计员: the least powerful role, and still a slot that yields the data key


def _cli(demo, *args: str):
    return invoke("--db", str(demo.path), *args, env={"TSDESK_PASSWORD": PASSWORD})


def _insider_key(demo) -> bytes:
    """What an operator takes from their own slot with their own password (§3)."""
    return KeySlotFile.load(demo.path).unwrap_password(AUDITOR, PASSWORD)


def _printed_head(demo, tmp_path) -> str:
    """A ledger printed the ordinary way; what a phone reads from its footer's QR code."""
    out = tmp_path / "ledger.pdf"
    assert _cli(demo, "secrets", "print", "--out", str(out)).returncode == 0
    page = pypdfium2.PdfDocument(out.read_bytes())[0]
    codes = [r.text for r in zxingcpp.read_barcodes(page.render(scale=150 / 72).to_pil())]
    (payload,) = [c for c in codes if c.startswith("TSDESK:")]
    return payload


def _rows(conn):
    return conn.execute(
        "SELECT seq, ts, operator, action, entity_type, entity_id, before, after"
        " FROM audit_event ORDER BY seq"
    ).fetchall()


def truncate(demo, key: bytes, newest: int) -> None:
    """Raw SQL with the key: the newest events removed (§2 b)."""
    conn = connect_raw(demo.path, key)
    try:
        conn.execute(
            "DELETE FROM audit_event WHERE seq > (SELECT max(seq) FROM audit_event) - ?", (newest,)
        )
    finally:
        conn.close()


def rewrite(demo, key: bytes, drop_action: str = "", edit_seq: int = 0) -> None:
    """The insider of §3 with raw SQL: every event of one kind erased from history, or one
    event's text changed, everything after renumbered and every hash recomputed, as the
    chain's own code would."""
    conn = connect_raw(demo.path, key)
    try:
        rows = [list(r) for r in _rows(conn) if r[3] != drop_action]
        for row in rows:
            if row[0] == edit_seq:  # who did it: someone else
                row[2] = "nobody"
        conn.execute("BEGIN")
        conn.execute("DELETE FROM audit_event")
        prev = audit.GENESIS
        for seq, (_, ts, operator, action, etype, eid, before, after) in enumerate(rows, 1):
            body = {
                "seq": seq, "ts": ts, "operator": operator, "action": action,
                "entity_type": etype, "entity_id": eid,
                "before": json.loads(before), "after": json.loads(after),
            }  # fmt: skip
            digest = audit._digest(prev, body)
            conn.execute(
                "INSERT INTO audit_event (seq, ts, operator, action, entity_type, entity_id,"
                " before, after, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (seq, ts, operator, action, etype, eid, before, after, prev, digest),
            )
            prev = digest
        conn.execute("COMMIT")
    finally:
        conn.close()


def rewrite_slot_file_head(demo, key: bytes) -> None:
    """The thorough insider also puts the rewritten chain's head into the slot file."""
    conn = connect_raw(demo.path, key)
    try:
        seq, hash_ = conn.execute(
            "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    keyfile = KeySlotFile.load(demo.path)
    keyfile.set_head(seq, hash_, "2026-01-01T00:00:00+00:00", key)
    keyfile.save()


def _verify(demo):
    vault, _ = Vault.unlock(demo.path, AUDITOR, PASSWORD, read_only=True)
    try:
        return vault_admin.verify_all(vault)
    finally:
        vault.close()


def _check(demo, anchor_list):
    vault, _ = Vault.unlock(demo.path, AUDITOR, PASSWORD, read_only=True)
    try:
        with vault.reader() as session:
            return anchors.check(session, anchor_list)
    finally:
        vault.close()


# --- the insider attack of §3, end to end through the command line --------------------------


def test_insider_rewrite_passes_the_chain_and_fails_against_a_printed_page(demo, tmp_path):
    payload = _printed_head(demo, tmp_path)
    assert _cli(demo, "audit", "verify", "--anchor", payload).returncode == 0
    key = _insider_key(demo)
    # Hide who printed what: every print event goes, the chain is rehashed, and the slot file
    # is given the new head too. Nothing inside the PC contradicts the new history …
    rewrite(demo, key, "print.ledger")
    rewrite_slot_file_head(demo, key)
    plain = _cli(demo, "audit", "verify")
    assert plain.returncode == 0, plain.stderr
    assert "审计链完整" in plain.stdout and "数据与审计记录一致" in plain.stdout
    # … but the page printed before does: its head is no longer in the chain.
    anchored = _cli(demo, "audit", "verify", "--anchor", payload)
    assert anchored.returncode == EXIT_BROKEN
    seq = payload.split(":")[1]
    assert "锚点不符" in anchored.stderr and f"#{seq}" in anchored.stderr


# --- paper ----------------------------------------------------------------------------------


def test_paper_head_catches_a_truncated_chain(demo, tmp_path):
    payload = _printed_head(demo, tmp_path)
    truncate(demo, _insider_key(demo), 1)  # the print event itself, the newest
    (found,) = _check(demo, [anchors.parse(payload)])
    assert found.problem == anchors.SHORTER
    ran = _cli(demo, "audit", "verify", "--anchor", payload)
    assert ran.returncode == EXIT_BROKEN and "已没有第" in ran.stderr


def test_paper_head_catches_a_rewritten_chain(demo, tmp_path):
    payload = _printed_head(demo, tmp_path)
    rewrite(demo, _insider_key(demo), edit_seq=5)
    (found,) = _check(demo, [anchors.parse(payload)])
    assert found.problem == anchors.DIFFERENT


def test_the_footer_text_is_an_anchor_too(demo, tmp_path):
    """Without a scanner: `审计链 #SEQ HASH12` typed from the printed footer."""
    payload = _printed_head(demo, tmp_path)
    _, seq, full = payload.split(":")
    typed = f"审计链 #{seq} {full[:12].lower()}"
    assert _check(demo, [anchors.parse(typed)])[0].ok
    rewrite(demo, _insider_key(demo), edit_seq=5)
    assert _check(demo, [anchors.parse(typed)])[0].problem == anchors.DIFFERENT


@pytest.mark.parametrize("text", ["", "12", "12:abc", "x:0123456789ab", "TSDESK:1:XYZ"])
def test_a_malformed_anchor_is_refused_before_the_database_opens(demo, text):
    ran = _cli(demo, "audit", "verify", "--anchor", text)
    assert ran.returncode != 0 and "无法识别审计链头" in ran.stderr


# --- backups (their plain header names the head; vault/backup.py) -----------------------------


def _backed_up(demo, tmp_path):
    """A backup made the ordinary way; its header names the head it was made at."""
    folder = tmp_path / "stick"
    folder.mkdir()
    ran = _cli(demo, "backup", "create", "--to", str(folder))
    assert ran.returncode == 0, ran.stderr
    assert _cli(demo, "audit", "verify", "--backups", str(folder)).returncode == 0
    return folder


def test_backup_head_catches_a_truncated_chain(demo, tmp_path):
    folder = _backed_up(demo, tmp_path)
    truncate(demo, _insider_key(demo), 3)  # the backup's own event and the two before it
    rewrite_slot_file_head(demo, _insider_key(demo))  # the slot file alone would catch it
    vault, _ = Vault.unlock(demo.path, AUDITOR, PASSWORD, read_only=True)
    try:
        found = vault_admin.verify_all(vault, backup_folders=[folder]).anchors
    finally:
        vault.close()
    assert [(a.anchor.kind, a.problem) for a in found] == [
        (anchors.BACKUP, anchors.SHORTER),
        (anchors.KEYFILE, ""),
    ]
    ran = _cli(demo, "audit", "verify", "--backups", str(folder))
    assert ran.returncode == EXIT_BROKEN and "备份文件" in ran.stderr


def test_backup_head_catches_a_rewritten_chain(demo, tmp_path):
    folder = _backed_up(demo, tmp_path)
    rewrite(demo, _insider_key(demo), edit_seq=5)
    rewrite_slot_file_head(demo, _insider_key(demo))
    ran = _cli(demo, "audit", "verify", "--backups", str(folder))
    assert ran.returncode == EXIT_BROKEN and "被改写过" in ran.stderr
    assert _cli(demo, "audit", "verify").returncode == 0  # without the stick: nothing to see


# --- the key-slot file's head, checked at every open ----------------------------------------


def test_slot_file_head_follows_every_commit(demo):
    vault, _ = Vault.unlock(demo.path, "admin", PASSWORD)
    try:
        head = vault.chain_head()
    finally:
        vault.close()
    recorded = KeySlotFile.load(demo.path).recorded_head(_insider_key(demo))
    assert recorded is not None and recorded.authentic
    assert (recorded.seq, recorded.hash) == (head.seq, head.hash)


def test_slot_file_head_catches_a_truncated_chain_at_open(demo):
    truncate(demo, _insider_key(demo), 2)
    vault, _ = Vault.unlock(demo.path, AUDITOR, PASSWORD, read_only=True)
    try:
        assert vault.head_warning is not None
        assert vault.head_warning.problem == anchors.SHORTER
        assert vault.head_warning.anchor.kind == anchors.KEYFILE
    finally:
        vault.close()
    ran = _cli(demo, "audit", "verify")
    assert ran.returncode == EXIT_BROKEN
    assert "密钥槽文件" in ran.stderr and "已没有第" in ran.stderr


def test_slot_file_head_catches_a_rewritten_chain(demo):
    rewrite(demo, _insider_key(demo), edit_seq=5)
    result = _verify(demo)
    assert result.chain.ok  # the chain alone holds …
    assert [a.problem for a in result.anchors] == [anchors.DIFFERENT]  # … the head does not
    assert not result.ok


def test_an_older_copy_of_the_database_put_back_is_caught(demo, tmp_path):
    """No key needed to swap the file for yesterday's copy: the slot file remembers today."""
    old = tmp_path / "old.tsdesk"
    shutil.copy(demo.path, old)
    vault, admin = Vault.unlock(demo.path, "admin", PASSWORD)
    with vault.unit_of_work(admin) as uow:
        uow.record("lock")
    vault.close()
    shutil.copy(old, demo.path)
    assert [a.problem for a in _verify(demo).anchors] == [anchors.SHORTER]


def test_a_writable_open_records_the_mismatch_in_the_chain(demo):
    truncate(demo, _insider_key(demo), 2)
    vault, _ = Vault.unlock(demo.path, "admin", PASSWORD)
    try:
        assert vault.head_warning is not None  # for the login dialog to show
        with vault.reader() as session:
            events = audit.verify(session)
            assert events.ok
        found = vault.head_warning.anchor
    finally:
        vault.close()
    vault, _ = Vault.unlock(demo.path, AUDITOR, PASSWORD, read_only=True)
    try:
        with vault.reader() as session:
            from sqlalchemy import select

            from tsdesk.models import AuditEvent

            noted = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "vault.head_mismatch")
            ).one()
        assert json.loads(noted.before)["seq"] == found.seq
        assert vault.head_warning is None  # the file's head moved on; the chain keeps the note
    finally:
        vault.close()


def test_a_head_altered_without_the_key_is_not_authentic(demo):
    path = KeySlotFile.path_for(demo.path)
    raw = json.loads(path.read_text("utf-8"))
    raw["head"]["seq"] = 3  # to hide a truncation, without the key to sign it
    path.write_text(json.dumps(raw), "utf-8")
    assert [a.problem for a in _verify(demo).anchors] == [anchors.NOT_AUTHENTIC]
    Vault.unlock(demo.path, AUDITOR, PASSWORD, read_only=True)[0].close()  # still opens


def test_a_password_change_keeps_the_head_and_the_backup_copy_keeps_the_old_slots(opened):
    from tsdesk_testing import ADMIN_PASSWORD

    from tsdesk.services import operators

    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.change_own_password(uow, ADMIN_PASSWORD, "brand-new-pass")
    with opened.vault.unit_of_work(opened.admin) as uow:
        uow.record("lock")
    head = opened.vault.chain_head()
    keys = KeySlotFile.path_for(opened.path)
    recorded = KeySlotFile.load(opened.path).recorded_head(opened.vault.data_key)
    assert recorded is not None and (recorded.seq, recorded.hash) == (head.seq, head.hash)
    # A head-only update never replaces `.keys.bak`, which holds the slots before the change.
    backup = json.loads(keys.with_name(keys.name + ".bak").read_text("utf-8"))
    assert backup["slots"] != json.loads(keys.read_text("utf-8"))["slots"]


def test_a_rekey_keeps_the_head_authentic(opened):
    vault_admin.rekey(opened.vault, opened.admin)
    vault_admin.confirm_rekey(opened.vault, opened.admin)
    with opened.vault.unit_of_work(opened.admin) as uow:
        uow.record("lock")
    with opened.vault.reader() as session:
        found = anchors.check_keyfile(session, KeySlotFile.load(opened.path), opened.vault.data_key)
    assert found is not None and found.ok
