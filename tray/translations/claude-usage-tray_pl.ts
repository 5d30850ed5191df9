<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>Formats</name>
    <message>
        <source>{value} B</source>
        <translation>{value} mld</translation>
    </message>
    <message>
        <source>{value} M</source>
        <translation>{value} mln</translation>
    </message>
    <message>
        <source>{value} k</source>
        <translation>{value} tys.</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>poniżej minuty</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} godz.</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours} godz. {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} godz.</translation>
    </message>
    <message>
        <source>{minutes} m</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nie rozpoczęto</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>trwa reset</translation>
    </message>
    <message>
        <source>resets in {duration} ({clock})</source>
        <translation>reset za {duration} ({clock})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>{seconds} s temu</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>{duration} temu</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Domyślny systemu</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Nowy język zostanie użyty od następnego uruchomienia.</translation>
    </message>
</context>
<context>
    <name>LocalFeed</name>
    <message>
        <source>The local usage feed is not available here.</source>
        <translation>Lokalny kanał użycia jest tu niedostępny.</translation>
    </message>
    <message>
        <source>Could not start the local usage feed on port {port}: {reason}</source>
        <translation>Nie udało się uruchomić lokalnego kanału użycia na porcie {port}: {reason}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Claude subscription usage of all your accounts, in the system tray.</source>
        <translation>Użycie subskrypcji Claude na wszystkich kontach, w zasobniku systemowym.</translation>
    </message>
    <message>
        <source>run with three simulated accounts; nothing is read or written outside a temp folder</source>
        <translation>uruchom z trzema symulowanymi kontami; nic nie jest odczytywane ani zapisywane poza folderem tymczasowym</translation>
    </message>
    <message>
        <source>log debug messages too</source>
        <translation>zapisuj też komunikaty debugowania</translation>
    </message>
    <message>
        <source>check that this installation works (no display or network needed) and exit</source>
        <translation>sprawdź, czy ta instalacja działa (bez ekranu i sieci), i zakończ</translation>
    </message>
    <message>
        <source>claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it from your desktop session, or use the command line: claude-usage --help</source>
        <translation>claude-usage-tray: brak sesji graficznej (nie ustawiono ani DISPLAY, ani WAYLAND_DISPLAY).
Uruchom program z sesji pulpitu lub użyj wiersza poleceń: claude-usage --help</translation>
    </message>
    <message>
        <source>Claude Usage (demo)</source>
        <translation>Użycie Claude (demo)</translation>
    </message>
    <message>
        <source>Claude Usage</source>
        <translation>Użycie Claude</translation>
    </message>
</context>
<context>
    <name>OrgDetailsDialog</name>
    <message>
        <source>{name} — Claude Code this month</source>
        <translation>{name} — Claude Code w tym miesiącu</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtruj po nazwie</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
</context>
<context>
    <name>OrgPeopleModel</name>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% limitu</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Lines +</source>
        <translation>Wiersze +</translation>
    </message>
    <message>
        <source>Lines −</source>
        <translation>Wiersze −</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commity</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR-y</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zaakceptowane</translation>
    </message>
</context>
<context>
    <name>OrgSummaryBlock</name>
    <message>
        <source>CLAUDE CODE THIS MONTH</source>
        <translation>CLAUDE CODE W TYM MIESIĄCU</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… i %n więcej</numerusform>
            <numerusform>… i %n więcej</numerusform>
            <numerusform>… i %n więcej</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Szczegóły…</translation>
    </message>
    <message>
        <source>Everyone, sortable by spend and productivity</source>
        <translation>Wszyscy, z sortowaniem według wydatków i produktywności</translation>
    </message>
    <message>
        <source>Top by spend</source>
        <translation>Najwięcej wydatków</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <source>of limit</source>
        <translation>limitu</translation>
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
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zachowaj</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Zamknij bez zapisywania</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>S&amp;kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
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
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zresetuj</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>S&amp;kopiuj</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Skopiuj &amp;adres odsyłacza</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Kolor ikony: każdy ograniczający limit</translation>
    </message>
    <message>
        <source>The icon's colour follows the limit holding an account back (a weekly or a model's limit), not only the session; a corner mark shows it either way</source>
        <translation>Kolor ikony podąża za limitem, który ogranicza konto (tygodniowym lub modelu), nie tylko za sesją; znacznik w rogu pokazuje go zawsze</translation>
    </message>
</context>
<context>
    <name>SignInDeadlineRow</name>
    <message>
        <source>Sign in again…</source>
        <translation>Zaloguj się ponownie…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Wpisz nazwę tego konta.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>Konto o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <source>Paste the contents of Claude Code's .credentials.json.</source>
        <translation>Wklej zawartość pliku .credentials.json z Claude Code.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line {line}, column {column}).</source>
        <translation>To nie jest poprawny JSON (wiersz {line}, kolumna {column}).</translation>
    </message>
    <message>
        <source>Paste an Admin API key (it starts with sk-ant-admin).</source>
        <translation>Wklej klucz Admin API (zaczyna się od sk-ant-admin).</translation>
    </message>
    <message>
        <source>This key looks cut short.</source>
        <translation>Ten klucz wygląda na ucięty.</translation>
    </message>
    <message>
        <source>Paste the code shown after signing in.</source>
        <translation>Wklej kod wyświetlony po zalogowaniu.</translation>
    </message>
    <message>
        <source>The code has no spaces — paste it again.</source>
        <translation>Kod nie zawiera spacji — wklej go ponownie.</translation>
    </message>
</context>
<context>
    <name>WslLoginChooser</name>
    <message>
        <source>Claude Code login to link</source>
        <translation>Logowanie Claude Code do połączenia</translation>
    </message>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code na tym komputerze</translation>
    </message>
    <message>
        <source>{distro} (WSL) — {user}</source>
        <translation>{distro} (WSL) — {user}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Logowanie:</translation>
    </message>
</context>
</TS>
