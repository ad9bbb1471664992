@echo off
rem journeymap: validates customer journey maps written as YAML and renders them as a website.
rem
rem Runs the tool in one JVM with the options it needs for a short run (docs/cli.md). Uses
rem %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH (Java 17 or later).
rem JAVA_OPTS and then JOURNEYMAP_OPTS are passed to the JVM after journeymap's own options.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java.exe"
)
if defined JAVA_HOME if not exist "%JAVA%" (
  echo journeymap: JAVA_HOME is %JAVA_HOME%, but %JAVA% does not exist; point JAVA_HOME at a Java 17 or later, or unset it 1>&2
  exit /b 2
)
"%JAVA%" @OPTIONS@ %JAVA_OPTS% %JOURNEYMAP_OPTS% -Djourneymap.fork=false -cp "@CLASSPATH_WINDOWS@" org.journeymap.cli.Main %*
exit /b %ERRORLEVEL%
