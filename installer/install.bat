@echo off
rem rakdesk: install from the wheels folder beside this file, without internet.
rem Needs Python 3.12 or newer (python.org installer, "py" launcher). No administrator rights.
setlocal
set "KIT=%~dp0"
set "APP=%LOCALAPPDATA%\rakdesk\app"
set "PY=python"
where py >nul 2>nul && set "PY=py -3"
%PY% -c "import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)"
if errorlevel 1 (
  echo rakdesk memerlukan Python 3.12 atau lebih baru. Pasang Python dulu, lalu jalankan lagi.
  pause
  exit /b 1
)
echo Memasang rakdesk ke %APP% ...
%PY% -m venv "%APP%" || goto gagal
"%APP%\Scripts\python.exe" -m pip install --no-index --find-links "%KIT%wheels" --upgrade rakdesk || goto gagal
powershell -NoProfile -ExecutionPolicy Bypass -Command "$w = New-Object -ComObject WScript.Shell; foreach ($d in @([Environment]::GetFolderPath('Desktop'), [Environment]::GetFolderPath('Programs'))) { $s = $w.CreateShortcut((Join-Path $d 'rakdesk.lnk')); $s.TargetPath = '%APP%\Scripts\pythonw.exe'; $s.Arguments = '-m rakdesk'; $s.IconLocation = '%APP%\Lib\site-packages\rakdesk\resources\icons\rakdesk.ico'; $s.Save() }" || goto gagal
echo.
echo rakdesk sudah terpasang. Bukalah lewat ikon rakdesk di desktop atau menu Start.
echo Ruang kerja dan cadangan Anda disimpan di %LOCALAPPDATA%\rakdesk.
pause
exit /b 0
:gagal
echo.
echo Pemasangan gagal. Pesan di atas menyebut sebabnya; ruang kerja Anda tidak diubah.
pause
exit /b 1
