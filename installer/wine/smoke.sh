# shellcheck shell=bash
# The smoke test of the INSTALLED program, sourced by installer/build_windows_on_linux.sh (which
# defines WORK, OUT, SMOKE_PREFIX, say, check, die, wrun, new_prefix, install_standins).
#
# A fresh wine prefix with no Python in it; the setup installs silently; the installed CLI runs
# the everyday commands on a real database (PDFs rendered and their QR codes decoded); the
# installed GUI starts under Xvfb, logs in, shows the main window and every page (screenshots in
# OUT/shots); the silent uninstall removes the program and keeps %LOCALAPPDATA%\TSDesk.

SMOKE_PASSWORD=smoke-Passw0rd-1
COMPANY=绍兴越丰精密机械有限公司

# The installed CLI; its output (stdout and stderr) goes to the log and to $CLI_OUT.
CLI_OUT=
cli() {
    CLI_OUT=$(TSDESK_PASSWORD=$SMOKE_PASSWORD wrun "$SMOKE_PREFIX" "$APP/tsdesk-cli.exe" "$@" | tr -d '\r')
    local rc=$?
    printf '$ tsdesk-cli.exe %s\n%s\n[exit %s]\n' "$*" "$CLI_OUT" "$rc" >>"$SMOKE_LOG"
    return $rc
}
contains() { grep -q -F -- "$2" <<<"$1"; }
# QR codes on page 1 of a PDF, one per line (pdftoppm renders, zbarimg decodes).
qr_codes() {
    pdftoppm -r 200 -f 1 -l 1 -png "$1" "${1%.pdf}" &&
        zbarimg -q --raw "${1%.pdf}"-*1.png 2>/dev/null
}
shot() { # name: a screenshot of the whole X screen
    sleep "${2:-2}"
    import -window root "$SHOTS/$1.png"
    echo "$SHOTS/$1.png" >>"$SMOKE_LOG"
}

smoke_cli() {
    local key qr new_key numbers codes code
    mkdir -p "$C/smoke"
    check "installed CLI starts: --version" cli --version
    contains "$CLI_OUT" "TSDesk $VERSION" || die "--version printed '$CLI_OUT'"
    check "tsdesk on PATH (tsdesk.cmd): tsdesk --version" \
        bash -c "WINEPREFIX='$SMOKE_PREFIX' wine cmd /c tsdesk --version 2>&1 | cat | tr -d '\r' | grep -x 'TSDesk $VERSION'"
    check "init with recovery sheet" cli init --company "$COMPANY" --admin admin \
        --display-name 王建国 --recovery-sheet 'C:\smoke\recovery.pdf'
    key=$(sed -n 's/^RECOVERY KEY: //p' <<<"$CLI_OUT")
    [ -n "$key" ] || die "init printed no recovery key"
    check "recovery sheet written" test -s "$C/smoke/recovery.pdf"
    check "recovery sheet names the company (pdftotext)" \
        bash -c "pdftotext '$C/smoke/recovery.pdf' - | grep -q -F '$COMPANY'"
    qr=$(qr_codes "$C/smoke/recovery.pdf" | tr -d '-' | tr '[:lower:]' '[:upper:]')
    check "recovery sheet QR decodes to the recovery key" grep -q -F "${key//-/}" <<<"$qr"
    local db
    db=$(sed -n 's/^已创建数据库：//p' <<<"$CLI_OUT" | head -1)
    [ -n "$db" ] || die "init did not say where it put the database: $CLI_OUT"
    say "  database: $db"
    check "audit verify (new database)" cli --db "$db" audit verify
    check "demo database" cli demo
    check "carriers list (demo)" cli carriers list
    numbers=$(awk '/^ZT-/ {print $1}' <<<"$CLI_OUT" | head -3 | paste -sd, -)
    [ -n "$numbers" ] || die "no carriers listed"
    check "secrets export (demo -> .xlsx)" cli secrets export 'C:\smoke\secrets.xlsx'
    check "exported .xlsx written" test -s "$C/smoke/secrets.xlsx"
    check "secrets import (.xlsx -> new database)" cli --db "$db" secrets import 'C:\smoke\secrets.xlsx'
    check "secrets list shows the imported ones" cli --db "$db" secrets list
    [ "$(grep -c . <<<"$CLI_OUT")" -ge 5 ] || die "secrets list after import: $CLI_OUT"
    check "labels print ($numbers)" cli labels print --carriers "$numbers" --template A4-3x8-70x37 \
        --reprint-reason 安装冒烟测试 --out 'C:\smoke\labels.pdf'
    codes=$(qr_codes "$C/smoke/labels.pdf")
    printf 'QR codes on labels.pdf:\n%s\n' "$codes" >>"$SMOKE_LOG"
    [ "$(grep -c . <<<"$codes")" -ge 3 ] || die "expected 3 QR codes on labels.pdf, decoded: $codes"
    code=$(head -1 <<<"$codes")
    check "labels verify (a decoded QR code is genuine)" cli labels verify "$code"
    check "audit verify (demo)" cli audit verify
    check "rekey with a new recovery sheet" cli --db "$db" rekey --recovery-sheet 'C:\smoke\recovery2.pdf'
    new_key=$(sed -n 's/^RECOVERY KEY: //p' <<<"$CLI_OUT")
    [ -n "$new_key" ] && [ "$new_key" != "$key" ] || die "rekey printed no new recovery key"
    check "new recovery key opens the database" cli --db "$db" --recovery-key "$new_key" audit verify
    if cli --db "$db" --recovery-key "$key" audit verify; then die "the old recovery key still opens the database"; fi
    say "  ok  old recovery key refused"
    if cli --help && contains "$CLI_OUT" " backup "; then
        check "backup" cli backup
    fi
}

smoke_gui() {
    local pid win shots_before n prev title
    say "  GUI: TSDesk.exe (demo database, the last one opened)"
    (WINEPREFIX=$SMOKE_PREFIX wine "$APP/TSDesk.exe" 2>&1 | cat >"$OUT/gui.log") &
    pid=$!
    win=$(timeout 180 xdotool search --sync --onlyvisible --name 'TSDesk' | head -1) ||
        die "no TSDesk window within 3 minutes (log: $OUT/gui.log)"
    shot 01-login 4
    # The password field has the focus (the first operator is preselected). No window manager
    # on Xvfb: give the window the X input focus directly.
    xdotool mousemove --sync 683 384 windowfocus --sync "$win" 2>/dev/null || true
    xdotool type --delay 60 "$SMOKE_PASSWORD"
    xdotool key Return
    # The main window's title names the company: "TSDesk — <demo company>".
    local demo_company
    demo_company=$(sed -n 's/^COMPANY = "\(.*\)"$/\1/p' "$ROOT/tsdesk/services/demo.py")
    win=$(timeout 180 xdotool search --sync --onlyvisible --name "$demo_company" | head -1) ||
        {
            shot 02-login-failed 1
            die "the main window did not appear after login (screenshots: $SHOTS)"
        }
    title=$(xdotool getwindowname "$win")
    say "  ok  logged in: main window '$title'"
    echo "main window: $title" >>"$SMOKE_LOG"
    shot 02-main 4
    # Visit every page: click the first entry of the navigation list, then Down until the
    # screen stops changing (the last page), a screenshot each.
    eval "$(xdotool getwindowgeometry --shell "$win")"
    xdotool mousemove --sync $((X + 60)) $((Y + 45)) click 1 key Home
    shot "page-01" 3
    prev=$(identify -format '%#' "$SHOTS/page-01.png")
    n=1
    while [ $n -lt 20 ]; do
        xdotool key Down
        shot "page-$(printf %02d $((n + 1)))" 3
        local now
        now=$(identify -format '%#' "$SHOTS/page-$(printf %02d $((n + 1))).png")  # pixels only
        if [ "$now" = "$prev" ]; then
            rm "$SHOTS/page-$(printf %02d $((n + 1))).png"
            break
        fi
        prev=$now
        n=$((n + 1))
    done
    say "  pages visited: $n (expected $PAGES)"
    [ "$n" -eq "$PAGES" ] || die "visited $n pages, the main window has $PAGES (screenshots: $SHOTS)"
    xdotool key ctrl+q
    for _ in $(seq 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    kill -0 "$pid" 2>/dev/null && die "TSDesk did not quit on Ctrl+Q"
    say "  ok  GUI quit on Ctrl+Q"
    if grep -q -E "Traceback|CRITICAL|ERROR" "$DATA/logs/tsdesk.log" 2>/dev/null; then
        grep -E -A5 "Traceback|CRITICAL|ERROR" "$DATA/logs/tsdesk.log" | tail -20
        die "errors in $DATA/logs/tsdesk.log"
    fi
}

smoke_main() {
    VERSION=$(python3 "$ROOT/installer/version_info.py" --print-version)
    local setup=$OUT/TSDesk-$VERSION-setup.exe
    [ -f "$setup" ] || die "no $setup: run the installer stage"
    PAGES=$(python3 -c 'import ast, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
print(next(len(n.value.elts) for n in ast.walk(tree) if isinstance(n, ast.AnnAssign) and getattr(n.target, "id", "") == "PAGES"))' \
        "$ROOT/tsdesk/ui/main_window.py")
    SMOKE_LOG=$OUT/smoke.log
    SHOTS=$OUT/shots
    rm -rf "$SHOTS"
    mkdir -p "$SHOTS"
    : >"$SMOKE_LOG"
    new_prefix "$SMOKE_PREFIX"
    install_standins "$SMOKE_PREFIX"
    C=$SMOKE_PREFIX/drive_c
    WINUSER=$(whoami)
    DATA=$C/users/$WINUSER/AppData/Local/TSDesk
    check "no Python in the fresh prefix" bash -c "! find '$C' -iname 'python*.exe' | grep -q ."
    # /ALLUSERS: under wine 8, /CURRENTUSER fails ({autopf} is not expanded for a per-user install);
    # on real Windows the per-user install is the default and needs checking there.
    check "silent install (/VERYSILENT /ALLUSERS)" wrun "$SMOKE_PREFIX" "$setup" /VERYSILENT \
        /SUPPRESSMSGBOXES /NORESTART /ALLUSERS '/LOG=C:\tsdesk-install.log'
    APP=$C/Program\ Files/TSDesk
    check "installed: TSDesk.exe, tsdesk-cli.exe, tsdesk.cmd, _internal, uninstaller" \
        test -f "$APP/TSDesk.exe" -a -f "$APP/tsdesk-cli.exe" -a -f "$APP/tsdesk.cmd" \
        -a -d "$APP/_internal" -a -f "$APP/unins000.exe"
    check "Start menu shortcut" bash -c "find '$C/ProgramData/Microsoft/Windows/Start Menu' -iname 'TSDesk.lnk' | grep -q ."
    # A new wine session reads the PATH the installer wrote.
    WINEPREFIX=$SMOKE_PREFIX wineserver -k || true
    WINE_SESSION[$SMOKE_PREFIX]=
    smoke_cli
    smoke_gui
    say "  uninstall"
    check "silent uninstall" wrun "$SMOKE_PREFIX" "$APP/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
    # unins000.exe hands over to a copy of itself in %TEMP% and returns: wait for that one.
    for _ in $(seq 120); do
        [ -e "$APP/unins000.exe" ] || break
        sleep 1
    done
    sleep 3
    check "program folder gone" test ! -d "$APP"
    check "data kept: %LOCALAPPDATA%\\TSDesk with its databases" \
        bash -c "ls -l '$DATA' && test -s '$DATA/demo.tsdesk' && test -s '$DATA/tsdesk.db'"
    check "PATH entry removed" bash -c "! WINEPREFIX='$SMOKE_PREFIX' wine reg query 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment' /v Path 2>&1 | cat | grep -i -F 'Program Files\\TSDesk'"
    say "smoke test passed: log $SMOKE_LOG, screenshots $SHOTS"
}
