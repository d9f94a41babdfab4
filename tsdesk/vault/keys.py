"""Key slots: how each operator reaches the data key.

The sidecar file `<db>.keys` is JSON. Every slot holds an X25519 key pair: the data key is
*sealed* to the public half (ephemeral X25519 + HKDF-SHA256 + AES-256-GCM), and the private
half is protected either by the operator's password (Argon2id, parameters and salt stored per
slot, then AES-256-GCM) or by the OS credential store (`keyring`). Sealing to public keys is
what lets a rekey reseal the new data key to every slot without knowing anyone's password,
while a password change rewraps only that operator's slot.

Associated data binds each slot to its vault and operator, so a slot copied to another name
fails; for password slots it also binds the Argon2id parameters (slot version 2; older slots
are rewrapped at their next successful unlock). Parameters are checked against fixed bounds
before any work, so an altered file cannot make a login hang. The file also carries a public
banner (company name, confidentiality notice) that the login dialog shows before anything is
decrypted, with an HMAC under the data key so that an altered banner is found and restored
at the next unlock, and a check value that tells a wrong recovery key from a damaged database.

The file also keeps the audit chain's latest head (seq, hash, time) with an HMAC under a key
derived from the data key: updated after every commit, checked at open, it is an anchor outside
the database, so a chain cut short or rewritten without the file being rewritten is found
(vault/anchors.py).

The file is the only copy of the slots: a damaged file is refused rather than silently
replaced by `.keys.bak`, which may hold a password since changed (the recovery key opens).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from tsdesk.crashpoints import crash_point, declare
from tsdesk.errors import (
    QT_TRANSLATE_NOOP,
    KeyringEntryMissing,
    KeyringUnavailable,
    KeySlotFileMissing,
    ValidationError,
    VaultError,
    WrongPassword,
    WrongRecoveryKey,
)
from tsdesk.vault.atomic import write_atomic

DATA_KEY_BYTES = 32
FORMAT = "tsdesk-keyslots"
KEYRING_SERVICE = "TSDesk"
RAW = serialization.Encoding.Raw

SAVE_BEFORE = declare("keys.save.before", "the slot file is about to be replaced")
SAVE_AFTER = declare("keys.save.after", "the new slot file is in place, nothing after it ran")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is well above OWASP's minimum (19 MiB, t=2, p=1)."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024  # KiB
    parallelism: int = 4


OWASP_MINIMUM = KdfParams(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# What a slot may ask for: an altered file with time_cost 1e6 or 4 GiB would hang the login.
KDF_CEILING = KdfParams(time_cost=10, memory_cost=256 * 1024, parallelism=16)
TEST_MARKER = "TSDESK_TEST_SUITE"  # set by the test suite's conftest, never by users


def _default_kdf() -> KdfParams:
    """TSDESK_KDF=minimum selects OWASP's minimum, only inside the test suite (it also needs
    TSDESK_TEST_SUITE=1): elsewhere it would silently make weak slots, so it is ignored."""
    if os.environ.get("TSDESK_KDF") != "minimum":
        return KdfParams()
    if os.environ.get(TEST_MARKER) == "1":
        return OWASP_MINIMUM
    print(
        "TSDesk: TSDESK_KDF=minimum is for the test suite only; using the normal key strength.",
        file=sys.stderr,
    )
    return KdfParams()


DEFAULT_KDF = _default_kdf()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


# --- recovery key: the data key itself, as 8 groups of 8 uppercase hex digits -------------


def format_recovery_key(data_key: bytes) -> str:
    digits = data_key.hex().upper()
    return "-".join(digits[i : i + 8] for i in range(0, len(digits), 8))


def parse_recovery_key(text: str) -> bytes:
    digits = "".join(ch for ch in text if ch not in "- \t\r\n")
    if len(digits) != DATA_KEY_BYTES * 2 or any(c not in "0123456789abcdefABCDEF" for c in digits):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "恢复密钥应为 64 位十六进制数字（8 组，每组 8 位，以“-”分隔）"
            )
        )
    return bytes.fromhex(digits)


def sqlcipher_key_pragma(data_key: bytes) -> str:
    """The raw-key form any SQLCipher 4 tool accepts: no KDF at open."""
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


# --- primitives -------------------------------------------------------------------------------


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _seal(data_key: bytes, public: bytes, aad: bytes) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    key = HKDF(hashes.SHA256(), 32, salt=None, info=b"tsdesk-seal:" + aad).derive(shared)
    nonce = secrets.token_bytes(12)
    return {
        "ephemeral": _b64(ephemeral.public_key().public_bytes(RAW, serialization.PublicFormat.Raw)),
        "nonce": _b64(nonce),
        "ciphertext": _b64(AESGCM(key).encrypt(nonce, data_key, aad)),
    }


def _unseal(sealed: dict[str, str], private: bytes, aad: bytes) -> bytes:
    shared = X25519PrivateKey.from_private_bytes(private).exchange(
        X25519PublicKey.from_public_bytes(_unb64(sealed["ephemeral"]))
    )
    key = HKDF(hashes.SHA256(), 32, salt=None, info=b"tsdesk-seal:" + aad).derive(shared)
    return AESGCM(key).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["ciphertext"]), aad)


def _new_keypair() -> tuple[bytes, bytes]:
    private = X25519PrivateKey.generate()
    private_raw = private.private_bytes(
        RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return private_raw, private.public_key().public_bytes(RAW, serialization.PublicFormat.Raw)


def _key_check(data_key: bytes, vault_id: str) -> str:
    return hmac.new(data_key, f"{FORMAT}:check:{vault_id}".encode(), hashlib.sha256).hexdigest()


def _banner_check(data_key: bytes, vault_id: str, banner: dict[str, str]) -> str:
    text = json.dumps(banner, ensure_ascii=False, sort_keys=True)
    message = f"{FORMAT}:banner:{vault_id}:{text}".encode()
    return hmac.new(data_key, message, hashlib.sha256).hexdigest()


def _head_check(data_key: bytes, vault_id: str, head: dict[str, Any]) -> str:
    # Its own key, derived with a distinct label: a MAC made for the head is no other check.
    key = HKDF(hashes.SHA256(), 32, salt=None, info=f"{FORMAT}:head-key".encode()).derive(data_key)
    message = f"{FORMAT}:head:{vault_id}:{head['seq']}:{head['hash']}:{head['at']}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class RecordedHead:
    """The chain head the slot file last recorded, and whether its MAC holds."""

    seq: int
    hash: str
    at: str  # UTC ISO time of the commit that made it
    authentic: bool


def _kdf_params(protected: dict[str, Any]) -> KdfParams:
    """The slot's Argon2id cost, refused outside [OWASP minimum, ceiling] before any work."""
    params = KdfParams(protected["time_cost"], protected["memory_cost"], protected["parallelism"])
    for name in ("time_cost", "memory_cost", "parallelism"):
        value = getattr(params, name)
        if type(value) is not int or not (
            getattr(OWASP_MINIMUM, name) <= value <= getattr(KDF_CEILING, name)
        ):
            raise ValueError(f"{name} out of bounds")
    return params


def _check_slot(raw: Any) -> None:
    """Shape of one slot as read from disk; a ValueError names a damaged file."""
    text_fields = ("id", "kind", "operator", "public_key")
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in text_fields):
        raise ValueError("slot fields")
    if raw["kind"] not in ("password", "keyring"):
        raise ValueError("slot kind")
    sealed, protected = raw.get("sealed"), raw.get("protected")
    if not isinstance(sealed, dict) or not all(
        isinstance(sealed.get(k), str) for k in ("ephemeral", "nonce", "ciphertext")
    ):
        raise ValueError("sealed")
    if not isinstance(protected, dict):
        raise ValueError("protected")
    if raw["kind"] == "password":
        if not all(isinstance(protected.get(k), str) for k in ("salt", "nonce", "private_key")):
            raise ValueError("protected")
        _kdf_params(protected)


def _head_field(raw: Any) -> dict[str, Any] | None:
    """The recorded head as read from disk. A malformed one is kept as one whose MAC fails:
    the check at open says so (vault/anchors.py); the slots themselves are still usable."""
    if raw is None:
        return None
    if (
        not isinstance(raw, dict)
        or type(raw.get("seq")) is not int
        or not all(isinstance(raw.get(k), str) for k in ("hash", "at", "mac"))
    ):
        return {"seq": -1, "hash": "", "at": "", "mac": ""}
    return {k: raw[k] for k in ("seq", "hash", "at", "mac")}


class SlotFileMismatch(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "密钥槽文件 {path} 与此数据库不符（可能是旧副本或其他数据库的文件）。请用恢复密钥打开数据库。",
    )


class SlotFileDamaged(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "密钥槽文件 {path} 已损坏或被改动，无法使用。为免恢复已更改的旧密码，不会自动改用其备份副本。请用恢复密钥打开数据库。",
    )


@dataclass
class Slot:
    id: str
    kind: str  # "password" or "keyring"
    operator: str
    public_key: str  # base64, X25519
    sealed: dict[str, str]  # the data key sealed to public_key
    protected: dict[str, Any] = field(default_factory=dict)  # password slots: kdf + wrapped private

    def password_aad(self, base: bytes) -> bytes:
        """Version 2 slots also bind their Argon2id parameters."""
        if self.protected.get("v") != 2:
            return base
        p = self.protected
        return base + f":argon2id:{p['time_cost']}:{p['memory_cost']}:{p['parallelism']}".encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "operator": self.operator,
            "public_key": self.public_key,
            "sealed": self.sealed,
            "protected": self.protected,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Slot:
        return cls(
            raw["id"],
            raw["kind"],
            raw["operator"],
            raw["public_key"],
            raw["sealed"],
            raw["protected"],
        )


@dataclass
class KeySlotFile:
    """The sidecar `<db>.keys`. Load, change in memory, `save()` atomically."""

    path: Path
    vault_id: str
    key_check: str
    banner: dict[str, str] = field(default_factory=dict)
    slots: list[Slot] = field(default_factory=list)
    banner_check: str = ""
    head: dict[str, Any] | None = None  # {"seq", "hash", "at", "mac"}: see set_head

    # --- file -------------------------------------------------------------------------
    @staticmethod
    def path_for(db_path: Path) -> Path:
        return Path(db_path).with_name(Path(db_path).name + ".keys")

    @classmethod
    def new(cls, db_path: Path, data_key: bytes) -> KeySlotFile:
        vault_id = str(uuid.uuid4())
        return cls(cls.path_for(db_path), vault_id, _key_check(data_key, vault_id))

    @classmethod
    def load(cls, db_path: Path) -> KeySlotFile:
        path = cls.path_for(db_path)
        if not path.exists():
            raise KeySlotFileMissing(path=str(path))
        try:
            raw = json.loads(path.read_text("utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != FORMAT:
                raise ValueError("not a key-slot file")
            for slot in raw["slots"]:
                _check_slot(slot)
            banner = raw.get("banner", {})
            if not all(isinstance(v, str) for v in banner.values()):
                raise ValueError("banner")
            keyfile = cls(
                path=path,
                vault_id=str(raw["vault_id"]),
                key_check=str(raw["key_check"]),
                banner=dict(banner),
                slots=[Slot.from_json(s) for s in raw["slots"]],
                banner_check=str(raw.get("banner_check", "")),
                head=_head_field(raw.get("head")),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            # Not the backup: it may hold a password since changed (or the key before a rekey).
            raise SlotFileDamaged(path=str(path)) from None
        return keyfile

    @classmethod
    def try_load(cls, db_path: Path) -> KeySlotFile | None:
        try:
            return cls.load(db_path)
        except VaultError:
            return None

    def _bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": 1,
            "vault_id": self.vault_id,
            "key_check": self.key_check,
            "banner": self.banner,
            "banner_check": self.banner_check,
            "slots": [s.to_json() for s in self.slots],
            **({"head": self.head} if self.head else {}),
        }
        return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")

    def save(self) -> None:
        data = self._bytes()
        crash_point(SAVE_BEFORE)
        write_atomic(self.path, data, keep_previous=True, private=True)
        crash_point(SAVE_AFTER)

    @classmethod
    def record_head(cls, db_path: Path, data_key: bytes, seq: int, hash_: str, at: str) -> bool:
        """Write the chain head into the slot file as it is on disk now (never a copy held in
        memory, which a rekey or a password change may have superseded). Only the head
        changes; `.keys.bak` keeps the previous slots. False when the file is missing, damaged
        or not this key's (then it is left alone)."""
        keyfile = cls.try_load(db_path)
        if keyfile is None or not keyfile.matches(data_key):
            return False
        current = keyfile.recorded_head(data_key)
        if (
            current is not None
            and current.authentic
            and (current.seq, current.hash)
            == (
                seq,
                hash_,
            )
        ):
            return True
        keyfile.set_head(seq, hash_, at, data_key)
        write_atomic(keyfile.path, keyfile._bytes(), private=True)
        return True

    def set_head(self, seq: int, hash_: str, at: str, data_key: bytes) -> None:
        head: dict[str, Any] = {"seq": int(seq), "hash": str(hash_), "at": str(at)}
        head["mac"] = _head_check(data_key, self.vault_id, head)
        self.head = head

    def recorded_head(self, data_key: bytes) -> RecordedHead | None:
        """The head last recorded; None for a file that never recorded one."""
        if not self.head:
            return None
        head = self.head
        mac = _head_check(data_key, self.vault_id, head)
        authentic = hmac.compare_digest(str(head.get("mac", "")), mac)
        return RecordedHead(int(head["seq"]), str(head["hash"]), str(head["at"]), authentic)

    # --- queries --------------------------------------------------------------------------
    def matches(self, data_key: bytes) -> bool:
        return hmac.compare_digest(self.key_check, _key_check(data_key, self.vault_id))

    def check_recovery_key(self, data_key: bytes) -> None:
        if not self.matches(data_key):
            raise WrongRecoveryKey()

    def set_banner(self, banner: dict[str, str], data_key: bytes) -> None:
        self.banner = dict(banner)
        self.banner_check = _banner_check(data_key, self.vault_id, self.banner)

    def banner_authentic(self, data_key: bytes) -> bool:
        expected = _banner_check(data_key, self.vault_id, self.banner)
        return hmac.compare_digest(self.banner_check, expected)

    def slots_to_upgrade(self, operator: str) -> bool:
        """Whether `operator`'s password slot predates authenticated parameters."""
        slot = self.slot_for(operator)
        return slot is not None and slot.protected.get("v") != 2

    def operators(self, kind: str = "password") -> list[str]:
        return sorted({s.operator for s in self.slots if s.kind == kind})

    def slot_for(self, operator: str, kind: str = "password") -> Slot | None:
        return next((s for s in self.slots if s.operator == operator and s.kind == kind), None)

    def _aad(self, slot_id: str, operator: str, kind: str) -> bytes:
        return f"{FORMAT}:{self.vault_id}:{slot_id}:{kind}:{operator}".encode()

    # --- changes ----------------------------------------------------------------------------
    def _add_slot(self, operator: str, kind: str, data_key: bytes) -> tuple[Slot, bytes]:
        private, public = _new_keypair()
        slot_id = str(uuid.uuid4())
        slot = Slot(
            slot_id,
            kind,
            operator,
            _b64(public),
            _seal(data_key, public, self._aad(slot_id, operator, kind)),
        )
        self.remove(operator, kind)
        self.slots.append(slot)
        return slot, private

    def set_password(
        self, operator: str, password: str, data_key: bytes, kdf: KdfParams | None = None
    ) -> Slot:
        """Add or replace `operator`'s password slot; no other slot changes. Returns it."""
        slot, private = self._add_slot(operator, "password", data_key)
        self._wrap_private(slot, password, private, kdf or DEFAULT_KDF)
        return slot

    def _wrap_private(self, slot: Slot, password: str, private: bytes, params: KdfParams) -> None:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        slot.protected = {
            "v": 2,
            "kdf": "argon2id",
            "time_cost": params.time_cost,
            "memory_cost": params.memory_cost,
            "parallelism": params.parallelism,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
        }
        aad = slot.password_aad(self._aad(slot.id, slot.operator, "password"))
        wrapping = _derive(password, salt, params)
        slot.protected["private_key"] = _b64(AESGCM(wrapping).encrypt(nonce, private, aad))

    def _unwrap_private(self, operator: str, password: str) -> tuple[Slot, bytes]:
        slot = self.slot_for(operator)
        if slot is None:
            # Same cost and message as a wrong password: do not reveal which names exist.
            _derive(password, b"\0" * 16, DEFAULT_KDF)
            raise WrongPassword()
        p = slot.protected
        try:
            params = _kdf_params(p)  # bounded before any work: an altered slot cannot hang us
        except (ValueError, KeyError, TypeError):
            raise SlotFileDamaged(path=str(self.path)) from None
        wrapping = _derive(password, _unb64(p["salt"]), params)
        aad = slot.password_aad(self._aad(slot.id, operator, "password"))
        try:
            return slot, AESGCM(wrapping).decrypt(_unb64(p["nonce"]), _unb64(p["private_key"]), aad)
        except (InvalidTag, ValueError):
            raise WrongPassword() from None

    def unwrap_password(self, operator: str, password: str) -> bytes:
        slot, private = self._unwrap_private(operator, password)
        base = self._aad(slot.id, operator, "password")
        try:
            return _unseal(slot.sealed, private, base)
        except (InvalidTag, ValueError):
            raise WrongPassword() from None

    def upgrade_password_slot(self, operator: str, password: str) -> None:
        """Rewrap an old slot's private key so its parameters are authenticated; the slot keeps
        its id, public key and sealed data key, so nothing else notices."""
        slot, private = self._unwrap_private(operator, password)
        self._wrap_private(slot, password, private, _kdf_params(slot.protected))

    def remove(self, operator: str, kind: str | None = None) -> None:
        for slot in self.slots:
            if slot.operator == operator and slot.kind == "keyring" and kind in (None, "keyring"):
                _keyring_delete(slot.id)
        self.slots = [
            s
            for s in self.slots
            if not (s.operator == operator and (kind is None or s.kind == kind))
        ]

    def reseal_all(self, new_data_key: bytes) -> None:
        """Rekey: every slot gets the new data key, sealed to its unchanged public key."""
        for slot in self.slots:
            aad = self._aad(slot.id, slot.operator, slot.kind)
            slot.sealed = _seal(new_data_key, _unb64(slot.public_key), aad)
        self.key_check = _key_check(new_data_key, self.vault_id)
        if self.head:  # the same head, vouched for by the new key
            self.set_head(self.head["seq"], self.head["hash"], self.head["at"], new_data_key)
        if self.banner_check:
            self.banner_check = _banner_check(new_data_key, self.vault_id, self.banner)

    # --- "unlock on this Windows account": the slot's private key lives in the OS keyring ---
    def enable_keyring(self, operator: str, data_key: bytes) -> None:
        slot, private = self._add_slot(operator, "keyring", data_key)
        try:
            _keyring_set(slot.id, private)
        except KeyringUnavailable:
            self.slots.remove(slot)
            raise

    def unwrap_keyring(self, operator: str) -> bytes:
        slot = self.slot_for(operator, "keyring")
        if slot is None:
            raise WrongPassword()
        try:
            return _unseal(
                slot.sealed, _keyring_get(slot.id), self._aad(slot.id, operator, "keyring")
            )
        except (InvalidTag, ValueError):
            raise WrongPassword() from None


# --- keyring access, isolated so the reason for a missing backend can be shown ----------------


def keyring_status() -> tuple[bool, str]:
    """(usable, reason). 'Unlock on this Windows account' is disabled when not usable."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False, QT_TRANSLATE_NOOP("errors", "本机没有可用的系统凭据存储（keyring 后端）")
        return True, type(backend).__name__
    except Exception as exc:  # a misconfigured keyring raises many kinds
        return False, str(exc)


def _keyring_set(slot_id: str, private: bytes) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, slot_id, _b64(private))
    except (KeyringError, RuntimeError) as exc:
        raise KeyringUnavailable(reason=str(exc)) from None


def _keyring_get(slot_id: str) -> bytes:
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(KEYRING_SERVICE, slot_id)
    except (KeyringError, RuntimeError) as exc:
        raise KeyringUnavailable(reason=str(exc)) from None
    if value is None:
        raise KeyringEntryMissing()
    return _unb64(value)


def _keyring_delete(slot_id: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, slot_id)
    except (PasswordDeleteError, KeyringError, RuntimeError):
        pass  # already gone, or no backend: nothing left to clean
