<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <source>Sign in again…</source>
        <translation>Zaloguj się ponownie…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Zmień &amp;nazwę…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Działania dla {name}</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Zaloguj się ponownie</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Use Claude Code&apos;s &amp;login</source>
        <translation>Użyj &amp;logowania Claude Code</translation>
    </message>
    <message>
        <source>&amp;Sign in with Claude (browser)</source>
        <translation>&amp;Zaloguj się przez Claude (przeglądarka)</translation>
    </message>
    <message>
        <source>&amp;Paste credentials from another computer</source>
        <translation>&amp;Wklej dane logowania z innego komputera</translation>
    </message>
    <message>
        <source>A&amp;dmin API key (organisation)</source>
        <translation>Klucz A&amp;dmin API (organizacja)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Zaloguj…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdź</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Sprawdź i dodaj</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>Zalogowano jako {email}.</translation>
    </message>
    <message>
        <source>Its access token has expired, so it was not checked with Anthropic (that would mean refreshing it).</source>
        <translation>Token dostępu wygasł, więc nie sprawdzono go w Anthropic (wymagałoby to odświeżenia).</translation>
    </message>
    <message>
        <source>This is Claude Code&apos;s own login on this computer. Refresh tokens are single use: a copy saved here would sign Claude Code out the first time this app refreshes it.</source>
        <translation>To logowanie samego Claude Code na tym komputerze. Tokeny odświeżania są jednorazowe: kopia zapisana tutaj wyloguje Claude Code przy pierwszym odświeżeniu przez tę aplikację.</translation>
    </message>
    <message>
        <source>Link it read-only instead: the app then only reads Claude Code&apos;s login, and Claude Code stays signed in.</source>
        <translation>Zamiast tego połącz je tylko do odczytu: aplikacja będzie jedynie odczytywać logowanie Claude Code, a Claude Code pozostanie zalogowany.</translation>
    </message>
    <message>
        <source>If this login came from Claude Code on another computer, that Claude Code will be signed out the first time this app refreshes it (refresh tokens are single use). Signing in with Claude gives this app a login of its own instead.</source>
        <translation>Jeśli to logowanie pochodzi z Claude Code na innym komputerze, tamten Claude Code zostanie wylogowany przy pierwszym odświeżeniu przez tę aplikację (tokeny odświeżania są jednorazowe). Logowanie przez Claude daje tej aplikacji własne logowanie.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>np. Praca, Prywatne</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nazwa konta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Link read-only instead</source>
        <translation>&amp;Połącz tylko do odczytu</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Prywatne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>claude-usage-core (the TypeScript library) saved {accounts} on this computer. Import them here? Its file is only read, never changed.</source>
        <translation>claude-usage-core (biblioteka TypeScript) zapisała na tym komputerze: {accounts}. Zaimportować tutaj? Plik jest tylko odczytywany, nigdy zmieniany.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Don&apos;t offer these accounts again</source>
        <translation>Nie proponuj więcej tych kont</translation>
    </message>
    <message>
        <source>{method} — none found on this computer</source>
        <translation>{method} — nie znaleziono na tym komputerze</translation>
    </message>
    <message>
        <source>Tracks {email}, the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Śledzi {email}, konto, na które zalogowany jest Claude Code na tym komputerze. Aplikacja tylko odczytuje to logowanie; gdy wygaśnie, uruchom `claude`, aby je odświeżyć.</translation>
    </message>
    <message>
        <source>Tracks the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Śledzi konto, na które zalogowany jest Claude Code na tym komputerze. Aplikacja tylko odczytuje to logowanie; gdy wygaśnie, uruchom `claude`, aby je odświeżyć.</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. After you approve, you come back here automatically. This account&apos;s login belongs to this app, separate from Claude Code&apos;s.</source>
        <translation>Przeglądarka otworzy stronę logowania Claude. Po zatwierdzeniu wrócisz tu automatycznie. Logowanie tego konta należy do tej aplikacji, niezależnie od Claude Code.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Link logowania</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Kopiuj link</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Otwórz przeglądarkę ponownie</translation>
    </message>
    <message>
        <source>If the page shows a code instead, paste it here:</source>
        <translation>Jeśli strona pokaże kod, wklej go tutaj:</translation>
    </message>
    <message>
        <source>the code the page shows</source>
        <translation>kod pokazany na stronie</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Kod logowania</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>&amp;Użyj kodu</translation>
    </message>
    <message>
        <source>For a login copied from another computer (the contents of its Claude Code .credentials.json). Careful: refresh tokens are single use, so the first time this app refreshes the login, Claude Code there is signed out. To track Claude Code&apos;s login on this computer, use its login (read-only) instead; to give this app its own login, sign in with Claude.</source>
        <translation>Dla logowania skopiowanego z innego komputera (zawartość jego .credentials.json z Claude Code). Uwaga: tokeny odświeżania są jednorazowe, więc przy pierwszym odświeżeniu przez tę aplikację tamten Claude Code zostanie wylogowany. Aby śledzić logowanie Claude Code na tym komputerze, użyj jego logowania (tylko do odczytu); aby ta aplikacja miała własne logowanie, zaloguj się przez Claude.</translation>
    </message>
    <message>
        <source>Credentials JSON</source>
        <translation>Dane logowania (JSON)</translation>
    </message>
    <message>
        <source>An Admin API key shows the organisation&apos;s month-to-date tokens and spend. It is checked with one request, then stored encrypted.</source>
        <translation>Klucz Admin API pokazuje tokeny i wydatki organizacji od początku miesiąca. Jest sprawdzany jednym zapytaniem, a potem przechowywany w postaci zaszyfrowanej.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Klucz Admin API</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Oczekiwanie na zalogowanie w przeglądarce…</translation>
    </message>
    <message>
        <source>Save a copy anyway</source>
        <translation>Mimo to zapisz kopię</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Mimo to dodaj</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. If the browser did not open, open it again or copy this link into it:</source>
        <translation>Oczekiwanie na zalogowanie. Jeśli przeglądarka się nie otworzyła, otwórz ją ponownie lub skopiuj do niej ten link:</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Warning: </source>
        <translation>Ostrzeżenie: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Błąd: </translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesja</translation>
    </message>
    <message>
        <source>week</source>
        <translation>tydzień</translation>
    </message>
    <message>
        <source>Bars: session peak per hour; line: weekly usage</source>
        <translation>Słupki: szczyt sesji na godzinę; linia: użycie tygodniowe</translation>
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
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
</context>
<context>
    <name>DailyBars</name>
    <message>
        <source>Cost per day, last {count} days; highest {cost} on {day}</source>
        <translation>Koszt dzienny, ostatnie {count} dni; najwyżej {cost} w dniu {day}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first account</source>
        <translation>Dodaj pierwsze konto</translation>
    </message>
    <message>
        <source>Claude Usage shows how much of your Claude limits you have used. Choose how to connect an account:</source>
        <translation>Użycie Claude pokazuje, ile limitów Claude już wykorzystano. Wybierz sposób połączenia konta:</translation>
    </message>
    <message>
        <source>&amp;Use Claude Code&apos;s login</source>
        <translation>&amp;Użyj logowania Claude Code</translation>
    </message>
    <message>
        <source>Track the account Claude Code is signed in to (read-only)</source>
        <translation>Śledź konto, na które zalogowany jest Claude Code (tylko odczyt)</translation>
    </message>
    <message>
        <source>Sign &amp;in with Claude…</source>
        <translation>&amp;Zaloguj się przez Claude…</translation>
    </message>
    <message>
        <source>Add an Ad&amp;min API key…</source>
        <translation>Dodaj klucz Ad&amp;min API…</translation>
    </message>
    <message>
        <source>&amp;Paste credentials (advanced)…</source>
        <translation>&amp;Wklej dane logowania (zaawansowane)…</translation>
    </message>
    <message>
        <source>For a login from another computer. Not Claude Code&apos;s login on this one: use the first choice for that</source>
        <translation>Dla logowania z innego komputera. Dla logowania Claude Code na tym komputerze użyj pierwszej opcji</translation>
    </message>
    <message>
        <source>Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); that file is only read</source>
        <translation>Skopiuj konta zapisane przez claude-usage-core (~/.claude-usage/accounts.enc); plik jest tylko odczytywany</translation>
    </message>
    <message>
        <source>Dismiss: don&apos;t offer these accounts again</source>
        <translation>Odrzuć: nie proponuj więcej tych kont</translation>
    </message>
    <message>
        <source>Dismiss the import offer</source>
        <translation>Odrzuć propozycję importu</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Could not import: {error}</source>
        <translation>Nie udało się zaimportować: {error}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {error}</source>
        <translation>Nie udało się zmienić nazwy „{name}”: {error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”: {error}</source>
        <translation>Nie udało się usunąć „{name}”: {error}</translation>
    </message>
</context>
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
    <name>LimitView</name>
    <message>
        <source>Holding you back: {limit}</source>
        <translation>Ogranicza cię: {limit}</translation>
    </message>
    <message>
        <source>A sign-in lasts about 28 days, refreshes or not: sign in again before then to avoid a sudden logout (for a Claude Code login, run `claude`)</source>
        <translation>Logowanie trwa około 28 dni, odświeżane czy nie: zaloguj się ponownie wcześniej, aby uniknąć nagłego wylogowania (dla logowania Claude Code uruchom `claude`)</translation>
    </message>
    <message>
        <source>— estimated from when you signed in</source>
        <translation>— szacowane od chwili zalogowania</translation>
    </message>
    <message>
        <source>(not a login problem)</source>
        <translation>(to nie problem z logowaniem)</translation>
    </message>
    <message>
        <source>%n session(s)</source>
        <translation>Sesje: %n</translation>
    </message>
    <message>
        <source>+{added} / −{removed} lines</source>
        <translation>+{added} / −{removed} wierszy</translation>
    </message>
    <message>
        <source>%n commit(s)</source>
        <translation>Commity: %n</translation>
    </message>
    <message>
        <source>%n PR(s)</source>
        <translation>PR: %n</translation>
    </message>
    <message>
        <source>{share} of edits accepted</source>
        <translation>zaakceptowano {share} zmian</translation>
    </message>
    <message>
        <source>Spend limits: not available for this organisation</source>
        <translation>Limity wydatków: niedostępne dla tej organizacji</translation>
    </message>
    <message>
        <source>Spend limit: {spent} of {cap} ({share})</source>
        <translation>Limit wydatków: {spent} z {cap} ({share})</translation>
    </message>
    <message>
        <source>%n member(s) above 80 % of their limit</source>
        <translation>Członków powyżej 80 % limitu: %n</translation>
    </message>
    <message>
        <source>holding you back</source>
        <translation>ogranicza cię</translation>
    </message>
    <message>
        <source>Binding — {line}</source>
        <translation>Ogranicza — {line}</translation>
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
    <name>LocalPanel</name>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code na tym komputerze</translation>
    </message>
    <message>
        <source>30-day chart</source>
        <translation>Wykres 30 dni</translation>
    </message>
    <message>
        <source>Show the cost of each of the last 30 days</source>
        <translation>Pokaż koszt każdego z ostatnich 30 dni</translation>
    </message>
</context>
<context>
    <name>LocalUsage</name>
    <message>
        <source>Today {today} · 30 days {period} (API prices)</source>
        <translation>Dziś {today} · 30 dni {period} (ceny API)</translation>
    </message>
    <message>
        <source>No Claude Code messages in the last 30 days</source>
        <translation>Brak wiadomości Claude Code w ostatnich 30 dniach</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(bez projektu)</translation>
    </message>
    <message>
        <source>Top projects: {projects}</source>
        <translation>Najważniejsze projekty: {projects}</translation>
    </message>
    <message>
        <source>Not priced (no list price known): {models}</source>
        <translation>Bez ceny (brak znanej ceny katalogowej): {models}</translation>
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
    <name>Notices</name>
    <message>
        <source>{name}&apos;s session is at {percent}</source>
        <translation>Sesja {name}: {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit is at {percent}</source>
        <translation>Tygodniowy limit {model} konta {name}: {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s organisation has spent {percent} of its limit</source>
        <translation>Organizacja {name} wydała {percent} limitu</translation>
    </message>
    <message>
        <source>{name}&apos;s week is at {percent}</source>
        <translation>Tydzień {name}: {percent}</translation>
    </message>
    <message>
        <source>At 100 % the organisation&apos;s Claude Code use stops until then.</source>
        <translation>Przy 100 % korzystanie z Claude Code przez organizację zostaje wstrzymane do tego czasu.</translation>
    </message>
    <message>
        <source>At 100 % Claude stops answering on this account until then.</source>
        <translation>Przy 100% Claude przestanie odpowiadać na tym koncie do tego czasu.</translation>
    </message>
    <message>
        <source>At 100 % {model} stops answering on this account until then.</source>
        <translation>Przy 100 % {model} przestaje odpowiadać na tym koncie do tego czasu.</translation>
    </message>
    <message>
        <source>It resets soon.</source>
        <translation>Wkrótce reset.</translation>
    </message>
    <message>
        <source>Resets in {duration} ({clock}).</source>
        <translation>Reset za {duration} ({clock}).</translation>
    </message>
    <message>
        <source>The limit starts over soon.</source>
        <translation>Limit wkrótce zacznie się od nowa.</translation>
    </message>
    <message>
        <source>The limit starts over in {duration}.</source>
        <translation>Limit zacznie się od nowa za {duration}.</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-in expires in %n day(s)</source>
        <translation>Logowanie {name} wygasa — pozostało dni: %n</translation>
    </message>
    <message>
        <source>Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code login: run `claude`) to keep tracking this account.</source>
        <translation>Logowanie trwa około 28 dni, odświeżane czy nie. Zaloguj się ponownie (dla Claude Code: uruchom `claude`), aby dalej śledzić to konto.</translation>
    </message>
    <message>
        <source>{name}&apos;s session limit has reset</source>
        <translation>Limit sesji {name} zresetowany</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit has reset</source>
        <translation>Tygodniowy limit {model} konta {name} został zresetowany</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly limit has reset</source>
        <translation>Limit tygodniowy {name} zresetowany</translation>
    </message>
    <message>
        <source>You can use Claude on {name} again.</source>
        <translation>Możesz znowu korzystać z Claude na koncie {name}.</translation>
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
    <name>Popup</name>
    <message>
        <source>Claude Usage</source>
        <translation>Użycie Claude</translation>
    </message>
    <message>
        <source>Claude usage</source>
        <translation>Użycie Claude</translation>
    </message>
    <message>
        <source>How old the figures shown are</source>
        <translation>Jak stare są pokazane dane</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Fetch usage now</source>
        <translation>Pobierz użycie teraz</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Fetch usage now (F5)</source>
        <translation>Pobierz użycie teraz (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Dodaj konto…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
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
    <name>Remove</name>
    <message>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <source>Remove “{name}” from Claude Usage?</source>
        <translation>Usunąć „{name}” z Claude Usage?</translation>
    </message>
    <message>
        <source>Its saved credentials are deleted from this app. Claude Code&apos;s own login, and the account itself, are not affected.</source>
        <translation>Zapisane dane logowania zostaną usunięte z tej aplikacji. Własne logowanie Claude Code i samo konto pozostaną bez zmian.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename account</source>
        <translation>Zmień nazwę konta</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>&amp;Nowa nazwa dla „{name}”:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nowa nazwa</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Liczba</translation>
    </message>
    <message>
        <source>Two &amp;bars</source>
        <translation>Dwa &amp;paski</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>Pie&amp;rścień</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemowy</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Claude Code&apos;s refresh tokens are single-use. When this app refreshes a linked login it must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes at the same moment, or the write fails, Claude Code is signed out and you must run `claude` to sign in again. Leave this off unless you know you need it.</source>
        <translation>Tokeny odświeżania Claude Code są jednorazowe. Gdy ta aplikacja odświeża połączone logowanie, musi zapisać nowe tokeny tam, gdzie trzyma je Claude Code; jeśli Claude Code odświeży je w tej samej chwili lub zapis się nie uda, Claude Code zostanie wylogowany i trzeba będzie zalogować się ponownie przez `claude`. Nie włączaj, jeśli nie masz pewności, że to potrzebne.</translation>
    </message>
    <message>
        <source>Claude Usage settings</source>
        <translation>Ustawienia Użycia Claude</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Odświeżaj co:</translation>
    </message>
    <message>
        <source>S&amp;tart Claude Usage when I log in</source>
        <translation>&amp;Uruchamiaj Użycie Claude po zalogowaniu</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>Niedostępne: {reason}.</translation>
    </message>
    <message>
        <source>O&amp;pen the popup with:</source>
        <translation>&amp;Otwieraj okno skrótem:</translation>
    </message>
    <message>
        <source>A key combination that works in every application.</source>
        <translation>Kombinacja klawiszy działająca w każdej aplikacji.</translation>
    </message>
    <message>
        <source>Global shortcut</source>
        <translation>Skrót globalny</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Motyw:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Ikona w zasobniku:</translation>
    </message>
    <message>
        <source>&amp;Keep my own order of the accounts</source>
        <translation>&amp;Zachowaj moją kolejność kont</translation>
    </message>
    <message>
        <source>Otherwise accounts that need attention and the fullest come first. Drag an account, or press Alt+↑/↓ on it, to move it.</source>
        <translation>W przeciwnym razie najpierw są konta wymagające uwagi i najbardziej wykorzystane. Aby przenieść konto, przeciągnij je lub naciśnij na nim Alt+↑/↓.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>&amp;Warn when usage crosses a threshold</source>
        <translation>&amp;Ostrzegaj, gdy użycie przekroczy próg</translation>
    </message>
    <message>
        <source>e.g. 80, 95</source>
        <translation>np. 80, 95</translation>
    </message>
    <message>
        <source>&amp;Session thresholds (%):</source>
        <translation>Progi &amp;sesji (%):</translation>
    </message>
    <message>
        <source>W&amp;eekly thresholds (%):</source>
        <translation>Progi &amp;tygodniowe (%):</translation>
    </message>
    <message>
        <source>Tell me when a limit I reached has reset</source>
        <translation>Powiadamiaj, gdy osiągnięty limit się zresetuje</translation>
    </message>
    <message>
        <source>Tell me when an account needs &amp;attention</source>
        <translation>Powiadamiaj, gdy konto wymaga &amp;uwagi</translation>
    </message>
    <message>
        <source>Show in the popup</source>
        <translation>Pokazuj w oknie</translation>
    </message>
    <message>
        <source>Session (5-hour) usage</source>
        <translation>Użycie sesji (5 godz.)</translation>
    </message>
    <message>
        <source>Weekly usage</source>
        <translation>Użycie tygodniowe</translation>
    </message>
    <message>
        <source>Per-model weekly usage</source>
        <translation>Użycie tygodniowe według modelu</translation>
    </message>
    <message>
        <source>Extra usage (credits)</source>
        <translation>Dodatkowe użycie (kredyty)</translation>
    </message>
    <message>
        <source>7-day chart</source>
        <translation>Wykres 7 dni</translation>
    </message>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Kolor ikony: każdy ograniczający limit</translation>
    </message>
    <message>
        <source>The icon&apos;s colour follows the limit holding an account back (a weekly or a model&apos;s limit), not only the session; a corner mark shows it either way</source>
        <translation>Kolor ikony podąża za limitem, który ogranicza konto (tygodniowym lub modelu), nie tylko za sesją; znacznik w rogu pokazuje go zawsze</translation>
    </message>
    <message>
        <source>A small chart of the last 7 days of session and weekly usage on each card</source>
        <translation>Mały wykres użycia sesji i tygodnia z ostatnich 7 dni na każdej karcie</translation>
    </message>
    <message>
        <source>Accounts linked to Claude Code&apos;s login</source>
        <translation>Konta połączone z logowaniem Claude Code</translation>
    </message>
    <message>
        <source>Rea&amp;d-only: when the login expires, ask me to run `claude`</source>
        <translation>Tylko do &amp;odczytu: gdy logowanie wygaśnie, poproś mnie o uruchomienie `claude`</translation>
    </message>
    <message>
        <source>Refresh it myself and write the new login &amp;back</source>
        <translation>Odświeżaj samodzielnie i &amp;zapisuj nowe logowanie</translation>
    </message>
    <message>
        <source>Local usage feed</source>
        <translation>Lokalny kanał użycia</translation>
    </message>
    <message>
        <source>Ser&amp;ve my usage to programs on this computer</source>
        <translation>&amp;Udostępniaj moje użycie programom na tym komputerze</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(niedostępne)</translation>
    </message>
    <message>
        <source>GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` document to programs that send the token kept in {where} (readable only by you) as `Authorization: Bearer TOKEN`. Off by default.</source>
        <translation>GET http://127.0.0.1:PORT/v1/usage zwraca dokument `claude-usage usage --json` programom, które wysyłają token przechowywany w {where} (czytelny tylko dla ciebie) jako `Authorization: Bearer TOKEN`. Domyślnie wyłączone.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>{window} thresholds: whole numbers from 1 to 100, separated by commas.</source>
        <translation>Progi ({window}): liczby całkowite od 1 do 100 oddzielone przecinkami.</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <source>Wayland does not let applications listen for keys. Bind a shortcut to the command claude-usage-tray in your desktop&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Wayland nie pozwala aplikacjom nasłuchiwać klawiszy. Zamiast tego przypisz skrót do polecenia claude-usage-tray w ustawieniach klawiatury pulpitu: ponowne uruchomienie otwiera to okno.</translation>
    </message>
    <message>
        <source>Not available on this system yet. Bind a shortcut to claude-usage-tray in the system&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Na tym systemie jeszcze niedostępne. Zamiast tego przypisz skrót do claude-usage-tray w ustawieniach klawiatury systemu: ponowne uruchomienie otwiera to okno.</translation>
    </message>
    <message>
        <source>Not one key combination</source>
        <translation>To nie jedna kombinacja klawiszy</translation>
    </message>
    <message>
        <source>Use at least one of Ctrl, Alt, Shift, Meta</source>
        <translation>Użyj co najmniej jednego z Ctrl, Alt, Shift, Meta</translation>
    </message>
    <message>
        <source>Unknown key: {key}</source>
        <translation>Nieznany klawisz: {key}</translation>
    </message>
    <message>
        <source>{sequence} is already taken by another application</source>
        <translation>{sequence} jest już zajęty przez inną aplikację</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Show usage</source>
        <translation>Pokaż użycie</translation>
    </message>
    <message>
        <source>Open the popup at this account</source>
        <translation>Otwórz okno przy tym koncie</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Odśwież teraz</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Dodaj konto…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>The shortcut {keys} does not work here: {problem}</source>
        <translation>Skrót {keys} tu nie działa: {problem}</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>{value} percent</source>
        <translation>{value} procent</translation>
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
        <source>Paste the contents of Claude Code&apos;s .credentials.json.</source>
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
    <name>ViewModel</name>
    <message>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesja</translation>
    </message>
    <message>
        <source>week</source>
        <translation>tydzień</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>session peak {percent}</source>
        <translation>szczyt sesji {percent}</translation>
    </message>
    <message>
        <source>week peak {percent}</source>
        <translation>szczyt tygodnia {percent}</translation>
    </message>
    <message>
        <source>retrying at the next refresh</source>
        <translation>ponowna próba przy następnym odświeżeniu</translation>
    </message>
    <message>
        <source>retrying in {duration} ({clock})</source>
        <translation>ponowna próba za {duration} ({clock})</translation>
    </message>
    <message>
        <source>sign in again to keep tracking it</source>
        <translation>zaloguj się ponownie, aby dalej je śledzić</translation>
    </message>
    <message>
        <source>sign in with Claude</source>
        <translation>zaloguj się przez Claude</translation>
    </message>
    <message>
        <source>will retry at the next refresh</source>
        <translation>ponowimy przy następnym odświeżeniu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>: could not fetch usage</source>
        <translation>: nie udało się pobrać użycia</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Błąd: {message}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Nieaktualne</translation>
    </message>
    <message>
        <source>Stale — showing values from {clock}</source>
        <translation>Nieaktualne — wartości z {clock}</translation>
    </message>
    <message>
        <source>far ahead of pace</source>
        <translation>znacznie ponad tempo</translation>
    </message>
    <message>
        <source>ahead of pace ({ratio}×)</source>
        <translation>ponad tempo ({ratio}×)</translation>
    </message>
    <message>
        <source>under pace ({ratio}×)</source>
        <translation>poniżej tempa ({ratio}×)</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>w tempie</translation>
    </message>
    <message>
        <source>runs out at {clock} (in {duration})</source>
        <translation>wyczerpie się o {clock} (za {duration})</translation>
    </message>
    <message>
        <source>used this month · no monthly cap</source>
        <translation>wykorzystano w tym miesiącu · bez limitu miesięcznego</translation>
    </message>
    <message>
        <source>used this month</source>
        <translation>wykorzystano w tym miesiącu</translation>
    </message>
    <message>
        <source>Extra usage</source>
        <translation>Dodatkowe użycie</translation>
    </message>
    <message>
        <source>Session (5 h)</source>
        <translation>Sesja (5 godz.)</translation>
    </message>
    <message>
        <source>Week (all models)</source>
        <translation>Tydzień (wszystkie modele)</translation>
    </message>
    <message>
        <source>Week · {model}</source>
        <translation>Tydzień · {model}</translation>
    </message>
    <message>
        <source>The session resets at {clock}</source>
        <translation>Sesja zresetuje się o {clock}</translation>
    </message>
    <message>
        <source>The week resets at {clock}</source>
        <translation>Tydzień zresetuje się o {clock}</translation>
    </message>
    <message>
        <source>{window} limit reached — back {clock}</source>
        <translation>{window}: limit osiągnięty — znowu o {clock}</translation>
    </message>
    <message>
        <source>{window} runs out {clock} — {early} before reset</source>
        <translation>{window} wyczerpie się o {clock} — {early} przed resetem</translation>
    </message>
    <message>
        <source>{window} nearly used up — resets in {left}</source>
        <translation>{window} prawie wyczerpany — reset za {left}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Waiting for the first update…</source>
        <translation>Oczekiwanie na pierwszą aktualizację…</translation>
    </message>
    <message>
        <source>No usage reported yet</source>
        <translation>Brak zgłoszonego użycia</translation>
    </message>
    <message>
        <source>{tokens} tok · ≈ {money}</source>
        <translation>{tokens} tok. · ≈ {money}</translation>
    </message>
    <message>
        <source>{name} (key)</source>
        <translation>{name} (klucz)</translation>
    </message>
    <message>
        <source>{name} (user)</source>
        <translation>{name} (użytkownik)</translation>
    </message>
    <message>
        <source>≈ {money} (estimated)</source>
        <translation>≈ {money} (szacunkowo)</translation>
    </message>
    <message>
        <source>{input} in · {output} out</source>
        <translation>{input} wejście · {output} wyjście</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokeny</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>Z pamięci podręcznej</translation>
    </message>
    <message>
        <source>{tokens} of the input</source>
        <translation>{tokens} wejścia</translation>
    </message>
    <message>
        <source>No price for</source>
        <translation>Brak ceny dla</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>model and key costs are estimates at list prices; Spend is the bill</source>
        <translation>koszty modeli i kluczy to szacunki według cennika; Wydatki to rachunek</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Najczęstsze modele</translation>
    </message>
    <message>
        <source>Top keys and users</source>
        <translation>Najczęstsze klucze i użytkownicy</translation>
    </message>
    <message>
        <source>{money} spent {period}</source>
        <translation>{money} wydano {period}</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin API</translation>
    </message>
    <message>
        <source>month to date</source>
        <translation>od początku miesiąca</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>od {date}</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{money} this month</source>
        <translation>{money} w tym miesiącu</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>brak danych</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>sesja {value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>tydzień {value}</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>brak limitów</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (nieaktualne)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nie rozpoczęto</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>wymaga zalogowania</translation>
    </message>
    <message>
        <source>Claude Code&apos;s login expired</source>
        <translation>Logowanie Claude Code wygasło</translation>
    </message>
    <message>
        <source>can&apos;t read usage</source>
        <translation>nie można odczytać użycia</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>dane logowania odrzucone</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limit zapytań</translation>
    </message>
    <message>
        <source>blocked by Cloudflare</source>
        <translation>zablokowane przez Cloudflare</translation>
    </message>
    <message>
        <source>could not fetch usage</source>
        <translation>nie udało się pobrać użycia</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <source>{title} — no accounts yet</source>
        <translation>{title} — brak kont</translation>
    </message>
    <message>
        <source>{title} — worst session {percent}</source>
        <translation>{title} — najwyższa sesja {percent}</translation>
    </message>
    <message>
        <source>Import {accounts} from {source}</source>
        <translation>Importuj {accounts} z {source}</translation>
    </message>
    <message>
        <source>Nothing new to import from {source}: its accounts are already here.</source>
        <translation>Brak nowych kont do importu z {source}: wszystkie już tu są.</translation>
    </message>
    <message>
        <source>Imported {accounts} from {source}: {names}.</source>
        <translation>Zaimportowano z {source}: {accounts} — {names}.</translation>
    </message>
    <message>
        <source>Can&apos;t reach Anthropic since {clock}</source>
        <translation>Brak połączenia z Anthropic od {clock}</translation>
    </message>
    <message>
        <source>retrying {clock}</source>
        <translation>ponowna próba {clock}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Jeszcze nie zaktualizowano</translation>
    </message>
    <message>
        <source>Data from {clock} ({age})</source>
        <translation>Dane z {clock} ({age})</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Zaktualizowano {age}</translation>
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
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n konto</numerusform>
            <numerusform>%n konta</numerusform>
            <numerusform>%n kont</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sign in again to {name} ({email})</source>
        <translation>Zaloguj się ponownie do {name} ({email})</translation>
    </message>
    <message>
        <source>Sign in again to {name}</source>
        <translation>Zaloguj się ponownie do {name}</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. Sign in as {who} and approve; you come back here automatically, and {name} is tracked again.</source>
        <translation>Przeglądarka otworzy stronę logowania Claude. Zaloguj się jako {who} i zatwierdź; wrócisz tu automatycznie, a {name} znowu będzie śledzone.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>to konto</translation>
    </message>
</context>
</TS>
