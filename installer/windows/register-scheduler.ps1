# Registers BizSync's background runner (docs/scheduling.md) as a scheduled task that SYSTEM runs
# at start-up, on the machine-wide home %ProgramData%\BizSync; -Uninstall removes the task.
# The .msi runs it as SYSTEM (deferred custom action, installer/windows/main.wxs).
param([switch]$Uninstall)
$ErrorActionPreference = 'Stop'
$taskName = 'BizSync scheduler'

if ($Uninstall) {
    # The settings, the key and the logs in %ProgramData%\BizSync stay: a reinstall finds them.
    Stop-ScheduledTask -TaskName $taskName -ErrorAction SilentlyContinue
    Unregister-ScheduledTask -TaskName $taskName -Confirm:$false -ErrorAction SilentlyContinue
    exit 0
}

# This script is in INSTALLDIR\app; BizSync.exe (console mode) is in INSTALLDIR.
$exe = Join-Path (Split-Path -Parent $PSScriptRoot) 'BizSync.exe'
$dataHome = Join-Path $env:ProgramData 'BizSync'
if (-not (Test-Path -LiteralPath $dataHome)) {
    New-Item -ItemType Directory -Path $dataHome | Out-Null
    # Administrators and SYSTEM only, inherited by what is made inside (docs/security.md).
    # SIDs, not names: the names are translated on a French Windows (« Administrateurs »).
    & icacls.exe $dataHome /inheritance:r /grant:r '*S-1-5-32-544:(OI)(CI)F' '*S-1-5-18:(OI)(CI)F' | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "icacls failed on $dataHome" }
}
# SYSTEM makes the settings and the key file (owner-only ACL) before any administrator's console.
& $exe --home $dataHome scheduler status | Out-Null

$action = New-ScheduledTaskAction -Execute $exe -Argument "--home `"$dataHome`" scheduler"
$trigger = New-ScheduledTaskTrigger -AtStartup
$principal = New-ScheduledTaskPrincipal -UserId 'S-1-5-18' -LogonType ServiceAccount -RunLevel Highest
# No time limit (the default stops a task after 72 hours); restarted if it ever fails.
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) -RestartCount 999 `
    -RestartInterval (New-TimeSpan -Minutes 1) -StartWhenAvailable -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
Register-ScheduledTask -TaskName $taskName -Action $action -Trigger $trigger -Principal $principal `
    -Settings $settings -Force | Out-Null
Start-ScheduledTask -TaskName $taskName
