<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Formats</name>
    <message>
        <source>{value} B</source>
        <translation>{value} Mrd.</translation>
    </message>
    <message>
        <source>{value} M</source>
        <translation>{value} Mio.</translation>
    </message>
    <message>
        <source>{value} k</source>
        <translation>{value} Tsd.</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} T. {hours} Std.</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} T.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{minutes} m</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>wird zurückgesetzt</translation>
    </message>
    <message>
        <source>resets in {duration} ({clock})</source>
        <translation>zurückgesetzt in {duration} ({clock})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>vor {seconds} s</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>vor {duration}</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>LocalFeed</name>
    <message>
        <source>The local usage feed is not available here.</source>
        <translation>Der lokale Nutzungs-Feed ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Could not start the local usage feed on port {port}: {reason}</source>
        <translation>Der lokale Nutzungs-Feed konnte auf Port {port} nicht gestartet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Claude subscription usage of all your accounts, in the system tray.</source>
        <translation>Die Nutzung Ihrer Claude-Abos über alle Konten, im Infobereich.</translation>
    </message>
    <message>
        <source>run with three simulated accounts; nothing is read or written outside a temp folder</source>
        <translation>mit drei simulierten Konten starten; außerhalb eines temporären Ordners wird nichts gelesen oder geschrieben</translation>
    </message>
    <message>
        <source>log debug messages too</source>
        <translation>auch Debug-Meldungen protokollieren</translation>
    </message>
    <message>
        <source>check that this installation works (no display or network needed) and exit</source>
        <translation>prüfen, ob diese Installation funktioniert (ohne Bildschirm und Netzwerk), und beenden</translation>
    </message>
    <message>
        <source>claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it from your desktop session, or use the command line: claude-usage --help</source>
        <translation>claude-usage-tray: keine grafische Sitzung (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).
Starten Sie das Programm aus Ihrer Desktop-Sitzung oder nutzen Sie die Befehlszeile: claude-usage --help</translation>
    </message>
    <message>
        <source>Claude Usage (demo)</source>
        <translation>Claude-Nutzung (Demo)</translation>
    </message>
    <message>
        <source>Claude Usage</source>
        <translation>Claude-Nutzung</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>{account}: session (5-hour) usage at {percent}</source>
        <translation>{account}: Sitzung (5 Std.) bei {percent}</translation>
    </message>
    <message>
        <source>{account}: weekly usage at {percent}</source>
        <translation>{account}: Wochennutzung bei {percent}</translation>
    </message>
    <message>
        <source>{account} has used {percent} of its session (5-hour) limit.</source>
        <translation>{account} hat {percent} des Sitzungslimits (5 Std.) verbraucht.</translation>
    </message>
    <message>
        <source>{account} has used {percent} of its weekly limit.</source>
        <translation>{account} hat {percent} des Wochenlimits verbraucht.</translation>
    </message>
    <message>
        <source>{account}: session (5-hour) limit reset</source>
        <translation>{account}: Sitzungslimit (5 Std.) zurückgesetzt</translation>
    </message>
    <message>
        <source>{account}: weekly limit reset</source>
        <translation>{account}: Wochenlimit zurückgesetzt</translation>
    </message>
    <message>
        <source>The session (5-hour) window of {account} has reset; you can use Claude again.</source>
        <translation>Die Sitzung (5 Std.) von {account} wurde zurückgesetzt; Sie können Claude wieder nutzen.</translation>
    </message>
    <message>
        <source>The weekly window of {account} has reset; you can use Claude again.</source>
        <translation>Das Wochenlimit von {account} wurde zurückgesetzt; Sie können Claude wieder nutzen.</translation>
    </message>
    <message>
        <source>Claude Code's login expired — run `claude` to refresh it.</source>
        <translation>Die Anmeldung von Claude Code ist abgelaufen – führen Sie `claude` aus, um sie zu erneuern.</translation>
    </message>
    <message>
        <source>Sign in again to keep tracking this account.</source>
        <translation>Melden Sie sich erneut an, um dieses Konto weiter zu verfolgen.</translation>
    </message>
    <message>
        <source>This login can't read usage — sign in with Claude instead.</source>
        <translation>Diese Anmeldung kann die Nutzung nicht lesen – melden Sie sich stattdessen mit Claude an.</translation>
    </message>
    <message>
        <source>Its credentials were refused — check or replace them.</source>
        <translation>Die Zugangsdaten wurden abgelehnt – prüfen oder ersetzen Sie sie.</translation>
    </message>
    <message>
        <source>You are about to hit the limit.</source>
        <translation>Sie erreichen gleich das Limit.</translation>
    </message>
    <message>
        <source>{account} needs attention</source>
        <translation>{account} erfordert Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Schließen ohne zu Speichern</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Geben Sie einen Namen für dieses Konto ein.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>Ein Konto namens „{name}“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Paste the contents of Claude Code's .credentials.json.</source>
        <translation>Fügen Sie den Inhalt der .credentials.json von Claude Code ein.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line {line}, column {column}).</source>
        <translation>Das ist kein gültiges JSON (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <source>Paste an Admin API key (it starts with sk-ant-admin).</source>
        <translation>Fügen Sie einen Admin-API-Schlüssel ein (er beginnt mit sk-ant-admin).</translation>
    </message>
    <message>
        <source>This key looks cut short.</source>
        <translation>Dieser Schlüssel scheint abgeschnitten zu sein.</translation>
    </message>
    <message>
        <source>Paste the code shown after signing in.</source>
        <translation>Fügen Sie den nach der Anmeldung angezeigten Code ein.</translation>
    </message>
    <message>
        <source>The code has no spaces — paste it again.</source>
        <translation>Der Code enthält keine Leerzeichen – fügen Sie ihn erneut ein.</translation>
    </message>
</context>
</TS>
