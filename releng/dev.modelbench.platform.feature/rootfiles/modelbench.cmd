@echo off
rem Starts the Model Bench lab image on Windows. With a verb (import, info, ...) it runs the headless
rem command line in this console, with the same verbs and exit codes as on Linux; with none, or with
rem Eclipse's "-data FOLDER", it opens the IDE through javaw, so no console window stays open.
rem Maven Central carries no native Eclipse launcher, so this script does what eclipse.ini would.
setlocal EnableExtensions DisableDelayedExpansion
set "MB_HOME=%~dp0"
set "MB_HOME=%MB_HOME:~0,-1%"

rem The first Java 21+ found: JAVA_HOME, then the java on PATH, then the usual install folders.
set "MB_JAVA="
if defined JAVA_HOME call :try_java "%JAVA_HOME%"
if not defined MB_JAVA for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined MB_JAVA call :try_java "%%~dpj.."
if not defined MB_JAVA for /d %%d in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\Amazon Corretto\*" "%ProgramFiles%\BellSoft\*" "%ProgramFiles%\Semeru\*" "%LOCALAPPDATA%\Programs\Eclipse Adoptium\*") do if not defined MB_JAVA call :try_java "%%~d"
if not defined MB_JAVA (
	echo modelbench: Java 21 or newer is required. Install one ^(for example Eclipse Temurin 21, the x64 .msi, with "Set JAVA_HOME variable" ticked^) or set JAVA_HOME to it. 1>&2
	exit /b 1
)

set "MB_LAUNCHER="
for %%f in ("%MB_HOME%\plugins\org.eclipse.equinox.launcher_*.jar") do set "MB_LAUNCHER=%%~ff"
rem No parenthesised block around the folder's name: "Program Files (x86)" would end it early.
if defined MB_LAUNCHER goto found_launcher
echo modelbench: %MB_HOME% is not a Model Bench installation (no Equinox launcher in plugins\). 1>&2
exit /b 1
:found_launcher
if not defined MODELBENCH_MAX_HEAP set "MODELBENCH_MAX_HEAP=4g"
set MB_VMARGS=-Dosgi.requiredJavaVersion=21 -Xms256m -Xmx%MODELBENCH_MAX_HEAP% --enable-native-access=ALL-UNNAMED

set "MB_WORKSPACE=%MODELBENCH_WORKSPACE%"
if not defined MB_WORKSPACE set "MB_WORKSPACE=%USERPROFILE%\modelbench-workspace"
if "%~1"=="" goto ide
if /i not "%~1"=="-data" goto verb
if "%~2"=="" goto usage
if not "%~3"=="" goto usage
set "MB_WORKSPACE=%~2"
goto ide

:verb
"%MB_JAVA%\bin\java.exe" %MB_VMARGS% -Djava.awt.headless=true -jar "%MB_LAUNCHER%" -nosplash -application dev.modelbench.cli.app -data @noDefault %*
exit /b %ERRORLEVEL%

:ide
start "Model Bench" "%MB_JAVA%\bin\javaw.exe" %MB_VMARGS% -jar "%MB_LAUNCHER%" -data "%MB_WORKSPACE%"
exit /b 0

:usage
echo modelbench: '-data' takes one folder, the workspace the IDE opens: modelbench -data FOLDER 1>&2
exit /b 2

rem Sets MB_JAVA to the folder %1 if its bin\java.exe and bin\javaw.exe are Java 21 or newer.
:try_java
if not exist "%~1\bin\java.exe" exit /b 0
if not exist "%~1\bin\javaw.exe" exit /b 0
set "MB_SETTINGS=%TEMP%\modelbench-java-%RANDOM%.txt"
"%~1\bin\java.exe" -XshowSettings:properties -version >"%MB_SETTINGS%" 2>&1
set "MB_SPEC="
for /f "usebackq tokens=1,2 delims== " %%k in ("%MB_SETTINGS%") do if "%%k"=="java.specification.version" set "MB_SPEC=%%l"
del "%MB_SETTINGS%" >nul 2>&1
if not defined MB_SPEC exit /b 0
rem "1.8" and the like are older than 21: their first number is 1.
for /f "tokens=1 delims=." %%m in ("%MB_SPEC%") do if %%m GEQ 21 set "MB_JAVA=%~f1"
exit /b 0
