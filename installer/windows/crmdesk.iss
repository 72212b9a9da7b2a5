; CRMDesk setup for Windows, built with Inno Setup 6.3 or newer (https://jrsoftware.org/isinfo.php).
;
; installer/build.py compiles this after freezing the app, passing the version and the paths:
;   ISCC /DAppVersion=0.1.0 /DAppDir=C:\src\crmdesk\dist\crmdesk /DOutputDir=C:\src\crmdesk\dist
;        /DChineseIsl=C:\src\crmdesk\build\inno\ChineseSimplified.isl installer\windows\crmdesk.iss
; Without the /D options it uses dist\crmdesk, dist\ and installer\windows\ChineseSimplified.isl.
;
; Chinese Simplified setup messages: Inno Setup ships them only as an unofficial translation,
; not with the compiler. build.py uses installer\windows\ChineseSimplified.isl if a maintainer
; put one there, then the one in Inno Setup's Languages folder, and otherwise downloads the
; version matching the installed compiler from the Inno Setup sources (jrsoftware/issrc,
; Files/Languages/Unofficial/ChineseSimplified.isl; also at https://jrsoftware.org/files/istrans/).
;
; The install is per user and needs no administrator rights ({autopf} is then
; %LOCALAPPDATA%\Programs). Data lives in %APPDATA%\CRMDesk, which setup, upgrades and the
; uninstaller never touch.

#define AppName "CRMDesk"
#define AppExe "crmdesk.exe"
#define Here AddBackslash(SourcePath)

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppDir
  #define AppDir Here + "..\..\dist\crmdesk"
#endif
#ifndef OutputDir
  #define OutputDir Here + "..\..\dist"
#endif
#ifndef ChineseIsl
  #define ChineseIsl Here + "ChineseSimplified.isl"
#endif

#if !FileExists(AddBackslash(AppDir) + AppExe)
  #error The frozen app is missing: run "python installer/build.py" first (it builds dist\crmdesk).
#endif
#if !FileExists(ChineseIsl)
  #error ChineseSimplified.isl not found: see the comment at the top of this file.
#endif

[Setup]
; The AppId identifies the program for upgrades and the uninstaller: never change it.
AppId={{6F1C2D8A-3B47-4E5D-9A61-C2E8B7D40F13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CRMDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
; An administrator can still install for every user with /ALLUSERS on the command line.
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=crmdesk-{#AppVersion}-setup
SetupIconFile={#Here}..\..\resources\icons\crmdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running CRMDesk (Restart Manager) before replacing its files on an upgrade.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"

[CustomMessages]
english.AppComment=Customers, follow-ups, after-sales service and a CRM budget planner
chinesesimplified.AppComment=客户、跟进、售后服务和 CRM 预算规划

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the bundled libraries as a whole, so nothing an older version shipped
; lingers. Only the program folder: the data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#AppDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python may cache compiled migration scripts inside the program folder at run time; remove
; the whole bundle so the folder goes. Customer data (%APPDATA%\CRMDesk) is not touched.
Type: filesandordirs; Name: "{app}\_internal"
