; Inno Setup 6 script: per-user installer for the one-folder PyInstaller build.
;
; Build on Windows after `pyinstaller --noconfirm --clean packaging\casedesk.spec`:
;   iscc /DAppVersion=0.1.0 packaging\windows\casedesk.iss
; (the version must be casedesk.__version__; e.g. in PowerShell:
;   $v = (.venv\Scripts\python -c "import casedesk; print(casedesk.__version__)")
;   iscc /DAppVersion=$v packaging\windows\casedesk.iss )
; Output: dist\casedesk-<version>-windows-x64-setup.exe
;
; No administrator rights: installs into %LOCALAPPDATA%\Programs\casedesk and the user's
; Start menu. Uninstalling keeps the user's data (%LOCALAPPDATA%\casedesk\casedesk.sqlite).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\casedesk.iss
#endif

#define AppName "casedesk"
#define AppExe "casedesk.exe"
; Paths are relative to this script's folder.
#define SourceDir "..\..\dist\casedesk"

[Setup]
; A fixed AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F1C2A4E-8B3D-4C9A-9E57-2D7B1A0C5E83}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=casedesk developers
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
SetupIconFile=..\..\resources\icons\casedesk.ico
LicenseFile=..\..\resources\LICENSE.txt
OutputDir=..\..\dist
OutputBaseFilename=casedesk-{#AppVersion}-windows-x64-setup
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole folder, so files dropped from a newer build do not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Offline case management"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. The user's store and backups are deliberately kept.
Type: filesandordirs; Name: "{app}"
