; TSDesk — Inno Setup 6 script (Inno Setup 6.3 or later, for "x64compatible").
;
; Built by installer\build.ps1, which passes the version read from pyproject.toml:
;     ISCC /DAppVersion=0.1.0 /DFileVersion=0.1.0.0 installer\tsdesk.iss
; pyproject.toml is the only place the version is written; never put a number here.
; Installs everything PyInstaller put in dist\TSDesk\ (TSDesk.exe, tsdesk-cli.exe, _internal\).
; The result is dist\TSDesk-<version>-setup.exe. This file is UTF-8 with a BOM (Chinese text below).

#ifndef AppVersion
  #error AppVersion is not defined: run installer\build.ps1, or ISCC /DAppVersion=x.y.z installer\tsdesk.iss
#endif

#define AppName "TSDesk"
#define AppPublisher "TSDesk"
#define AppExeName "TSDesk.exe"
#define CliExeName "tsdesk-cli.exe"
; Relative to this script's folder (installer\).
#define DistDir "..\dist\TSDesk"

#if !FileExists(AddBackslash(SourcePath) + DistDir + "\" + AppExeName)
  #error dist\TSDesk\TSDesk.exe not found: build it first with PyInstaller (installer\build.ps1 does)
#endif

; Optional code signing: ISCC "/Stsdesksign=signtool.exe sign /fd sha256 ... $f" /DSignTool=tsdesksign
; signs the two executables, the setup and the uninstaller (see installer\README.md).
#ifdef SignTool
  #define SignFlag "sign"
#else
  #define SignFlag ""
#endif

[Setup]
; AppId identifies TSDesk to Windows for upgrades and uninstall: never change it.
AppId={{EFE17BD4-D7AA-4CF3-A406-9551C0379B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
; Per-user install by default: no administrator rights, into %LOCALAPPDATA%\Programs\TSDesk.
; The first page offers an install for all users (Program Files) instead, which asks for them.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; PySide6 / Qt 6 needs 64-bit Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\resources\icons\tsdesk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
; The licence page: TSDesk's terms and the components it ships (UTF-8 with BOM).
LicenseFile=LICENSE.txt
Compression=lzma2/max
SolidCompression=yes
; Ask for the language only when Windows' UI language is neither Chinese (Simplified) nor English.
ShowLanguageDialog=auto
; Close a running TSDesk (Restart Manager) before replacing its files.
CloseApplications=yes
RestartApplications=no
; Tell running programs (Explorer, new consoles) that PATH changed.
ChangesEnvironment=yes
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
#ifdef FileVersion
VersionInfoVersion={#FileVersion}
#endif
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
; Simplified Chinese first: it is the default when Windows' UI language matches neither.
; installer\languages\ChineseSimplified.isl is TSDesk's own translation of Inno Setup 6.4.1's
; messages (tools/check_isl.py and tests/test_installer_isl.py keep it complete).
#define HaveChinese
Name: "chinesesimplified"; MessagesFile: "languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DataKept=TSDesk has been removed, but your data (encrypted databases, key slots, backups and logs) was NOT deleted. It is still in the folder below and will be used again if you reinstall TSDesk. Delete that folder yourself only when you are sure you no longer need it:
english.DirIsDataDir=This folder is where TSDesk keeps your data, so it cannot be the installation folder. Please choose another folder.
#ifdef HaveChinese
chinesesimplified.DataKept=TSDesk 已卸载，但您的数据（加密数据库、密钥槽文件、备份和日志）没有被删除，仍保存在下面的文件夹中，重新安装 TSDesk 后可继续使用。只有在确定不再需要时，才请自行删除该文件夹：
chinesesimplified.DirIsDataDir=此文件夹是 TSDesk 存放您数据的位置，不能用作安装文件夹。请选择其他文件夹。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; On upgrade, remove the previous version's bundle first so that no stale DLL or module of an
; older build survives next to the new one. _internal\ only ever holds files this installer put
; there (only done when TSDesk.exe is already in that folder); the user's data is never in {app}.
Type: filesandordirs; Name: "{app}\_internal"; Check: IsTSDeskFolder

[Files]
Source: "{#DistDir}\{#AppExeName}"; DestDir: "{app}"; Flags: ignoreversion {#SignFlag}
Source: "{#DistDir}\{#CliExeName}"; DestDir: "{app}"; Flags: ignoreversion {#SignFlag}
Source: "{#DistDir}\*"; Excludes: "\{#AppExeName},\{#CliExeName}"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; `tsdesk ...` in a console, as the README writes it: tsdesk.cmd runs tsdesk-cli.exe, and {app}
; goes on PATH (the user's for a per-user install, the machine's for all users; see [Registry]).
Source: "tsdesk.cmd"; DestDir: "{app}"; Flags: ignoreversion

[Registry]
; Appended once; the uninstaller takes exactly this entry out again (RemoveAppFromPath). No
; uninsdelete flag: that would delete the whole Path value.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: (not IsAdminInstallMode) and NeedsAddPath
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: IsAdminInstallMode and NeedsAddPath

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; There is deliberately NO [UninstallDelete] section. The uninstaller removes only the files this
; installer copied into {app} (and {app} itself once empty). It NEVER deletes the user's data
; folder %LOCALAPPDATA%\TSDesk (encrypted databases, key-slot files, backups, logs), nor the
; "unlock on this Windows account" entry in Windows Credential Manager: losing either could make
; a company's trade-secret register unrecoverable. Do not add a rule that removes them.

[Code]
function TSDeskDataDir(): String;
begin
  // Where tsdesk.paths.data_dir() puts the data: platformdirs' user_data_dir("TSDesk").
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

function IsTSDeskFolder(): Boolean;
begin
  Result := FileExists(ExpandConstant('{app}\{#AppExeName}'));
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  // Installing into the data folder would mix program and data files: refuse it.
  if (CurPageID = wpSelectDir) and
     (CompareText(RemoveBackslashUnlessRoot(WizardDirValue()), TSDeskDataDir()) = 0) then
  begin
    MsgBox(CustomMessage('DirIsDataDir'), mbError, MB_OK);
    Result := False;
  end;
end;

// Where PATH lives: the user's environment for a per-user install, the machine's for all users.
function EnvironmentRoot(): Integer;
begin
  if IsAdminInstallMode() then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

function EnvironmentKey(): String;
begin
  if IsAdminInstallMode() then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

// The position of ";{app};" in ";" + Path + ";" (case-insensitive), 0 when it is not there.
function AppPosInPath(Path: String): Integer;
begin
  Result := Pos(';' + Uppercase(ExpandConstant('{app}')) + ';', ';' + Uppercase(Path) + ';');
end;

function NeedsAddPath(): Boolean;
var
  Path: String;
begin
  if not RegQueryStringValue(EnvironmentRoot(), EnvironmentKey(), 'Path', Path) then
    Path := '';
  Result := AppPosInPath(Path) = 0;
end;

procedure RemoveAppFromPath();
var
  Path: String;
  P: Integer;
begin
  if not RegQueryStringValue(EnvironmentRoot(), EnvironmentKey(), 'Path', Path) then
    Exit;
  P := AppPosInPath(Path);
  if P = 0 then
    Exit;
  Path := ';' + Path + ';';
  Delete(Path, P, Length(ExpandConstant('{app}')) + 1);  // ";{app}", keeping the next ";"
  Path := Copy(Path, 2, Length(Path) - 2);                // the two ";" added above
  RegWriteExpandStringValue(EnvironmentRoot(), EnvironmentKey(), 'Path', Path);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    RemoveAppFromPath();
  // Only tell the user where their data stayed; nothing here deletes it.
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent()) and DirExists(TSDeskDataDir()) then
    MsgBox(CustomMessage('DataKept') + #13#10#13#10 + TSDeskDataDir(), mbInformation, MB_OK);
end;
