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
    <name>OrgDetailsDialog</name>
    <message>
        <source>{name} — Claude Code this month</source>
        <translation>{name} – Claude Code diesen Monat</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>OrgPeopleModel</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% des Limits</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Lines +</source>
        <translation>Zeilen +</translation>
    </message>
    <message>
        <source>Lines −</source>
        <translation>Zeilen −</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PRs</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
</context>
<context>
    <name>OrgSummaryBlock</name>
    <message>
        <source>CLAUDE CODE THIS MONTH</source>
        <translation>CLAUDE CODE DIESEN MONAT</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Everyone, sortable by spend and productivity</source>
        <translation>Alle, sortierbar nach Kosten und Produktivität</translation>
    </message>
    <message>
        <source>Top by spend</source>
        <translation>Top nach Kosten</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>of limit</source>
        <translation>des Limits</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Symbolfarbe: jedes bindende Limit</translation>
    </message>
    <message>
        <source>The icon's colour follows the limit holding an account back (a weekly or a model's limit), not only the session; a corner mark shows it either way</source>
        <translation>Die Symbolfarbe folgt dem Limit, das ein Konto bremst (ein Wochen- oder Modelllimit), nicht nur der Sitzung; eine Eckmarkierung zeigt es in jedem Fall</translation>
    </message>
</context>
<context>
    <name>SignInDeadlineRow</name>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
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
<context>
    <name>WslLoginChooser</name>
    <message>
        <source>Claude Code login to link</source>
        <translation>Zu verknüpfende Claude-Code-Anmeldung</translation>
    </message>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code auf diesem Computer</translation>
    </message>
    <message>
        <source>{distro} (WSL) — {user}</source>
        <translation>{distro} (WSL) – {user}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldung:</translation>
    </message>
</context>
</TS>
