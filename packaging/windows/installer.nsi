; SPDX-License-Identifier: MIT
; Windows installer (NSIS, built on Linux by packaging/windows_build.py with makensis).
; Per-machine install, uninstaller, a logon task that starts the exhibit for any user, and
; settings/data in ProgramData that upgrades and uninstalls leave alone.
; Defines passed by the build: VERSION, SOURCE (the bundle folder), SETTINGS, OUTFILE.
; A 64-bit installer: the exhibit is 64-bit only, and it can then be tested under 64-bit Wine.
Target amd64-unicode
SetCompressor /SOLID lzma

!define APPNAME "Cuban Missile Crisis Exhibit"
!define APPID "cuban-crisis-kiosk"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
!define DATADIR "$APPDATA\ExhibitWorks\cuban-crisis-kiosk"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "${UNINSTKEY}" "InstallLocation"
RequestExecutionLevel admin
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APPNAME} installer"
VIAddVersionKey "LegalCopyright" "Exhibit kiosk maintainers"

!include "MUI2.nsh"
!include "x64.nsh"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "This exhibit needs 64-bit Windows 10 or 11."
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Section "Install"
  SetShellVarContext all
  ; An upgrade replaces the program files only; settings and data live in ProgramData.
  nsExec::Exec 'taskkill /F /IM kiosk.exe'
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "${DATADIR}"
  CreateDirectory "${DATADIR}\content"
  ; What the exhibit writes (statistics, the PIN lock, its start history; its logs), for any
  ; user the logon task starts it as: the Users group may modify these two folders.
  CreateDirectory "${DATADIR}\data"
  CreateDirectory "${DATADIR}\logs"
  nsExec::ExecToLog 'icacls "${DATADIR}\data" /grant *S-1-5-32-545:(OI)(CI)M'
  Pop $1
  nsExec::ExecToLog 'icacls "${DATADIR}\logs" /grant *S-1-5-32-545:(OI)(CI)M'
  Pop $1
  IfFileExists "${DATADIR}\settings.toml" settings_done
    File "/oname=${DATADIR}\settings.toml" "${SETTINGS}"
  settings_done:

  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "Exhibit kiosk maintainers"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\kiosk.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1

  ; Start the exhibit whenever a user logs on, in that user's session (Users group principal),
  ; under its supervisor (kiosk/supervisor.py: restarts after a crash or a freeze).
  InitPluginsDir
  FileOpen $0 "$PLUGINSDIR\task.xml" w
  FileWriteUTF16LE /BOM $0 '<?xml version="1.0" encoding="UTF-16"?>$\r$\n'
  FileWriteUTF16LE $0 '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">$\r$\n'
  FileWriteUTF16LE $0 '<RegistrationInfo><Description>Starts the ${APPNAME} fullscreen at logon.</Description></RegistrationInfo>$\r$\n'
  FileWriteUTF16LE $0 '<Triggers><LogonTrigger><Enabled>true</Enabled></LogonTrigger></Triggers>$\r$\n'
  FileWriteUTF16LE $0 '<Principals><Principal id="Users"><GroupId>S-1-5-32-545</GroupId><RunLevel>LeastPrivilege</RunLevel></Principal></Principals>$\r$\n'
  FileWriteUTF16LE $0 '<Settings><MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy><DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries><StopIfGoingOnBatteries>false</StopIfGoingOnBatteries><ExecutionTimeLimit>PT0S</ExecutionTimeLimit><RestartOnFailure><Interval>PT1M</Interval><Count>999</Count></RestartOnFailure><Priority>4</Priority></Settings>$\r$\n'
  FileWriteUTF16LE $0 '<Actions Context="Users"><Exec><Command>"$INSTDIR\kiosk.exe"</Command><Arguments>--supervise</Arguments></Exec></Actions>$\r$\n'
  FileWriteUTF16LE $0 '</Task>$\r$\n'
  FileClose $0
  nsExec::ExecToLog 'schtasks /Create /F /TN "${APPNAME}" /XML "$PLUGINSDIR\task.xml"'
  Pop $1
  StrCmp $1 "0" task_done
    DetailPrint "The logon task could not be created ($1); see INSTALL.md to set up autostart."
  task_done:
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  SetRegView 64
  nsExec::Exec 'taskkill /F /IM kiosk.exe'
  nsExec::ExecToLog 'schtasks /Delete /F /TN "${APPNAME}"'
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\kiosk.exe"
  Delete "$INSTDIR\kiosk-cli.exe"
  Delete "$INSTDIR\INSTALL.md"
  RMDir /r "$INSTDIR\licences"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
  ; Settings, logs, statistics and content packs in ProgramData are kept on purpose.
SectionEnd
