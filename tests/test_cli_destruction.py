"""`tsdesk destruction list|show|request|approve|execute|print|verify` (issue 14), on the demo
company and on a small one."""

from __future__ import annotations

import json
from datetime import date

import pypdfium2
import pytest
import zxingcpp
from destruction_testing import SUPERVISOR_OP, SUPERVISOR_PASSWORD, build_place, end_term
from tsdesk_testing import ADMIN_PASSWORD, invoke

from tsdesk.demo import DEMO_PASSWORD
from tsdesk.services import carriers


def demo_cli(path, *args: str, **env):
    return invoke(
        "--db", str(path), "--user", "baomi", *args, env={"TSDESK_PASSWORD": DEMO_PASSWORD, **env}
    )


def test_demo_has_a_done_a_pending_batch_and_a_hold(demo, tmp_path):
    assert demo.made.returncode == 0, demo.made.stderr
    listed = demo_cli(demo.path, "destruction", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {r["status"]: r for r in json.loads(listed.stdout)}
    assert set(rows) == {"done", "pending"}
    done = rows["done"]["number"]
    shown = json.loads(demo_cli(demo.path, "destruction", "show", done, "--json").stdout)
    assert [i["kind"] for i in shown["items"]] == ["carrier", "carrier", "data"]
    assert {i["result"] for i in shown["items"]} == {"destroyed"}
    assert len(shown["supervisors"]) == 2 and shown["notes"]
    # The held customer list is refused, with the hold's reason.
    held = demo_cli(
        demo.path, "destruction", "request", "--carrier", _held(demo), "--reason", "other"
    )
    assert held.returncode != 0 and "法律保全" in held.stderr and "浙 0603" in held.stderr
    # The certificate prints, and its QR code verifies.
    out = tmp_path / "cert.pdf"
    printed = demo_cli(
        demo.path, "destruction", "print", done, "--document", "certificate", "--out", str(out)
    )
    assert printed.returncode == 0, printed.stderr
    codes = zxingcpp.read_barcodes(
        pypdfium2.PdfDocument(str(out))[0].render(scale=200 / 72).to_pil()
    )
    (code,) = [c for c in codes if not c.text.startswith("TSDESK:")]  # not the footer's head
    ok = demo_cli(demo.path, "destruction", "verify", code.text)
    assert ok.returncode == 0 and done in ok.stdout, ok.stderr
    number, on, n, failed, check = code.text.split("/")[1:]
    forged = demo_cli(
        demo.path,
        "destruction",
        "verify",
        "/".join(["TSDX", number, on, n, str(int(failed) + 1), check]),
    )
    assert forged.returncode == 1 and "校验码不符" in forged.stdout


def _held(demo) -> str:
    from tsdesk.vault import Vault

    vault, _ = Vault.unlock(demo.path, "baomi", DEMO_PASSWORD, read_only=True)
    try:
        with vault.reader() as s:
            rows = carriers.carrier_rows(
                s, carriers.CarrierFilter(search="华东地区重点客户名单"), 0, 10
            )
            return rows[0].number
    finally:
        vault.close()


@pytest.fixture
def db(opened):
    place = build_place(opened)
    end_term(place, place.low_secret)
    numbers = []
    for title in ("报价单", "报价单复印件"):
        with place.read() as s:
            numbers.append(carriers.get(s, place.carrier(title)).number)
    opened.vault.close()
    return opened.path, numbers


def tsdesk(path, *args: str, **env):
    return invoke("--db", str(path), *args, env={"TSDESK_PASSWORD": ADMIN_PASSWORD, **env})


def test_request_approve_execute_print(db, tmp_path):
    path, (a, b) = db
    made = tsdesk(
        path, "destruction", "request", "--carrier", a, "--carrier", b, "--reason", "term_ended",
        "--note", "期满清理",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    number = made.stdout.strip()
    # Four eyes: the requester cannot approve; a wrong password changes nothing.
    same = tsdesk(path, "destruction", "approve", number, "--approver", "admin",
                  TSDESK_APPROVER_PASSWORD=ADMIN_PASSWORD)  # fmt: skip
    assert same.returncode != 0 and "不能是申请人本人" in same.stderr
    wrong = tsdesk(path, "destruction", "approve", number, "--approver", "approver1",
                   TSDESK_APPROVER_PASSWORD="nope")  # fmt: skip
    assert wrong.returncode != 0
    ok = tsdesk(path, "destruction", "approve", number, "--approver", "approver1",
                TSDESK_APPROVER_PASSWORD="approver-pass-1")  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    base = ["destruction", "execute", number, "--place", "保密室", "--executor", "E001",
            "--method", "shred-p5", "--supervisor", "E002"]  # fmt: skip
    one = tsdesk(path, *base)
    assert one.returncode != 0 and "至少两名监销人" in one.stderr
    # An operator supervisor without their password in the environment is refused.
    with_op = [*base, "--supervisor", "E003", "--confirm", f"E003={SUPERVISOR_OP}"]
    refused = tsdesk(path, *with_op, "--failed", "2=卡纸")
    assert refused.returncode != 0 and "TSDESK_SUPERVISOR_PASSWORD_E003" in refused.stderr
    done = tsdesk(
        path, *with_op, "--failed", "2=卡纸", TSDESK_SUPERVISOR_PASSWORD_E003=SUPERVISOR_PASSWORD
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(tsdesk(path, "destruction", "show", number, "--json").stdout)
    assert [i["result"] for i in shown["items"]] == ["destroyed", "failed"]
    assert shown["items"][1]["failure"] == "卡纸"
    assert {s["number"]: s["operator"] for s in shown["supervisors"]} == {
        "E002": "",
        "E003": SUPERVISOR_OP,
    }
    assert shown["executed_on"] == date.today().isoformat()
    carrier = json.loads(tsdesk(path, "carriers", "show", a, "--json").stdout)
    assert carrier["status"] == "destroyed"
    # Done is done: executing again is refused.
    again = tsdesk(path, *with_op, TSDESK_SUPERVISOR_PASSWORD_E003=SUPERVISOR_PASSWORD)
    assert again.returncode != 0 and "已完成" in again.stderr
    for which in ("approval", "list", "certificate"):
        out = tmp_path / f"{which}.pdf"
        printed = tsdesk(
            path, "destruction", "print", number, "--document", which, "--out", str(out)
        )
        assert printed.returncode == 0 and out.exists(), printed.stderr
    no_data = tsdesk(path, "destruction", "print", number, "--document", "data_log", "--out",
                     str(tmp_path / "d.pdf"))  # fmt: skip
    assert no_data.returncode != 0 and not (tmp_path / "d.pdf").exists()


def test_a_data_set_without_its_place_is_refused(db):
    path, (a, _) = db
    refused = tsdesk(path, "destruction", "request", "--data", " ", "--reason", "other")
    assert refused.returncode != 0 and "系统或路径" in refused.stderr
    listed = tsdesk(path, "destruction", "list", "--json")
    assert json.loads(listed.stdout) == []
