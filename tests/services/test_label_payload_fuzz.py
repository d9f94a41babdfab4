"""Any scanned or typed label payload gets a verdict, never an exception (issue 9 §7)."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tsdesk.services import labels

_field = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "1", "²", "0", "99999999999999999999", "AAAAAAAAAA", "ZZ22334455"]),
)
_payload = st.one_of(
    st.text(max_size=200),
    st.builds(
        lambda prefix, fields: "/".join([prefix, *fields]),
        st.sampled_from([labels.FULL, labels.COMPACT, "TSL2", "tsl1", ""]),
        st.lists(_field, max_size=9),
    ),
    st.text(min_size=labels.MAX_PAYLOAD - 5, max_size=labels.MAX_PAYLOAD + 5),
)


@settings(
    max_examples=300,
    deadline=1000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(payload=_payload)
def test_label_payloads_never_raise(opened, payload):
    with opened.vault.unit_of_work(opened.admin) as uow:
        labels.ensure_key(uow)
    started = time.monotonic()
    with opened.vault.reader() as session:
        check = labels.verify_payload(session, payload)
    assert check.status in (labels.GENUINE, labels.FORGED, labels.UNKNOWN, labels.UNVERIFIED)
    assert not check.genuine  # nothing random carries a valid code
    assert time.monotonic() - started < 0.5


def test_a_lone_prefix_and_undecodable_text_are_refused_not_raised(opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        labels.ensure_key(uow)
    for payload in ("TSL1", "TSC1", "TSL1/x/²/ABCDEFGHJK", "\udcff", "x" * 100_000):
        with opened.vault.reader() as session:
            assert labels.verify_payload(session, payload).status in (labels.FORGED, labels.UNKNOWN)
