; Per-user setup for the TOPdesk SSO Assistant (NSIS 3, Modern UI 2). Built by build.sh:
;   makensis -DVERSION=0.1.0 -DSTAGE=<folder with the files> -DOUTFILE=<setup.exe> setup.nsi
; No administrator rights: installs into %LOCALAPPDATA%\Programs\TOPdesk SSO Assistant, adds a
; Start menu entry and an entry in Settings > Apps (HKCU), and puts the folder on the user's PATH
; (HKCU\Environment, below) so `topdesk-sso` runs from any new terminal. Running a newer setup
; upgrades in place (same folder, files replaced); the uninstaller removes what the setup wrote,
; never the user's settings or exported bundles.

; 64-bit setup (the programs are x64 only): runs on Windows x64 without the 32-bit layer.
Target amd64-unicode
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinMessages.nsh"

!define APP "TOPdesk SSO Assistant"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\TOPdeskSSOAssistant"

Name "${APP}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "FileDescription" "${APP} setup"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "The TOPdesk SSO Assistant contributors"
VIAddVersionKey "LegalCopyright" "MIT OR Apache-2.0"

!define MUI_ICON "${STAGE}\app.ico"
!define MUI_UNICON "${STAGE}\app.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\topdesk-sso-assistant.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

;; The install folder on the user's PATH: HKCU\Environment "Path".
; The value is read and written with the registry API in a buffer of its own size: NSIS strings
; stop at 1024 characters, and a PATH is often longer. Its type (REG_EXPAND_SZ, or REG_SZ) is kept
; and every other entry stays as it is, byte for byte. The folder is added only when it is not an
; entry already (an upgrade adds nothing), and then remembered as PathEntryAdded in the Apps entry;
; the uninstaller removes that one entry, and only if the setup added it. Windows is told
; (WM_SETTINGCHANGE) so that terminals opened afterwards see the new PATH.
!define HKCU_HANDLE -2147483647 ; HKEY_CURRENT_USER, sign-extended as the Windows headers define it

; Opens HKCU\Environment and reads "Path" as ";<value>;" (every entry, the first and the last too,
; between two semicolons) into a new buffer with room to add the folder.
; Out: $0 key (0: not opened), $1 0 = read, 2 = there is no Path, other = leave it alone,
;      $2 value type, $4 buffer (System::Free it), $5 length of $INSTDIR.
!macro PATH_READ
  StrCpy $0 0
  StrCpy $1 1
  StrCpy $4 0
  StrLen $5 "$INSTDIR"
  ; KEY_QUERY_VALUE | KEY_SET_VALUE
  System::Call 'advapi32::RegCreateKeyExW(p ${HKCU_HANDLE}, w "Environment", i 0, p 0, i 0, i 3, p 0, *p .r0, p 0) i .r3'
  ${If} $3 = 0
    System::Call 'advapi32::RegQueryValueExW(p r0, w "Path", p 0, *i .r2, p 0, *i .r3) i .r1'
    ${If} $1 = 0
      ${If} $2 = 1 ; REG_SZ
      ${OrIf} $2 = 2 ; REG_EXPAND_SZ
        ; ";" + the value + a NUL it may lack + ";" + the folder + ";" + NUL, zero-filled
        IntOp $6 $5 + 8
        IntOp $6 $6 * 2
        IntOp $6 $6 + $3
        System::Alloc $6
        Pop $4
        System::Call '*$4(&i2 59)'
        IntPtrOp $6 $4 + 2
        System::Call 'advapi32::RegQueryValueExW(p r0, w "Path", p 0, p 0, p r6, *i r3) i .r1'
        System::Call 'kernel32::lstrcatW(p r4, w ";")'
      ${Else}
        StrCpy $1 1
      ${EndIf}
    ${EndIf}
  ${Else}
    StrCpy $0 0
  ${EndIf}
!macroend

; Writes the buffer's value (after its leading ";") back, with the type it had.
!macro PATH_WRITE
  IntPtrOp $6 $4 + 2
  System::Call 'kernel32::lstrlenW(p r6) i .r7'
  IntOp $7 $7 + 1
  IntOp $7 $7 * 2
  System::Call 'advapi32::RegSetValueExW(p r0, w "Path", i 0, i r2, p r6, i r7) i .r1'
  ${If} $1 <> 0
    DetailPrint "Could not write the PATH (error $1)."
  ${EndIf}
!macroend

; Frees the buffer, closes the key and tells Windows that the environment changed.
!macro PATH_DONE
  ${If} $4 P<> 0
    System::Free $4
  ${EndIf}
  ${If} $0 P<> 0
    System::Call 'advapi32::RegCloseKey(p r0)'
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
!macroend

Function AddToPath
  !insertmacro PATH_READ
  ${If} $1 = 2
    WriteRegExpandStr HKCU "Environment" "Path" "$INSTDIR"
    WriteRegDWORD HKCU "${UNINST_KEY}" "PathEntryAdded" 1
  ${ElseIf} $1 = 0
    System::Call 'shlwapi::StrStrIW(p r4, w ";$INSTDIR;") p .r7'
    ${If} $7 P= 0
      ; $8: the value's length; $9: its last character
      System::Call 'kernel32::lstrlenW(p r4) i .r8'
      IntOp $8 $8 - 2
      IntOp $6 $8 * 2
      IntPtrOp $6 $4 + $6
      System::Call '*$6(&i2 .r9)'
      ${If} $8 = 0
      ${OrIf} $9 = 59
        ; "" -> "<folder>"; "a;b;" -> "a;b;<folder>;" (the ending ";" comes back on uninstall)
        IntPtrOp $6 $6 + 2
        System::Call '*$6(&i2 0)'
        System::Call 'kernel32::lstrcatW(p r4, w "$INSTDIR")'
        ${If} $8 <> 0
          System::Call 'kernel32::lstrcatW(p r4, w ";")'
        ${EndIf}
      ${Else}
        ; "a;b" -> "a;b;<folder>"
        System::Call 'kernel32::lstrcatW(p r4, w "$INSTDIR")'
      ${EndIf}
      !insertmacro PATH_WRITE
      ${If} $1 = 0
        WriteRegDWORD HKCU "${UNINST_KEY}" "PathEntryAdded" 1
      ${EndIf}
    ${EndIf}
  ${Else}
    DetailPrint "The PATH is not a text value (or cannot be opened): $INSTDIR is not added to it."
  ${EndIf}
  !insertmacro PATH_DONE
FunctionEnd

Function un.RemoveFromPath
  !insertmacro PATH_READ
  ${If} $1 = 0
    System::Call 'shlwapi::StrStrIW(p r4, w ";$INSTDIR;") p .r7'
    ${If} $7 P<> 0
      ; ";a;<folder>;b;" -> ";a;b;": move what follows ";<folder>" over it
      IntOp $8 $5 + 1
      IntOp $8 $8 * 2
      IntPtrOp $8 $7 + $8
      System::Call 'kernel32::lstrlenW(p r8) i .r9'
      IntOp $9 $9 + 1
      IntOp $9 $9 * 2
      System::Call 'kernel32::RtlMoveMemory(p r7, p r8, p r9)'
      ; drop the ";" put after the value on reading
      System::Call 'kernel32::lstrlenW(p r4) i .r8'
      IntOp $8 $8 - 1
      IntOp $8 $8 * 2
      IntPtrOp $8 $4 + $8
      System::Call '*$8(&i2 0)'
      IntPtrOp $6 $4 + 2
      System::Call 'kernel32::lstrlenW(p r6) i .r8'
      ${If} $8 = 0
        ; only the folder was there: the setup made the value, so it goes
        DeleteRegValue HKCU "Environment" "Path"
      ${Else}
        !insertmacro PATH_WRITE
      ${EndIf}
    ${EndIf}
  ${EndIf}
  !insertmacro PATH_DONE
FunctionEnd

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${STAGE}\topdesk-sso-assistant.exe"
  File "${STAGE}\topdesk-sso.exe"
  File "${STAGE}\LICENSE.txt"
  File "${STAGE}\README.txt"
  File "${STAGE}\app.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\topdesk-sso-assistant.exe" "" "$INSTDIR\app.ico" 0
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "The TOPdesk SSO Assistant contributors"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\app.ico"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  Call AddToPath
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ReadRegDWORD $R0 HKCU "${UNINST_KEY}" "PathEntryAdded"
  ${If} $R0 = 1
    Call un.RemoveFromPath
  ${EndIf}
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$INSTDIR\topdesk-sso-assistant.exe"
  Delete "$INSTDIR\topdesk-sso.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\app.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
