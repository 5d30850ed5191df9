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
    <name>Notifications</name>
    <message>
        <source>{account}: session (5-hour) usage at {percent}</source>
        <translation>{account}: sesja (5 godz.) — {percent}</translation>
    </message>
    <message>
        <source>{account}: weekly usage at {percent}</source>
        <translation>{account}: użycie tygodniowe — {percent}</translation>
    </message>
    <message>
        <source>{account} has used {percent} of its session (5-hour) limit.</source>
        <translation>Konto {account} wykorzystało {percent} limitu sesji (5 godz.).</translation>
    </message>
    <message>
        <source>{account} has used {percent} of its weekly limit.</source>
        <translation>Konto {account} wykorzystało {percent} limitu tygodniowego.</translation>
    </message>
    <message>
        <source>{account}: session (5-hour) limit reset</source>
        <translation>{account}: limit sesji (5 godz.) zresetowany</translation>
    </message>
    <message>
        <source>{account}: weekly limit reset</source>
        <translation>{account}: limit tygodniowy zresetowany</translation>
    </message>
    <message>
        <source>The session (5-hour) window of {account} has reset; you can use Claude again.</source>
        <translation>Sesja (5 godz.) konta {account} została zresetowana; możesz znowu korzystać z Claude.</translation>
    </message>
    <message>
        <source>The weekly window of {account} has reset; you can use Claude again.</source>
        <translation>Okres tygodniowy konta {account} został zresetowany; możesz znowu korzystać z Claude.</translation>
    </message>
    <message>
        <source>Claude Code's login expired — run `claude` to refresh it.</source>
        <translation>Logowanie Claude Code wygasło — uruchom `claude`, aby je odświeżyć.</translation>
    </message>
    <message>
        <source>Sign in again to keep tracking this account.</source>
        <translation>Zaloguj się ponownie, aby dalej śledzić to konto.</translation>
    </message>
    <message>
        <source>This login can't read usage — sign in with Claude instead.</source>
        <translation>To logowanie nie pozwala odczytać użycia — zaloguj się przez Claude.</translation>
    </message>
    <message>
        <source>Its credentials were refused — check or replace them.</source>
        <translation>Dane logowania zostały odrzucone — sprawdź je lub zastąp.</translation>
    </message>
    <message>
        <source>You are about to hit the limit.</source>
        <translation>Limit jest prawie wyczerpany.</translation>
    </message>
    <message>
        <source>{account} needs attention</source>
        <translation>{account}: wymaga uwagi</translation>
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
</TS>
