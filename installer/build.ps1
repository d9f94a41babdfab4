<#
.SYNOPSIS
    Build the TSDesk Windows installer: dist\TSDesk\ (PyInstaller) and dist\TSDesk-<version>-setup.exe (Inno Setup).

.DESCRIPTION
    Run from anywhere, in Windows PowerShell 5.1 or PowerShell 7:

        powershell -ExecutionPolicy Bypass -File installer\build.ps1

    Steps: create .venv if missing; pip install -e .[test] and PyInstaller, at the versions in
    installer\constraints-windows.txt; build the .qm translations;
    write build\version_info.txt; run PyInstaller with installer\tsdesk.spec; check that the frozen CLI
    starts and reports that version; run ISCC with the version read from pyproject.toml. Stops at the first failure.

.PARAMETER Python
    The Python 3.11+ used to create .venv when it does not exist yet. Default: the "py -3.11" launcher,
    else "python" on PATH.

.PARAMETER Iscc
    Path to ISCC.exe. Default: ISCC.exe on PATH, else the usual Inno Setup 6 install folders.

.PARAMETER SkipInstaller
    Stop after PyInstaller (no Inno Setup needed), e.g. to try dist\TSDesk\TSDesk.exe.

.PARAMETER SignTool
    Optional code-signing command for Inno Setup, with $f for the file, e.g.
    'signtool.exe sign /fd sha256 /tr http://timestamp.example /td sha256 /n $qCompany Name$q $f'
    (write $q for a double quote: Inno Setup replaces it, and PowerShell 5.1 would mangle real ones).
    Signs TSDesk.exe, tsdesk-cli.exe, the setup and the uninstaller. See installer\README.md.
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller,
    [string]$SignTool = ""
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Assert-Command([string]$Exe) {
    if (-not (Get-Command $Exe -ErrorAction SilentlyContinue)) {
        throw "Program not found: $Exe"
    }
}

# Run a native program; stop the build when it fails ($ErrorActionPreference does not cover exit codes).
function Invoke-Native {
    param(
        [Parameter(Mandatory = $true)][string]$Exe,
        [string[]]$Arguments = @()
    )
    Assert-Command $Exe
    Write-Host "> $Exe $($Arguments -join ' ')" -ForegroundColor DarkGray
    # Local to this function: in Windows PowerShell 5.1, when output is redirected, each line a
    # program writes to stderr (PyInstaller logs there) becomes an error record, which 'Stop'
    # would turn into a failure. Success is decided by the exit code alone.
    $ErrorActionPreference = 'Continue'
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "'$Exe $($Arguments -join ' ')' failed with exit code $LASTEXITCODE"
    }
}

# Run a native program and return its standard output, trimmed; stop the build when it fails.
function Get-NativeOutput {
    param(
        [Parameter(Mandatory = $true)][string]$Exe,
        [string[]]$Arguments = @()
    )
    Assert-Command $Exe
    $ErrorActionPreference = 'Continue'  # as in Invoke-Native
    $out = & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "'$Exe $($Arguments -join ' ')' failed with exit code $LASTEXITCODE"
    }
    return ($out | Out-String).Trim()
}

function Write-Step([string]$Text) {
    Write-Host ""
    Write-Host "==> $Text" -ForegroundColor Cyan
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
Push-Location $Root
try {
    # --- 1. virtual environment --------------------------------------------------------------
    $VenvPython = Join-Path $Root '.venv\Scripts\python.exe'
    if (-not (Test-Path $VenvPython)) {
        Write-Step "Creating .venv"
        if ($Python) {
            Invoke-Native $Python @('-m', 'venv', '.venv')
        } elseif (Get-Command py -ErrorAction SilentlyContinue) {
            Invoke-Native 'py' @('-3.11', '-m', 'venv', '.venv')
        } elseif (Get-Command python -ErrorAction SilentlyContinue) {
            Invoke-Native 'python' @('-m', 'venv', '.venv')
        } else {
            throw "No Python found: install Python 3.11 (64-bit) from python.org, or pass -Python C:\path\to\python.exe"
        }
    }
    # No double quotes inside native arguments: Windows PowerShell 5.1 does not escape them.
    Invoke-Native $VenvPython @('-c', 'import sys; assert sys.version_info >= (3, 11) and sys.maxsize > 2**32, ''TSDesk needs 64-bit Python 3.11 or later, .venv has '' + sys.version')

    # --- 2. dependencies ----------------------------------------------------------------------
    Write-Step "Installing TSDesk and PyInstaller into .venv"
    # installer\constraints-windows.txt pins every version that goes into the bundle (the same
    # list installer/build_windows_on_linux.sh uses), so two builds of one commit are the same.
    $Constraints = 'installer\constraints-windows.txt'
    Invoke-Native $VenvPython @('-m', 'pip', 'install', '-c', $Constraints, 'pip')
    # -e installs the package metadata the spec bundles (tsdesk.__version__ is read from it).
    Invoke-Native $VenvPython @('-m', 'pip', 'install', '-c', $Constraints, '-e', '.[test]', 'pyinstaller', 'pywin32-ctypes', 'pefile')

    # --- 3. translations ----------------------------------------------------------------------
    Write-Step "Building translations (.ts -> .qm)"
    Invoke-Native $VenvPython @('tools\dev.py', 'translations')

    # --- 4. version resource ------------------------------------------------------------------
    Write-Step "Writing build\version_info.txt"
    Invoke-Native $VenvPython @('installer\version_info.py')
    $Version = Get-NativeOutput $VenvPython @('installer\version_info.py', '--print-version')
    $FileVersion = Get-NativeOutput $VenvPython @('installer\version_info.py', '--print-file-version')
    Write-Host "TSDesk version $Version (file version $FileVersion)"

    # --- 5. PyInstaller -----------------------------------------------------------------------
    Write-Step "PyInstaller: dist\TSDesk\"
    Invoke-Native $VenvPython @('-m', 'PyInstaller', '--noconfirm', '--clean',
        '--distpath', 'dist', '--workpath', 'build\pyinstaller', 'installer\tsdesk.spec')

    # The frozen program must start and know its version (the bundled package metadata).
    # --version prints ASCII only, so it works whatever the console's code page.
    Write-Step "Smoke test: dist\TSDesk\tsdesk-cli.exe --version"
    $Reported = Get-NativeOutput (Join-Path $Root 'dist\TSDesk\tsdesk-cli.exe') @('--version')
    if ($Reported -ne "TSDesk $Version") {
        throw "dist\TSDesk\tsdesk-cli.exe --version printed '$Reported', expected 'TSDesk $Version'"
    }
    Write-Host $Reported

    if ($SkipInstaller) {
        Write-Host ""
        Write-Host "Done (installer skipped): dist\TSDesk\TSDesk.exe" -ForegroundColor Green
        return
    }

    # --- 6. Inno Setup ------------------------------------------------------------------------
    Write-Step "Inno Setup: dist\TSDesk-$Version-setup.exe"
    if (-not $Iscc) {
        $onPath = Get-Command ISCC.exe -ErrorAction SilentlyContinue
        $candidates = @()
        if ($onPath) { $candidates += $onPath.Source }
        if (${env:ProgramFiles(x86)}) { $candidates += (Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe') }
        if ($env:ProgramFiles) { $candidates += (Join-Path $env:ProgramFiles 'Inno Setup 6\ISCC.exe') }
        if ($env:LOCALAPPDATA) { $candidates += (Join-Path $env:LOCALAPPDATA 'Programs\Inno Setup 6\ISCC.exe') }
        $Iscc = $candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
        if (-not $Iscc) {
            throw "ISCC.exe not found: install Inno Setup 6 (6.3 or later), or pass -Iscc C:\path\to\ISCC.exe"
        }
    }
    $isccArgs = @("/DAppVersion=$Version", "/DFileVersion=$FileVersion")
    if ($SignTool) {
        $isccArgs += "/Stsdesksign=$SignTool"
        $isccArgs += "/DSignTool=tsdesksign"
    }
    $isccArgs += 'installer\tsdesk.iss'
    Invoke-Native $Iscc $isccArgs

    Write-Host ""
    Write-Host "Done: dist\TSDesk-$Version-setup.exe" -ForegroundColor Green
}
finally {
    Pop-Location
}
