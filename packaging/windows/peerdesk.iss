; PeerDesk installer for Windows (Inno Setup 6.3 or newer).
;
; Built by `python packaging/build.py` on Windows, which runs, from the repository root:
;   iscc /DAppVersion=0.1.0 /DAppVersionNumbers=0.1.0.0 /DSourceDir=dist\peerdesk
;        /DOutputDir=dist /DIconFile=build\icons\peerdesk.ico packaging\windows\peerdesk.iss
;
; Per-user install by default (no administrator rights; %LOCALAPPDATA%\Programs\PeerDesk).
; Agencies installing for every account of a shared workstation choose "Install for all
; users" in the first dialog, or run the installer with /ALLUSERS (Program Files, needs
; administrator rights). The uninstaller removes the program only: vaults live in each
; user's data folder (%LOCALAPPDATA%\PeerDesk) and are never touched.

#ifndef AppVersion
  #error Run this through packaging/build.py: AppVersion is not defined.
#endif
#ifndef AppVersionNumbers
  #define AppVersionNumbers AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\peerdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{CBBD2F32-A145-4D6A-957C-86861D1AD97F}
AppName=PeerDesk
AppVersion={#AppVersion}
AppVerName=PeerDesk {#AppVersion}
AppPublisher=The PeerDesk developers
AppCopyright=The PeerDesk developers (GPL-3.0-or-later)
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductVersion={#AppVersionNumbers}
VersionInfoProductName=PeerDesk
VersionInfoDescription=PeerDesk setup
VersionInfoCompany=The PeerDesk developers
DefaultDirName={autopf}\PeerDesk
DefaultGroupName=PeerDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=PeerDesk-{#AppVersion}-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\PeerDesk.exe
UninstallDisplayName=PeerDesk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
; .peerdesk exchange files open in PeerDesk (per user when installed per user: HKA).
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: PeerDesk.exe (windowed), peerdesk-cli.exe (console, for
; commands such as `peerdesk-cli self-test`) and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Registry]
Root: HKA; Subkey: "Software\Classes\.peerdesk\OpenWithProgids"; ValueType: string; ValueName: "PeerDesk.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.peerdesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-peerdesk-bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\PeerDesk.Bundle"; ValueType: string; ValueName: ""; ValueData: "PeerDesk exchange file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\PeerDesk.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\PeerDesk.exe,0"
Root: HKA; Subkey: "Software\Classes\PeerDesk.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\PeerDesk.exe"" ""%1"""

[Icons]
Name: "{autoprograms}\PeerDesk"; Filename: "{app}\PeerDesk.exe"; Comment: "Private, offline workspace for peer support in recovery"
Name: "{autodesktop}\PeerDesk"; Filename: "{app}\PeerDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\PeerDesk.exe"; Description: "{cm:LaunchProgram,PeerDesk}"; Flags: nowait postinstall skipifsilent
