@echo off
rem TSDesk's command line, so that "tsdesk --help" works in any console: the installer puts
rem this folder on PATH. tsdesk-cli.exe is the console build of TSDesk.exe (same program).
"%~dp0tsdesk-cli.exe" %*
exit /b %ERRORLEVEL%
