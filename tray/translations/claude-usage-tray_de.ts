<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Aktionen für {name}</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Use Claude Code&apos;s &amp;login</source>
        <translation>Claude-Code-Anmeldung &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Sign in with Claude (browser)</source>
        <translation>Mit Claude &amp;anmelden (Browser)</translation>
    </message>
    <message>
        <source>&amp;Paste credentials from another computer</source>
        <translation>Zugangsdaten von einem anderen Computer &amp;einfügen</translation>
    </message>
    <message>
        <source>A&amp;dmin API key (organisation)</source>
        <translation>A&amp;dmin-API-Schlüssel (Organisation)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Prüfen und hinzufügen</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>Angemeldet als {email}.</translation>
    </message>
    <message>
        <source>Its access token has expired, so it was not checked with Anthropic (that would mean refreshing it).</source>
        <translation>Das Zugriffstoken ist abgelaufen, daher wurde es nicht bei Anthropic geprüft (dafür müsste es erneuert werden).</translation>
    </message>
    <message>
        <source>This is Claude Code&apos;s own login on this computer. Refresh tokens are single use: a copy saved here would sign Claude Code out the first time this app refreshes it.</source>
        <translation>Das ist die Anmeldung von Claude Code auf diesem Computer. Refresh-Tokens sind nur einmal gültig: Eine hier gespeicherte Kopie würde Claude Code abmelden, sobald diese App sie zum ersten Mal erneuert.</translation>
    </message>
    <message>
        <source>Link it read-only instead: the app then only reads Claude Code&apos;s login, and Claude Code stays signed in.</source>
        <translation>Verknüpfen Sie sie stattdessen nur lesend: Die App liest dann nur die Anmeldung von Claude Code, und Claude Code bleibt angemeldet.</translation>
    </message>
    <message>
        <source>If this login came from Claude Code on another computer, that Claude Code will be signed out the first time this app refreshes it (refresh tokens are single use). Signing in with Claude gives this app a login of its own instead.</source>
        <translation>Stammt diese Anmeldung von Claude Code auf einem anderen Computer, wird jenes Claude Code abgemeldet, sobald diese App sie zum ersten Mal erneuert (Refresh-Tokens sind nur einmal gültig). Mit Claude anmelden gibt dieser App stattdessen eine eigene Anmeldung.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>z. B. Arbeit, Privat</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Link read-only instead</source>
        <translation>Stattdessen nur lesend &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>claude-usage-core (the TypeScript library) saved {accounts} on this computer. Import them here? Its file is only read, never changed.</source>
        <translation>claude-usage-core (die TypeScript-Bibliothek) hat auf diesem Computer {accounts} gespeichert. Hierher importieren? Die Datei wird nur gelesen, nie geändert.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Don&apos;t offer these accounts again</source>
        <translation>Diese Konten nicht mehr anbieten</translation>
    </message>
    <message>
        <source>{method} — none found on this computer</source>
        <translation>{method} – hier nicht gefunden</translation>
    </message>
    <message>
        <source>Tracks {email}, the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Verfolgt {email}, das Konto, bei dem Claude Code auf diesem Computer angemeldet ist. Die App liest diese Anmeldung nur; läuft sie ab, führen Sie `claude` aus, um sie zu erneuern.</translation>
    </message>
    <message>
        <source>Tracks the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Verfolgt das Konto, bei dem Claude Code auf diesem Computer angemeldet ist. Die App liest diese Anmeldung nur; läuft sie ab, führen Sie `claude` aus, um sie zu erneuern.</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. After you approve, you come back here automatically. This account&apos;s login belongs to this app, separate from Claude Code&apos;s.</source>
        <translation>Ihr Browser öffnet die Anmeldeseite von Claude. Nach der Freigabe kehren Sie automatisch hierher zurück. Die Anmeldung dieses Kontos gehört dieser App, getrennt von der von Claude Code.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>Browser erneut &amp;öffnen</translation>
    </message>
    <message>
        <source>If the page shows a code instead, paste it here:</source>
        <translation>Zeigt die Seite stattdessen einen Code, fügen Sie ihn hier ein:</translation>
    </message>
    <message>
        <source>the code the page shows</source>
        <translation>der Code, den die Seite zeigt</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>Code &amp;verwenden</translation>
    </message>
    <message>
        <source>For a login copied from another computer (the contents of its Claude Code .credentials.json). Careful: refresh tokens are single use, so the first time this app refreshes the login, Claude Code there is signed out. To track Claude Code&apos;s login on this computer, use its login (read-only) instead; to give this app its own login, sign in with Claude.</source>
        <translation>Für eine von einem anderen Computer kopierte Anmeldung (der Inhalt seiner .credentials.json von Claude Code). Vorsicht: Refresh-Tokens sind nur einmal gültig – sobald diese App die Anmeldung erneuert, wird Claude Code dort abgemeldet. Um die Anmeldung von Claude Code auf diesem Computer zu verfolgen, verwenden Sie stattdessen diese (nur lesend); für eine eigene Anmeldung dieser App melden Sie sich mit Claude an.</translation>
    </message>
    <message>
        <source>Credentials JSON</source>
        <translation>Zugangsdaten (JSON)</translation>
    </message>
    <message>
        <source>An Admin API key shows the organisation&apos;s month-to-date tokens and spend. It is checked with one request, then stored encrypted.</source>
        <translation>Ein Admin-API-Schlüssel zeigt Tokens und Kosten der Organisation seit Monatsbeginn. Er wird mit einer Anfrage geprüft und dann verschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Admin-API-Schlüssel</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Save a copy anyway</source>
        <translation>Trotzdem eine Kopie speichern</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Trotzdem hinzufügen</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. If the browser did not open, open it again or copy this link into it:</source>
        <translation>Warten auf Ihre Anmeldung. Falls sich der Browser nicht geöffnet hat, öffnen Sie ihn erneut oder kopieren Sie diesen Link hinein:</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Bars: session peak per hour; line: weekly usage</source>
        <translation>Balken: Sitzungsspitze pro Stunde; Linie: Wochennutzung</translation>
    </message>
</context>
<context>
    <name>ColumnHeads</name>
    <message>
        <source>Resets</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
</context>
<context>
    <name>DailyBars</name>
    <message>
        <source>Cost per day, last {count} days; highest {cost} on {day}</source>
        <translation>Kosten pro Tag, letzte {count} Tage; höchster Wert {cost} am {day}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first account</source>
        <translation>Erstes Konto hinzufügen</translation>
    </message>
    <message>
        <source>Claude Usage shows how much of your Claude limits you have used. Choose how to connect an account:</source>
        <translation>Claude-Nutzung zeigt, wie viel Ihrer Claude-Limits Sie verbraucht haben. Wählen Sie, wie Sie ein Konto verbinden:</translation>
    </message>
    <message>
        <source>&amp;Use Claude Code&apos;s login</source>
        <translation>Anmeldung von Claude Code &amp;verwenden</translation>
    </message>
    <message>
        <source>Track the account Claude Code is signed in to (read-only)</source>
        <translation>Das Konto verfolgen, bei dem Claude Code angemeldet ist (nur lesend)</translation>
    </message>
    <message>
        <source>Sign &amp;in with Claude…</source>
        <translation>Mit Claude &amp;anmelden…</translation>
    </message>
    <message>
        <source>Add an Ad&amp;min API key…</source>
        <translation>Ad&amp;min-API-Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Paste credentials (advanced)…</source>
        <translation>Zugangsdaten &amp;einfügen (für Fortgeschrittene)…</translation>
    </message>
    <message>
        <source>For a login from another computer. Not Claude Code&apos;s login on this one: use the first choice for that</source>
        <translation>Für eine Anmeldung von einem anderen Computer. Nicht für die Anmeldung von Claude Code auf diesem – dafür die erste Option verwenden</translation>
    </message>
    <message>
        <source>Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); that file is only read</source>
        <translation>Die von claude-usage-core gespeicherten Konten übernehmen (~/.claude-usage/accounts.enc); die Datei wird nur gelesen</translation>
    </message>
    <message>
        <source>Dismiss: don&apos;t offer these accounts again</source>
        <translation>Ausblenden: diese Konten nicht mehr anbieten</translation>
    </message>
    <message>
        <source>Dismiss the import offer</source>
        <translation>Importangebot ausblenden</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Could not import: {error}</source>
        <translation>Import fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {error}</source>
        <translation>„{name}“ konnte nicht umbenannt werden: {error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”: {error}</source>
        <translation>„{name}“ konnte nicht entfernt werden: {error}</translation>
    </message>
</context>
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
    <name>LimitView</name>
    <message>
        <source>Holding you back: {limit}</source>
        <translation>Bremst dich: {limit}</translation>
    </message>
    <message>
        <source>A sign-in lasts about 28 days, refreshes or not: sign in again before then to avoid a sudden logout (for a Claude Code login, run `claude`)</source>
        <translation>Eine Anmeldung hält etwa 28 Tage, ob erneuert oder nicht: Melde dich vorher erneut an, um nicht plötzlich abgemeldet zu werden (für eine Claude-Code-Anmeldung `claude` ausführen)</translation>
    </message>
    <message>
        <source>— estimated from when you signed in</source>
        <translation>— geschätzt ab deiner Anmeldung</translation>
    </message>
    <message>
        <source>(not a login problem)</source>
        <translation>(kein Anmeldeproblem)</translation>
    </message>
    <message>
        <source>%n session(s)</source>
        <translation>Sitzungen: %n</translation>
    </message>
    <message>
        <source>+{added} / −{removed} lines</source>
        <translation>+{added} / −{removed} Zeilen</translation>
    </message>
    <message>
        <source>%n commit(s)</source>
        <translation>Commits: %n</translation>
    </message>
    <message>
        <source>%n PR(s)</source>
        <translation>PRs: %n</translation>
    </message>
    <message>
        <source>{share} of edits accepted</source>
        <translation>{share} der Änderungen angenommen</translation>
    </message>
    <message>
        <source>Spend limits: not available for this organisation</source>
        <translation>Ausgabenlimits: für diese Organisation nicht verfügbar</translation>
    </message>
    <message>
        <source>Spend limit: {spent} of {cap} ({share})</source>
        <translation>Ausgabenlimit: {spent} von {cap} ({share})</translation>
    </message>
    <message>
        <source>%n member(s) above 80 % of their limit</source>
        <translation>Mitglieder über 80 % ihres Limits: %n</translation>
    </message>
    <message>
        <source>holding you back</source>
        <translation>bremst dich</translation>
    </message>
    <message>
        <source>Binding — {line}</source>
        <translation>Bremst — {line}</translation>
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
    <name>LocalPanel</name>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code auf diesem Computer</translation>
    </message>
    <message>
        <source>30-day chart</source>
        <translation>30-Tage-Diagramm</translation>
    </message>
    <message>
        <source>Show the cost of each of the last 30 days</source>
        <translation>Die Kosten jedes der letzten 30 Tage anzeigen</translation>
    </message>
</context>
<context>
    <name>LocalUsage</name>
    <message>
        <source>Today {today} · 30 days {period} (API prices)</source>
        <translation>Heute {today} · 30 Tage {period} (API-Preise)</translation>
    </message>
    <message>
        <source>No Claude Code messages in the last 30 days</source>
        <translation>Keine Claude-Code-Nachrichten in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(kein Projekt)</translation>
    </message>
    <message>
        <source>Top projects: {projects}</source>
        <translation>Top-Projekte: {projects}</translation>
    </message>
    <message>
        <source>Not priced (no list price known): {models}</source>
        <translation>Ohne Preis (kein Listenpreis bekannt): {models}</translation>
    </message>
    <message>
        <source>{day}: {cost}</source>
        <translation>{day}: {cost}</translation>
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
    <name>Notices</name>
    <message>
        <source>{name}&apos;s session is at {percent}</source>
        <translation>Sitzung von {name} bei {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit is at {percent}</source>
        <translation>Wöchentliches {model}-Limit von {name} bei {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s organisation has spent {percent} of its limit</source>
        <translation>Die Organisation {name} hat {percent} ihres Limits ausgegeben</translation>
    </message>
    <message>
        <source>{name}&apos;s week is at {percent}</source>
        <translation>Woche von {name} bei {percent}</translation>
    </message>
    <message>
        <source>At 100 % the organisation&apos;s Claude Code use stops until then.</source>
        <translation>Bei 100 % stoppt die Claude-Code-Nutzung der Organisation bis dahin.</translation>
    </message>
    <message>
        <source>At 100 % Claude stops answering on this account until then.</source>
        <translation>Bei 100 % antwortet Claude auf diesem Konto bis dahin nicht mehr.</translation>
    </message>
    <message>
        <source>At 100 % {model} stops answering on this account until then.</source>
        <translation>Bei 100 % antwortet {model} auf diesem Konto bis dahin nicht mehr.</translation>
    </message>
    <message>
        <source>It resets soon.</source>
        <translation>Das Limit wird bald zurückgesetzt.</translation>
    </message>
    <message>
        <source>Resets in {duration} ({clock}).</source>
        <translation>Zurückgesetzt in {duration} ({clock}).</translation>
    </message>
    <message>
        <source>The limit starts over soon.</source>
        <translation>Das Limit beginnt bald von vorn.</translation>
    </message>
    <message>
        <source>The limit starts over in {duration}.</source>
        <translation>Das Limit beginnt in {duration} von vorn.</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-in expires in %n day(s)</source>
        <translation>Anmeldung von {name} läuft ab — verbleibende Tage: %n</translation>
    </message>
    <message>
        <source>Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code login: run `claude`) to keep tracking this account.</source>
        <translation>Anmeldungen halten etwa 28 Tage, ob erneuert oder nicht. Melde dich erneut an (für eine Claude-Code-Anmeldung: `claude` ausführen), um dieses Konto weiter zu verfolgen.</translation>
    </message>
    <message>
        <source>{name}&apos;s session limit has reset</source>
        <translation>Sitzungslimit von {name} zurückgesetzt</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit has reset</source>
        <translation>Wöchentliches {model}-Limit von {name} zurückgesetzt</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly limit has reset</source>
        <translation>Wochenlimit von {name} zurückgesetzt</translation>
    </message>
    <message>
        <source>You can use Claude on {name} again.</source>
        <translation>Sie können Claude mit {name} wieder nutzen.</translation>
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
    <name>Popup</name>
    <message>
        <source>Claude Usage</source>
        <translation>Claude-Nutzung</translation>
    </message>
    <message>
        <source>Claude usage</source>
        <translation>Claude-Nutzung</translation>
    </message>
    <message>
        <source>How old the figures shown are</source>
        <translation>Wie alt die angezeigten Werte sind</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Fetch usage now</source>
        <translation>Nutzung jetzt abrufen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch usage now (F5)</source>
        <translation>Nutzung jetzt abrufen (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
    <name>Remove</name>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove “{name}” from Claude Usage?</source>
        <translation>„{name}“ aus Claude Usage entfernen?</translation>
    </message>
    <message>
        <source>Its saved credentials are deleted from this app. Claude Code&apos;s own login, and the account itself, are not affected.</source>
        <translation>Die gespeicherten Zugangsdaten werden aus dieser App gelöscht. Die eigene Anmeldung von Claude Code und das Konto selbst bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>&amp;Neuer Name für „{name}“:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Zahl</translation>
    </message>
    <message>
        <source>Two &amp;bars</source>
        <translation>Zwei &amp;Balken</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>R&amp;ing</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Claude Code&apos;s refresh tokens are single-use. When this app refreshes a linked login it must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes at the same moment, or the write fails, Claude Code is signed out and you must run `claude` to sign in again. Leave this off unless you know you need it.</source>
        <translation>Die Refresh-Tokens von Claude Code sind nur einmal gültig. Erneuert diese App eine verknüpfte Anmeldung, muss sie die neuen Tokens dorthin zurückschreiben, wo Claude Code sie aufbewahrt; erneuert Claude Code im selben Moment oder schlägt das Schreiben fehl, wird Claude Code abgemeldet und Sie müssen sich mit `claude` erneut anmelden. Lassen Sie dies aus, wenn Sie es nicht sicher brauchen.</translation>
    </message>
    <message>
        <source>Claude Usage settings</source>
        <translation>Einstellungen von Claude-Nutzung</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
    <message>
        <source>S&amp;tart Claude Usage when I log in</source>
        <translation>Claude-Nutzung bei der Anmeldung s&amp;tarten</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>Nicht verfügbar: {reason}.</translation>
    </message>
    <message>
        <source>O&amp;pen the popup with:</source>
        <translation>Übersicht ö&amp;ffnen mit:</translation>
    </message>
    <message>
        <source>A key combination that works in every application.</source>
        <translation>Eine Tastenkombination, die in jeder Anwendung funktioniert.</translation>
    </message>
    <message>
        <source>Global shortcut</source>
        <translation>Globales Tastenkürzel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Symbol im Infobereich:</translation>
    </message>
    <message>
        <source>&amp;Keep my own order of the accounts</source>
        <translation>Meine eigene &amp;Reihenfolge der Konten beibehalten</translation>
    </message>
    <message>
        <source>Otherwise accounts that need attention and the fullest come first. Drag an account, or press Alt+↑/↓ on it, to move it.</source>
        <translation>Sonst stehen Konten, die Aufmerksamkeit erfordern, und die vollsten oben. Ziehen Sie ein Konto oder drücken Sie darauf Alt+↑/↓, um es zu verschieben.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Warn when usage crosses a threshold</source>
        <translation>&amp;Warnen, wenn die Nutzung eine Schwelle überschreitet</translation>
    </message>
    <message>
        <source>e.g. 80, 95</source>
        <translation>z. B. 80, 95</translation>
    </message>
    <message>
        <source>&amp;Session thresholds (%):</source>
        <translation>&amp;Sitzungsschwellen (%):</translation>
    </message>
    <message>
        <source>W&amp;eekly thresholds (%):</source>
        <translation>&amp;Wochenschwellen (%):</translation>
    </message>
    <message>
        <source>Tell me when a limit I reached has reset</source>
        <translation>Melden, wenn ein erreichtes Limit zurückgesetzt wurde</translation>
    </message>
    <message>
        <source>Tell me when an account needs &amp;attention</source>
        <translation>Melden, wenn ein Konto &amp;Aufmerksamkeit erfordert</translation>
    </message>
    <message>
        <source>Show in the popup</source>
        <translation>In der Übersicht anzeigen</translation>
    </message>
    <message>
        <source>Session (5-hour) usage</source>
        <translation>Sitzungsnutzung (5 Std.)</translation>
    </message>
    <message>
        <source>Weekly usage</source>
        <translation>Wochennutzung</translation>
    </message>
    <message>
        <source>Per-model weekly usage</source>
        <translation>Wochennutzung je Modell</translation>
    </message>
    <message>
        <source>Extra usage (credits)</source>
        <translation>Zusatznutzung (Guthaben)</translation>
    </message>
    <message>
        <source>7-day chart</source>
        <translation>7-Tage-Diagramm</translation>
    </message>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Symbolfarbe: jedes bindende Limit</translation>
    </message>
    <message>
        <source>The icon&apos;s colour follows the limit holding an account back (a weekly or a model&apos;s limit), not only the session; a corner mark shows it either way</source>
        <translation>Die Symbolfarbe folgt dem Limit, das ein Konto bremst (ein Wochen- oder Modelllimit), nicht nur der Sitzung; eine Eckmarkierung zeigt es in jedem Fall</translation>
    </message>
    <message>
        <source>A small chart of the last 7 days of session and weekly usage on each card</source>
        <translation>Ein kleines Diagramm der letzten 7 Tage von Sitzungs- und Wochennutzung auf jeder Karte</translation>
    </message>
    <message>
        <source>Accounts linked to Claude Code&apos;s login</source>
        <translation>Mit der Anmeldung von Claude Code verknüpfte Konten</translation>
    </message>
    <message>
        <source>Rea&amp;d-only: when the login expires, ask me to run `claude`</source>
        <translation>Nur &amp;lesend: Läuft die Anmeldung ab, bitte mich, `claude` auszuführen</translation>
    </message>
    <message>
        <source>Refresh it myself and write the new login &amp;back</source>
        <translation>Selbst erneuern und die neue Anmeldung &amp;zurückschreiben</translation>
    </message>
    <message>
        <source>Local usage feed</source>
        <translation>Lokaler Nutzungs-Feed</translation>
    </message>
    <message>
        <source>Ser&amp;ve my usage to programs on this computer</source>
        <translation>Meine Nutzung Programmen auf diesem Computer &amp;bereitstellen</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(nicht verfügbar)</translation>
    </message>
    <message>
        <source>GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` document to programs that send the token kept in {where} (readable only by you) as `Authorization: Bearer TOKEN`. Off by default.</source>
        <translation>GET http://127.0.0.1:PORT/v1/usage liefert das Dokument von `claude-usage usage --json` an Programme, die das in {where} gespeicherte Token (nur für Sie lesbar) als `Authorization: Bearer TOKEN` senden. Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>{window} thresholds: whole numbers from 1 to 100, separated by commas.</source>
        <translation>Schwellen für {window}: ganze Zahlen von 1 bis 100, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <source>Wayland does not let applications listen for keys. Bind a shortcut to the command claude-usage-tray in your desktop&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Unter Wayland dürfen Anwendungen nicht auf Tasten lauschen. Legen Sie stattdessen in den Tastatureinstellungen Ihres Desktops ein Tastenkürzel für den Befehl claude-usage-tray an: Ein erneuter Start öffnet diese Übersicht.</translation>
    </message>
    <message>
        <source>Not available on this system yet. Bind a shortcut to claude-usage-tray in the system&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Auf diesem System noch nicht verfügbar. Legen Sie stattdessen in den Tastatureinstellungen des Systems ein Tastenkürzel für claude-usage-tray an: Ein erneuter Start öffnet diese Übersicht.</translation>
    </message>
    <message>
        <source>Not one key combination</source>
        <translation>Keine einzelne Tastenkombination</translation>
    </message>
    <message>
        <source>Use at least one of Ctrl, Alt, Shift, Meta</source>
        <translation>Mindestens eine der Tasten Strg, Alt, Umschalt, Meta verwenden</translation>
    </message>
    <message>
        <source>Unknown key: {key}</source>
        <translation>Unbekannte Taste: {key}</translation>
    </message>
    <message>
        <source>{sequence} is already taken by another application</source>
        <translation>{sequence} ist bereits von einer anderen Anwendung belegt</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Show usage</source>
        <translation>Nutzung anzeigen</translation>
    </message>
    <message>
        <source>Open the popup at this account</source>
        <translation>Übersicht bei diesem Konto öffnen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The shortcut {keys} does not work here: {problem}</source>
        <translation>Das Tastenkürzel {keys} funktioniert hier nicht: {problem}</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>{value} percent</source>
        <translation>{value} Prozent</translation>
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
        <source>Paste the contents of Claude Code&apos;s .credentials.json.</source>
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
    <name>ViewModel</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>session peak {percent}</source>
        <translation>Sitzungsspitze {percent}</translation>
    </message>
    <message>
        <source>week peak {percent}</source>
        <translation>Wochenspitze {percent}</translation>
    </message>
    <message>
        <source>retrying at the next refresh</source>
        <translation>neuer Versuch bei der nächsten Aktualisierung</translation>
    </message>
    <message>
        <source>retrying in {duration} ({clock})</source>
        <translation>neuer Versuch in {duration} ({clock})</translation>
    </message>
    <message>
        <source>sign in again to keep tracking it</source>
        <translation>erneut anmelden, um es weiter zu verfolgen</translation>
    </message>
    <message>
        <source>sign in with Claude</source>
        <translation>mit Claude anmelden</translation>
    </message>
    <message>
        <source>will retry at the next refresh</source>
        <translation>wird bei der nächsten Aktualisierung erneut versucht</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>: could not fetch usage</source>
        <translation>: Nutzung konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Stale — showing values from {clock}</source>
        <translation>Veraltet – Werte von {clock}</translation>
    </message>
    <message>
        <source>far ahead of pace</source>
        <translation>weit vor dem Plan</translation>
    </message>
    <message>
        <source>ahead of pace ({ratio}×)</source>
        <translation>vor dem Plan ({ratio}×)</translation>
    </message>
    <message>
        <source>under pace ({ratio}×)</source>
        <translation>unter dem Plan ({ratio}×)</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>runs out at {clock} (in {duration})</source>
        <translation>aufgebraucht um {clock} (in {duration})</translation>
    </message>
    <message>
        <source>used this month · no monthly cap</source>
        <translation>diesen Monat verbraucht · kein Monatslimit</translation>
    </message>
    <message>
        <source>used this month</source>
        <translation>diesen Monat verbraucht</translation>
    </message>
    <message>
        <source>Extra usage</source>
        <translation>Zusatznutzung</translation>
    </message>
    <message>
        <source>Session (5 h)</source>
        <translation>Sitzung (5 Std.)</translation>
    </message>
    <message>
        <source>Week (all models)</source>
        <translation>Woche (alle Modelle)</translation>
    </message>
    <message>
        <source>Week · {model}</source>
        <translation>Woche · {model}</translation>
    </message>
    <message>
        <source>The session resets at {clock}</source>
        <translation>Die Sitzung wird um {clock} zurückgesetzt</translation>
    </message>
    <message>
        <source>The week resets at {clock}</source>
        <translation>Die Woche wird um {clock} zurückgesetzt</translation>
    </message>
    <message>
        <source>{window} limit reached — back {clock}</source>
        <translation>{window}: Limit erreicht – wieder ab {clock}</translation>
    </message>
    <message>
        <source>{window} runs out {clock} — {early} before reset</source>
        <translation>{window} aufgebraucht {clock} – {early} vor dem Reset</translation>
    </message>
    <message>
        <source>{window} nearly used up — resets in {left}</source>
        <translation>{window} fast aufgebraucht – Reset in {left}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Waiting for the first update…</source>
        <translation>Warten auf die erste Aktualisierung…</translation>
    </message>
    <message>
        <source>No usage reported yet</source>
        <translation>Noch keine Nutzung gemeldet</translation>
    </message>
    <message>
        <source>{tokens} tok · ≈ {money}</source>
        <translation>{tokens} Tok. · ≈ {money}</translation>
    </message>
    <message>
        <source>{name} (key)</source>
        <translation>{name} (Schlüssel)</translation>
    </message>
    <message>
        <source>{name} (user)</source>
        <translation>{name} (Benutzer)</translation>
    </message>
    <message>
        <source>≈ {money} (estimated)</source>
        <translation>≈ {money} (geschätzt)</translation>
    </message>
    <message>
        <source>{input} in · {output} out</source>
        <translation>{input} Eingabe · {output} Ausgabe</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <source>{tokens} of the input</source>
        <translation>{tokens} der Eingabe</translation>
    </message>
    <message>
        <source>No price for</source>
        <translation>Kein Preis für</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>model and key costs are estimates at list prices; Spend is the bill</source>
        <translation>Modell- und Schlüsselkosten sind Schätzungen zu Listenpreisen; Kosten ist die Rechnung</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Top-Modelle</translation>
    </message>
    <message>
        <source>Top keys and users</source>
        <translation>Top-Schlüssel und -Benutzer</translation>
    </message>
    <message>
        <source>{money} spent {period}</source>
        <translation>{money} ausgegeben {period}</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin-API</translation>
    </message>
    <message>
        <source>month to date</source>
        <translation>seit Monatsbeginn</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>seit {date}</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{money} this month</source>
        <translation>{money} diesen Monat</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>Sitzung {value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>Woche {value}</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>keine Limits</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (veraltet)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>Claude Code&apos;s login expired</source>
        <translation>Anmeldung von Claude Code abgelaufen</translation>
    </message>
    <message>
        <source>can&apos;t read usage</source>
        <translation>Nutzung nicht lesbar</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Anfragen begrenzt</translation>
    </message>
    <message>
        <source>blocked by Cloudflare</source>
        <translation>von Cloudflare blockiert</translation>
    </message>
    <message>
        <source>could not fetch usage</source>
        <translation>Nutzung nicht abrufbar</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name} – {state}</translation>
    </message>
    <message>
        <source>{title} — no accounts yet</source>
        <translation>{title} – noch keine Konten</translation>
    </message>
    <message>
        <source>{title} — worst session {percent}</source>
        <translation>{title} – höchste Sitzung {percent}</translation>
    </message>
    <message>
        <source>Import {accounts} from {source}</source>
        <translation>{accounts} aus {source} importieren</translation>
    </message>
    <message>
        <source>Nothing new to import from {source}: its accounts are already here.</source>
        <translation>Nichts Neues aus {source} zu importieren: Die Konten sind schon hier.</translation>
    </message>
    <message>
        <source>Imported {accounts} from {source}: {names}.</source>
        <translation>{accounts} aus {source} importiert: {names}.</translation>
    </message>
    <message>
        <source>Can&apos;t reach Anthropic since {clock}</source>
        <translation>Anthropic seit {clock} nicht erreichbar</translation>
    </message>
    <message>
        <source>retrying {clock}</source>
        <translation>neuer Versuch {clock}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Data from {clock} ({age})</source>
        <translation>Daten von {clock} ({age})</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Aktualisiert {age}</translation>
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
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sign in again to {name} ({email})</source>
        <translation>Erneut bei {name} anmelden ({email})</translation>
    </message>
    <message>
        <source>Sign in again to {name}</source>
        <translation>Erneut bei {name} anmelden</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. Sign in as {who} and approve; you come back here automatically, and {name} is tracked again.</source>
        <translation>Ihr Browser öffnet die Anmeldeseite von Claude. Melden Sie sich als {who} an und geben Sie frei; Sie kehren automatisch hierher zurück, und {name} wird wieder verfolgt.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>dieses Konto</translation>
    </message>
</context>
</TS>
