; The Windows installer of rakdesk (NSIS 3, Modern UI 2).
;
; Built by installer/build.py on Windows from the one-folder bundle:
;   makensis /DVERSION=0.1.0 /DSOURCE=dist\rakdesk /DOUTFILE=dist\rakdesk-0.1.0-setup.exe installer\rakdesk.nsi
; CI compiles it on Linux (Debian's nsis) to catch errors in this script.
;
; - a per-user install: no administrator rights, into %LOCALAPPDATA%\Programs\rakdesk;
; - Start-menu and desktop shortcuts;
; - "Open with rakdesk" for .sqlite files (added to the Open-with list; the default
;   program for .sqlite is left as it was, other programs use .sqlite too);
; - an uninstaller that removes the program and leaves the user's workspaces,
;   backups and settings (in %LOCALAPPDATA%\rakdesk and the registry) alone.

Unicode true
!ifdef CHECK_ONLY
  SetCompress off  ; build.py --check-nsis: the same script compiled in seconds, not packed
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SOURCE
  !define SOURCE "..\dist\rakdesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "rakdesk-${VERSION}-setup.exe"
!endif

!define APP "rakdesk"
!define EXE "rakdesk.exe"
!define PROGID "rakdesk.workspace"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
BrandingText "${APP} ${VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ABORTWARNING
!define MUI_ICON "${SOURCE}\_internal\resources\icons\rakdesk.ico"
!define MUI_UNICON "${SOURCE}\_internal\resources\icons\rakdesk.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString DESC_SHORTCUT ${LANG_INDONESIAN} "Rencana Aksi Kinerja dan IKU"
LangString DESC_SHORTCUT ${LANG_ENGLISH} "Performance action plans and IKU"
LangString OPEN_WITH ${LANG_INDONESIAN} "Buka dengan rakdesk"
LangString OPEN_WITH ${LANG_ENGLISH} "Open with rakdesk"
LangString KEPT ${LANG_INDONESIAN} "Ruang kerja, cadangan dan pengaturan Anda tidak dihapus ($LOCALAPPDATA\rakdesk)."
LangString KEPT ${LANG_ENGLISH} "Your workspaces, backups and settings were kept ($LOCALAPPDATA\rakdesk)."

Section "rakdesk" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; A reinstall or update replaces the program folder's own files only.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "$(DESC_SHORTCUT)"
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "$(DESC_SHORTCUT)"

  ; "Open with rakdesk" for .sqlite, for this user only.
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "rakdesk workspace"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "FriendlyTypeName" "$(OPEN_WITH)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\.sqlite\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${EXE}\SupportedTypes" ".sqlite" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Apps & features entry
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "rakdesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  ; The program's own files only: workspaces saved anywhere, the user data
  ; folder (%LOCALAPPDATA%\rakdesk: default workspace, backups) and the
  ; settings in HKCU\Software\rakdesk\rakdesk stay.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\rakdesk-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when nothing else was put there

  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"

  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegValue HKCU "Software\Classes\.sqlite\OpenWithProgids" "${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  DeleteRegValue HKCU "Software\${APP}" "InstallDir"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "$(KEPT)"
SectionEnd
