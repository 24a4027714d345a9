; Inno Setup script of SXSH Desktop for Windows (per-user: no administrator rights needed).
;
;   iscc /DAppVersion=0.1.0 installers\windows\sxsh-desktop.iss
;
; Input: dist\sxsh-desktop\ made by PyInstaller (installers\sxsh-desktop.spec) on Windows.
; Output: dist\sxsh-desktop-<version>-windows-x64-setup.exe
; See installers\windows\README.md; .github\workflows\windows-build.yml builds it on a Windows runner.
;
; - installs into %LOCALAPPDATA%\Programs\SXSH Desktop (per user; an administrator may choose
;   "all users" in the dialog, which installs into Program Files and registers for everyone)
; - Start menu entries for the app and its self-test, an optional desktop icon
; - *.sxsh files open in SXSH Desktop (HKCU\Software\Classes, or HKLM for an all-users install)
; - an upgrade installs over the previous version (same AppId): the program files are replaced,
;   the user's data (%LOCALAPPDATA%\sxsh-desktop) is never touched by the installer; the app migrates
;   the database after a backup at its first start, and an older app refuses a newer database
; - uninstalling removes the program and the associations, and keeps the user's data

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "SXSH Desktop"
#define AppExe "sxsh-desktop.exe"
#define Bundle "..\..\dist\sxsh-desktop"

[Setup]
; the AppId ties upgrades together: never change it
AppId={{6C1F3A52-9B7D-4E0A-8C55-2F4D1B7E9A30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SXSH Desktop
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=sxsh-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\sxsh.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Vietnamese catalogue; unofficial ones exist (jrsoftware.org/files/istrans).
; Put Vietnamese.isl next to this script to add it:
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vi"; MessagesFile: "Vietnamese.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole onedir bundle: sxsh-desktop.exe, sxsh.exe and _internal\
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; files of the previous version that this one no longer has (the bundle is replaced whole)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName} – self-test"; Filename: "{app}\{#AppExe}"; Parameters: "--selftest"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; *.sxsh → SXSH.Package → "sxsh-desktop.exe" "%1"  (HKA: HKCU for a per-user install, HKLM for all users)
Root: HKA; Subkey: "Software\Classes\.sxsh"; ValueType: string; ValueName: ""; ValueData: "SXSH.Package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.sxsh"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-sxsh-package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.sxsh\OpenWithProgids"; ValueType: string; ValueName: "SXSH.Package"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\SXSH.Package"; ValueType: string; ValueName: ""; ValueData: "SXSH sync package"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SXSH.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\SXSH.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sxsh"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] is deliberately absent: the user's data (%LOCALAPPDATA%\sxsh-desktop: the database,
; its backups, identities) and settings (config.json) are not the installer's to remove.
