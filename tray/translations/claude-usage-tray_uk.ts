<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <source>Sign in again…</source>
        <translation>Увійти знову…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Перейменувати…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Вилучити…</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Дії для {name}</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Увійти знову</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторити</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Use Claude Code&apos;s &amp;login</source>
        <translation>Використати &amp;вхід Claude Code</translation>
    </message>
    <message>
        <source>&amp;Sign in with Claude (browser)</source>
        <translation>&amp;Увійти через Claude (браузер)</translation>
    </message>
    <message>
        <source>&amp;Paste credentials from another computer</source>
        <translation>&amp;Вставити облікові дані з іншого комп’ютера</translation>
    </message>
    <message>
        <source>A&amp;dmin API key (organisation)</source>
        <translation>Ключ A&amp;dmin API (організація)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Пов’язати</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Увійти…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Перевірити й додати</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>Вхід виконано як {email}.</translation>
    </message>
    <message>
        <source>Its access token has expired, so it was not checked with Anthropic (that would mean refreshing it).</source>
        <translation>Термін дії токена доступу минув, тому його не перевірено в Anthropic (для цього його довелося б оновити).</translation>
    </message>
    <message>
        <source>This is Claude Code&apos;s own login on this computer. Refresh tokens are single use: a copy saved here would sign Claude Code out the first time this app refreshes it.</source>
        <translation>Це вхід самого Claude Code на цьому комп’ютері. Токени оновлення одноразові: копія, збережена тут, виведе Claude Code з акаунта під час першого оновлення цим застосунком.</translation>
    </message>
    <message>
        <source>Link it read-only instead: the app then only reads Claude Code&apos;s login, and Claude Code stays signed in.</source>
        <translation>Краще пов’яжіть його лише для читання: застосунок лише читатиме вхід Claude Code, і Claude Code залишиться в акаунті.</translation>
    </message>
    <message>
        <source>If this login came from Claude Code on another computer, that Claude Code will be signed out the first time this app refreshes it (refresh tokens are single use). Signing in with Claude gives this app a login of its own instead.</source>
        <translation>Якщо цей вхід узято з Claude Code на іншому комп’ютері, той Claude Code вийде з акаунта під час першого оновлення цим застосунком (токени оновлення одноразові). Вхід через Claude дасть застосунку власний вхід.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Додати акаунт</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>напр. Робота, Особистий</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Назва акаунта</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Link read-only instead</source>
        <translation>&amp;Пов’язати лише для читання</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Особистий</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>claude-usage-core (the TypeScript library) saved {accounts} on this computer. Import them here? Its file is only read, never changed.</source>
        <translation>claude-usage-core (бібліотека на TypeScript) зберегла на цьому комп’ютері: {accounts}. Імпортувати сюди? Файл лише читається й не змінюється.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Приховати</translation>
    </message>
    <message>
        <source>Don&apos;t offer these accounts again</source>
        <translation>Більше не пропонувати ці акаунти</translation>
    </message>
    <message>
        <source>{method} — none found on this computer</source>
        <translation>{method} — на цьому комп’ютері не знайдено</translation>
    </message>
    <message>
        <source>Tracks {email}, the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Відстежує {email} — акаунт, у який увійшов Claude Code на цьому комп’ютері. Застосунок лише читає цей вхід; коли він закінчиться, запустіть `claude`, щоб оновити його.</translation>
    </message>
    <message>
        <source>Tracks the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Відстежує акаунт, у який увійшов Claude Code на цьому комп’ютері. Застосунок лише читає цей вхід; коли він закінчиться, запустіть `claude`, щоб оновити його.</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. After you approve, you come back here automatically. This account&apos;s login belongs to this app, separate from Claude Code&apos;s.</source>
        <translation>У браузері відкриється сторінка входу Claude. Після підтвердження ви автоматично повернетеся сюди. Вхід цього акаунта належить застосунку й не пов’язаний із входом Claude Code.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Посилання для входу</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Копіювати посилання</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Відкрити браузер знову</translation>
    </message>
    <message>
        <source>If the page shows a code instead, paste it here:</source>
        <translation>Якщо на сторінці показано код, вставте його сюди:</translation>
    </message>
    <message>
        <source>the code the page shows</source>
        <translation>код зі сторінки</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Код входу</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>&amp;Використати код</translation>
    </message>
    <message>
        <source>For a login copied from another computer (the contents of its Claude Code .credentials.json). Careful: refresh tokens are single use, so the first time this app refreshes the login, Claude Code there is signed out. To track Claude Code&apos;s login on this computer, use its login (read-only) instead; to give this app its own login, sign in with Claude.</source>
        <translation>Для входу, скопійованого з іншого комп’ютера (вміст його .credentials.json із Claude Code). Обережно: токени оновлення одноразові, тож під час першого оновлення входу цим застосунком Claude Code там вийде з акаунта. Щоб відстежувати вхід Claude Code на цьому комп’ютері, використайте його вхід (лише читання); щоб застосунок мав власний вхід, увійдіть через Claude.</translation>
    </message>
    <message>
        <source>Credentials JSON</source>
        <translation>Облікові дані (JSON)</translation>
    </message>
    <message>
        <source>An Admin API key shows the organisation&apos;s month-to-date tokens and spend. It is checked with one request, then stored encrypted.</source>
        <translation>Ключ Admin API показує токени й витрати організації з початку місяця. Його перевіряють одним запитом і зберігають у зашифрованому вигляді.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Ключ Admin API</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Очікування входу в браузері…</translation>
    </message>
    <message>
        <source>Save a copy anyway</source>
        <translation>Усе одно зберегти копію</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Усе одно додати</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. If the browser did not open, open it again or copy this link into it:</source>
        <translation>Очікування входу. Якщо браузер не відкрився, відкрийте його знову або скопіюйте в нього це посилання:</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Warning: </source>
        <translation>Попередження: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Помилка: </translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сесія</translation>
    </message>
    <message>
        <source>week</source>
        <translation>тиждень</translation>
    </message>
    <message>
        <source>Bars: session peak per hour; line: weekly usage</source>
        <translation>Стовпці: пік сесії за годину; лінія: тижневе використання</translation>
    </message>
</context>
<context>
    <name>ColumnHeads</name>
    <message>
        <source>Resets</source>
        <translation>Скидання</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сесія</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
</context>
<context>
    <name>DailyBars</name>
    <message>
        <source>Cost per day, last {count} days; highest {cost} on {day}</source>
        <translation>Вартість за днями, останні {count} дн.; найбільша {cost} — {day}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first account</source>
        <translation>Додайте перший акаунт</translation>
    </message>
    <message>
        <source>Claude Usage shows how much of your Claude limits you have used. Choose how to connect an account:</source>
        <translation>«Використання Claude» показує, скільки лімітів Claude ви використали. Виберіть, як під’єднати акаунт:</translation>
    </message>
    <message>
        <source>&amp;Use Claude Code&apos;s login</source>
        <translation>&amp;Використати вхід Claude Code</translation>
    </message>
    <message>
        <source>Track the account Claude Code is signed in to (read-only)</source>
        <translation>Відстежувати акаунт, у який увійшов Claude Code (лише читання)</translation>
    </message>
    <message>
        <source>Sign &amp;in with Claude…</source>
        <translation>&amp;Увійти через Claude…</translation>
    </message>
    <message>
        <source>Add an Ad&amp;min API key…</source>
        <translation>Додати ключ Ad&amp;min API…</translation>
    </message>
    <message>
        <source>&amp;Paste credentials (advanced)…</source>
        <translation>&amp;Вставити облікові дані (для досвідчених)…</translation>
    </message>
    <message>
        <source>For a login from another computer. Not Claude Code&apos;s login on this one: use the first choice for that</source>
        <translation>Для входу з іншого комп’ютера. Для входу Claude Code на цьому використайте перший варіант</translation>
    </message>
    <message>
        <source>Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); that file is only read</source>
        <translation>Скопіювати акаунти, збережені claude-usage-core (~/.claude-usage/accounts.enc); файл лише читається</translation>
    </message>
    <message>
        <source>Dismiss: don&apos;t offer these accounts again</source>
        <translation>Приховати: більше не пропонувати ці акаунти</translation>
    </message>
    <message>
        <source>Dismiss the import offer</source>
        <translation>Приховати пропозицію імпорту</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Could not import: {error}</source>
        <translation>Не вдалося імпортувати: {error}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {error}</source>
        <translation>Не вдалося перейменувати «{name}»: {error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”: {error}</source>
        <translation>Не вдалося вилучити «{name}»: {error}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{value} B</source>
        <translation>{value} млрд</translation>
    </message>
    <message>
        <source>{value} M</source>
        <translation>{value} млн</translation>
    </message>
    <message>
        <source>{value} k</source>
        <translation>{value} тис.</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>менше хвилини</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} д {hours} год</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} д</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours} год {minutes} хв</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} год</translation>
    </message>
    <message>
        <source>{minutes} m</source>
        <translation>{minutes} хв</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не розпочато</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>скидається</translation>
    </message>
    <message>
        <source>resets in {duration} ({clock})</source>
        <translation>скидання через {duration} ({clock})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>щойно</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>{seconds} с тому</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>{duration} тому</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Нова мова діятиме після перезапуску.</translation>
    </message>
</context>
<context>
    <name>LimitView</name>
    <message>
        <source>Holding you back: {limit}</source>
        <translation>Стримує: {limit}</translation>
    </message>
    <message>
        <source>A sign-in lasts about 28 days, refreshes or not: sign in again before then to avoid a sudden logout (for a Claude Code login, run `claude`)</source>
        <translation>Вхід діє близько 28 днів, з оновленням чи без: увійдіть знову заздалегідь, щоб уникнути раптового виходу (для входу Claude Code виконайте `claude`)</translation>
    </message>
    <message>
        <source>— estimated from when you signed in</source>
        <translation>— оцінка за часом входу</translation>
    </message>
    <message>
        <source>(not a login problem)</source>
        <translation>(це не проблема входу)</translation>
    </message>
    <message>
        <source>%n session(s)</source>
        <translation>Сесій: %n</translation>
    </message>
    <message>
        <source>+{added} / −{removed} lines</source>
        <translation>+{added} / −{removed} рядків</translation>
    </message>
    <message>
        <source>%n commit(s)</source>
        <translation>Комітів: %n</translation>
    </message>
    <message>
        <source>%n PR(s)</source>
        <translation>PR: %n</translation>
    </message>
    <message>
        <source>{share} of edits accepted</source>
        <translation>прийнято {share} правок</translation>
    </message>
    <message>
        <source>Spend limits: not available for this organisation</source>
        <translation>Ліміти витрат: недоступні для цієї організації</translation>
    </message>
    <message>
        <source>Spend limit: {spent} of {cap} ({share})</source>
        <translation>Ліміт витрат: {spent} з {cap} ({share})</translation>
    </message>
    <message>
        <source>%n member(s) above 80 % of their limit</source>
        <translation>Учасників понад 80 % ліміту: %n</translation>
    </message>
    <message>
        <source>holding you back</source>
        <translation>стримує</translation>
    </message>
    <message>
        <source>Binding — {line}</source>
        <translation>Стримує — {line}</translation>
    </message>
</context>
<context>
    <name>LocalFeed</name>
    <message>
        <source>The local usage feed is not available here.</source>
        <translation>Локальний канал використання тут недоступний.</translation>
    </message>
    <message>
        <source>Could not start the local usage feed on port {port}: {reason}</source>
        <translation>Не вдалося запустити локальний канал використання на порту {port}: {reason}</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code на цьому комп’ютері</translation>
    </message>
    <message>
        <source>30-day chart</source>
        <translation>Графік за 30 днів</translation>
    </message>
    <message>
        <source>Show the cost of each of the last 30 days</source>
        <translation>Показати вартість за кожен з останніх 30 днів</translation>
    </message>
</context>
<context>
    <name>LocalUsage</name>
    <message>
        <source>Today {today} · 30 days {period} (API prices)</source>
        <translation>Сьогодні {today} · 30 днів {period} (за цінами API)</translation>
    </message>
    <message>
        <source>No Claude Code messages in the last 30 days</source>
        <translation>Немає повідомлень Claude Code за останні 30 днів</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(без проєкту)</translation>
    </message>
    <message>
        <source>Top projects: {projects}</source>
        <translation>Основні проєкти: {projects}</translation>
    </message>
    <message>
        <source>Not priced (no list price known): {models}</source>
        <translation>Без ціни (прейскурантна ціна невідома): {models}</translation>
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
        <translation>Використання підписки Claude для всіх акаунтів — у системному треї.</translation>
    </message>
    <message>
        <source>run with three simulated accounts; nothing is read or written outside a temp folder</source>
        <translation>запустити з трьома імітованими акаунтами; поза тимчасовою текою нічого не читається й не записується</translation>
    </message>
    <message>
        <source>log debug messages too</source>
        <translation>записувати в журнал і налагоджувальні повідомлення</translation>
    </message>
    <message>
        <source>check that this installation works (no display or network needed) and exit</source>
        <translation>перевірити, що встановлення працює (без екрана й мережі), і вийти</translation>
    </message>
    <message>
        <source>claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it from your desktop session, or use the command line: claude-usage --help</source>
        <translation>claude-usage-tray: немає графічного сеансу (не задано ні DISPLAY, ні WAYLAND_DISPLAY).
Запустіть програму із сеансу робочого столу або скористайтеся командним рядком: claude-usage --help</translation>
    </message>
    <message>
        <source>Claude Usage (demo)</source>
        <translation>Використання Claude (демо)</translation>
    </message>
    <message>
        <source>Claude Usage</source>
        <translation>Використання Claude</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{name}&apos;s session is at {percent}</source>
        <translation>Сесія {name}: {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit is at {percent}</source>
        <translation>Тижневий ліміт {model} у {name}: {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s organisation has spent {percent} of its limit</source>
        <translation>Організація {name} витратила {percent} ліміту</translation>
    </message>
    <message>
        <source>{name}&apos;s week is at {percent}</source>
        <translation>Тиждень {name}: {percent}</translation>
    </message>
    <message>
        <source>At 100 % the organisation&apos;s Claude Code use stops until then.</source>
        <translation>При 100 % використання Claude Code організацією зупиняється до цього часу.</translation>
    </message>
    <message>
        <source>At 100 % Claude stops answering on this account until then.</source>
        <translation>При 100 % Claude перестане відповідати в цьому акаунті до того часу.</translation>
    </message>
    <message>
        <source>At 100 % {model} stops answering on this account until then.</source>
        <translation>При 100 % {model} перестає відповідати в цьому обліковому записі до цього часу.</translation>
    </message>
    <message>
        <source>It resets soon.</source>
        <translation>Скоро скидання.</translation>
    </message>
    <message>
        <source>Resets in {duration} ({clock}).</source>
        <translation>Скидання через {duration} ({clock}).</translation>
    </message>
    <message>
        <source>The limit starts over soon.</source>
        <translation>Ліміт незабаром почнеться заново.</translation>
    </message>
    <message>
        <source>The limit starts over in {duration}.</source>
        <translation>Ліміт почнеться заново через {duration}.</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-in expires in %n day(s)</source>
        <translation>Вхід {name} спливає — залишилося днів: %n</translation>
    </message>
    <message>
        <source>Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code login: run `claude`) to keep tracking this account.</source>
        <translation>Вхід діє близько 28 днів, з оновленням чи без. Увійдіть знову (для входу Claude Code виконайте `claude`), щоб і далі відстежувати цей обліковий запис.</translation>
    </message>
    <message>
        <source>{name}&apos;s session limit has reset</source>
        <translation>Ліміт сесії {name} скинуто</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit has reset</source>
        <translation>Тижневий ліміт {model} у {name} скинуто</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly limit has reset</source>
        <translation>Тижневий ліміт {name} скинуто</translation>
    </message>
    <message>
        <source>You can use Claude on {name} again.</source>
        <translation>Claude знову доступний у {name}.</translation>
    </message>
</context>
<context>
    <name>OrgDetailsDialog</name>
    <message>
        <source>{name} — Claude Code this month</source>
        <translation>{name} — Claude Code цього місяця</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Фільтр за ім’ям</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
</context>
<context>
    <name>OrgPeopleModel</name>
    <message>
        <source>Member</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Ліміт</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% ліміту</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сесії</translation>
    </message>
    <message>
        <source>Lines +</source>
        <translation>Рядки +</translation>
    </message>
    <message>
        <source>Lines −</source>
        <translation>Рядки −</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Коміти</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Прийнято</translation>
    </message>
</context>
<context>
    <name>OrgSummaryBlock</name>
    <message>
        <source>CLAUDE CODE THIS MONTH</source>
        <translation>CLAUDE CODE ЦЬОГО МІСЯЦЯ</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Докладніше…</translation>
    </message>
    <message>
        <source>Everyone, sortable by spend and productivity</source>
        <translation>Усі, із сортуванням за витратами й продуктивністю</translation>
    </message>
    <message>
        <source>Top by spend</source>
        <translation>Найбільше витрат</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>of limit</source>
        <translation>ліміту</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <source>Claude Usage</source>
        <translation>Використання Claude</translation>
    </message>
    <message>
        <source>Claude usage</source>
        <translation>Використання Claude</translation>
    </message>
    <message>
        <source>How old the figures shown are</source>
        <translation>Наскільки застаріли показані дані</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Fetch usage now</source>
        <translation>Отримати дані зараз</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Акаунти</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Fetch usage now (F5)</source>
        <translation>Отримати дані зараз (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Додати акаунт…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
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
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Закри&amp;ти</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Закрити без збереження</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Повернути</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>П&amp;овторити</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ви&amp;різати</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Вставити</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Виділити все</translation>
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
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Відновити типово</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>Т&amp;ак</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ні</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відхилити</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Повернути</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>П&amp;овторити</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ви&amp;різати</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Копіювати &amp;адресу посилання</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Вставити</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Виділити все</translation>
    </message>
</context>
<context>
    <name>Remove</name>
    <message>
        <source>Remove account</source>
        <translation>Вилучити обліковий запис</translation>
    </message>
    <message>
        <source>Remove “{name}” from Claude Usage?</source>
        <translation>Вилучити «{name}» з Claude Usage?</translation>
    </message>
    <message>
        <source>Its saved credentials are deleted from this app. Claude Code&apos;s own login, and the account itself, are not affected.</source>
        <translation>Збережені облікові дані видаляються з цього застосунку. Власний вхід Claude Code і сам обліковий запис не зачіпаються.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename account</source>
        <translation>Перейменувати обліковий запис</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>&amp;Нове ім&apos;я для «{name}»:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Нове ім&apos;я</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Число</translation>
    </message>
    <message>
        <source>Two &amp;bars</source>
        <translation>Дві &amp;смуги</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>&amp;Кільце</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Claude Code&apos;s refresh tokens are single-use. When this app refreshes a linked login it must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes at the same moment, or the write fails, Claude Code is signed out and you must run `claude` to sign in again. Leave this off unless you know you need it.</source>
        <translation>Токени оновлення Claude Code одноразові. Оновлюючи пов’язаний вхід, застосунок має записати нові токени туди, де їх зберігає Claude Code; якщо Claude Code оновить їх у ту саму мить або запис не вдасться, Claude Code вийде з акаунта й доведеться увійти знову командою `claude`. Не вмикайте, якщо не впевнені, що це потрібно.</translation>
    </message>
    <message>
        <source>Claude Usage settings</source>
        <translation>Налаштування «Використання Claude»</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальні</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Оновлювати кожні:</translation>
    </message>
    <message>
        <source>S&amp;tart Claude Usage when I log in</source>
        <translation>&amp;Запускати «Використання Claude» під час входу в систему</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>Недоступно: {reason}.</translation>
    </message>
    <message>
        <source>O&amp;pen the popup with:</source>
        <translation>&amp;Відкривати вікно сполученням:</translation>
    </message>
    <message>
        <source>A key combination that works in every application.</source>
        <translation>Сполучення клавіш, що працює в будь-якому застосунку.</translation>
    </message>
    <message>
        <source>Global shortcut</source>
        <translation>Глобальне сполучення клавіш</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Значок у треї:</translation>
    </message>
    <message>
        <source>&amp;Keep my own order of the accounts</source>
        <translation>&amp;Зберігати мій порядок акаунтів</translation>
    </message>
    <message>
        <source>Otherwise accounts that need attention and the fullest come first. Drag an account, or press Alt+↑/↓ on it, to move it.</source>
        <translation>Інакше першими йдуть акаунти, що потребують уваги, і найзаповненіші. Щоб перемістити акаунт, перетягніть його або натисніть на ньому Alt+↑/↓.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>&amp;Warn when usage crosses a threshold</source>
        <translation>&amp;Попереджати, коли використання перевищує поріг</translation>
    </message>
    <message>
        <source>e.g. 80, 95</source>
        <translation>напр. 80, 95</translation>
    </message>
    <message>
        <source>&amp;Session thresholds (%):</source>
        <translation>Пороги &amp;сесії (%):</translation>
    </message>
    <message>
        <source>W&amp;eekly thresholds (%):</source>
        <translation>&amp;Тижневі пороги (%):</translation>
    </message>
    <message>
        <source>Tell me when a limit I reached has reset</source>
        <translation>Повідомляти, коли досягнутий ліміт скинуто</translation>
    </message>
    <message>
        <source>Tell me when an account needs &amp;attention</source>
        <translation>Повідомляти, коли акаунт потребує &amp;уваги</translation>
    </message>
    <message>
        <source>Show in the popup</source>
        <translation>Показувати у вікні</translation>
    </message>
    <message>
        <source>Session (5-hour) usage</source>
        <translation>Використання сесії (5 год)</translation>
    </message>
    <message>
        <source>Weekly usage</source>
        <translation>Тижневе використання</translation>
    </message>
    <message>
        <source>Per-model weekly usage</source>
        <translation>Тижневе використання за моделями</translation>
    </message>
    <message>
        <source>Extra usage (credits)</source>
        <translation>Додаткове використання (кредити)</translation>
    </message>
    <message>
        <source>7-day chart</source>
        <translation>Графік за 7 днів</translation>
    </message>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Колір значка: будь-який стримувальний ліміт</translation>
    </message>
    <message>
        <source>The icon&apos;s colour follows the limit holding an account back (a weekly or a model&apos;s limit), not only the session; a corner mark shows it either way</source>
        <translation>Колір значка відповідає ліміту, що стримує акаунт (тижневому чи ліміту моделі), а не лише сесії; позначка в куті показує його в будь-якому разі</translation>
    </message>
    <message>
        <source>A small chart of the last 7 days of session and weekly usage on each card</source>
        <translation>Невеликий графік використання сесії й тижня за 7 днів на кожній картці</translation>
    </message>
    <message>
        <source>Accounts linked to Claude Code&apos;s login</source>
        <translation>Акаунти, пов’язані із входом Claude Code</translation>
    </message>
    <message>
        <source>Rea&amp;d-only: when the login expires, ask me to run `claude`</source>
        <translation>Лише &amp;читання: коли вхід закінчиться, попросити мене запустити `claude`</translation>
    </message>
    <message>
        <source>Refresh it myself and write the new login &amp;back</source>
        <translation>Оновлювати самому й &amp;записувати новий вхід назад</translation>
    </message>
    <message>
        <source>Local usage feed</source>
        <translation>Локальний канал використання</translation>
    </message>
    <message>
        <source>Ser&amp;ve my usage to programs on this computer</source>
        <translation>&amp;Надавати мої дані програмам на цьому комп’ютері</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(недоступно)</translation>
    </message>
    <message>
        <source>GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` document to programs that send the token kept in {where} (readable only by you) as `Authorization: Bearer TOKEN`. Off by default.</source>
        <translation>GET http://127.0.0.1:PORT/v1/usage віддає документ `claude-usage usage --json` програмам, які надсилають токен із {where} (читати його можете лише ви) як `Authorization: Bearer TOKEN`. Типово вимкнено.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сесія</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>{window} thresholds: whole numbers from 1 to 100, separated by commas.</source>
        <translation>Пороги ({window}): цілі числа від 1 до 100 через кому.</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <source>Wayland does not let applications listen for keys. Bind a shortcut to the command claude-usage-tray in your desktop&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Wayland не дозволяє застосункам відстежувати клавіші. Призначте сполучення клавіш команді claude-usage-tray у налаштуваннях клавіатури робочого столу: повторний запуск відкриває це вікно.</translation>
    </message>
    <message>
        <source>Not available on this system yet. Bind a shortcut to claude-usage-tray in the system&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>У цій системі поки недоступно. Призначте сполучення клавіш для claude-usage-tray у налаштуваннях клавіатури системи: повторний запуск відкриває це вікно.</translation>
    </message>
    <message>
        <source>Not one key combination</source>
        <translation>Це не одне сполучення клавіш</translation>
    </message>
    <message>
        <source>Use at least one of Ctrl, Alt, Shift, Meta</source>
        <translation>Використайте принаймні одну з клавіш Ctrl, Alt, Shift, Meta</translation>
    </message>
    <message>
        <source>Unknown key: {key}</source>
        <translation>Невідома клавіша: {key}</translation>
    </message>
    <message>
        <source>{sequence} is already taken by another application</source>
        <translation>{sequence} уже зайнято іншим застосунком</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Show usage</source>
        <translation>Показати використання</translation>
    </message>
    <message>
        <source>Open the popup at this account</source>
        <translation>Відкрити вікно на цьому акаунті</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Оновити зараз</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Додати акаунт…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>The shortcut {keys} does not work here: {problem}</source>
        <translation>Сполучення клавіш {keys} тут не працює: {problem}</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>{value} percent</source>
        <translation>{value} відсотків</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Введіть назву цього акаунта.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>Акаунт «{name}» уже існує.</translation>
    </message>
    <message>
        <source>Paste the contents of Claude Code&apos;s .credentials.json.</source>
        <translation>Вставте вміст файлу .credentials.json із Claude Code.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line {line}, column {column}).</source>
        <translation>Це некоректний JSON (рядок {line}, стовпець {column}).</translation>
    </message>
    <message>
        <source>Paste an Admin API key (it starts with sk-ant-admin).</source>
        <translation>Вставте ключ Admin API (він починається з sk-ant-admin).</translation>
    </message>
    <message>
        <source>This key looks cut short.</source>
        <translation>Схоже, ключ обрізано.</translation>
    </message>
    <message>
        <source>Paste the code shown after signing in.</source>
        <translation>Вставте код, показаний після входу.</translation>
    </message>
    <message>
        <source>The code has no spaces — paste it again.</source>
        <translation>У коді немає пробілів — вставте його знову.</translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>now</source>
        <translation>зараз</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сесія</translation>
    </message>
    <message>
        <source>week</source>
        <translation>тиждень</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>session peak {percent}</source>
        <translation>пік сесії {percent}</translation>
    </message>
    <message>
        <source>week peak {percent}</source>
        <translation>пік тижня {percent}</translation>
    </message>
    <message>
        <source>retrying at the next refresh</source>
        <translation>повтор під час наступного оновлення</translation>
    </message>
    <message>
        <source>retrying in {duration} ({clock})</source>
        <translation>повтор через {duration} ({clock})</translation>
    </message>
    <message>
        <source>sign in again to keep tracking it</source>
        <translation>увійдіть знову, щоб і далі відстежувати</translation>
    </message>
    <message>
        <source>sign in with Claude</source>
        <translation>увійдіть через Claude</translation>
    </message>
    <message>
        <source>will retry at the next refresh</source>
        <translation>повторимо під час наступного оновлення</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>: could not fetch usage</source>
        <translation>: не вдалося отримати дані</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Помилка: {message}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Застаріло</translation>
    </message>
    <message>
        <source>Stale — showing values from {clock}</source>
        <translation>Застаріло — дані на {clock}</translation>
    </message>
    <message>
        <source>far ahead of pace</source>
        <translation>значно випереджає темп</translation>
    </message>
    <message>
        <source>ahead of pace ({ratio}×)</source>
        <translation>випереджає темп ({ratio}×)</translation>
    </message>
    <message>
        <source>under pace ({ratio}×)</source>
        <translation>нижче темпу ({ratio}×)</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>у темпі</translation>
    </message>
    <message>
        <source>runs out at {clock} (in {duration})</source>
        <translation>закінчиться о {clock} (через {duration})</translation>
    </message>
    <message>
        <source>used this month · no monthly cap</source>
        <translation>використано цього місяця · без місячного ліміту</translation>
    </message>
    <message>
        <source>used this month</source>
        <translation>використано цього місяця</translation>
    </message>
    <message>
        <source>Extra usage</source>
        <translation>Додаткове використання</translation>
    </message>
    <message>
        <source>Session (5 h)</source>
        <translation>Сесія (5 год)</translation>
    </message>
    <message>
        <source>Week (all models)</source>
        <translation>Тиждень (усі моделі)</translation>
    </message>
    <message>
        <source>Week · {model}</source>
        <translation>Тиждень · {model}</translation>
    </message>
    <message>
        <source>The session resets at {clock}</source>
        <translation>Сесія скинеться о {clock}</translation>
    </message>
    <message>
        <source>The week resets at {clock}</source>
        <translation>Тиждень скинеться о {clock}</translation>
    </message>
    <message>
        <source>{window} limit reached — back {clock}</source>
        <translation>{window}: ліміт вичерпано — знову о {clock}</translation>
    </message>
    <message>
        <source>{window} runs out {clock} — {early} before reset</source>
        <translation>{window} закінчиться о {clock} — за {early} до скидання</translation>
    </message>
    <message>
        <source>{window} nearly used up — resets in {left}</source>
        <translation>{window} майже вичерпано — скидання через {left}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сесія</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Waiting for the first update…</source>
        <translation>Очікування першого оновлення…</translation>
    </message>
    <message>
        <source>No usage reported yet</source>
        <translation>Даних про використання поки немає</translation>
    </message>
    <message>
        <source>{tokens} tok · ≈ {money}</source>
        <translation>{tokens} ток. · ≈ {money}</translation>
    </message>
    <message>
        <source>{name} (key)</source>
        <translation>{name} (ключ)</translation>
    </message>
    <message>
        <source>{name} (user)</source>
        <translation>{name} (користувач)</translation>
    </message>
    <message>
        <source>≈ {money} (estimated)</source>
        <translation>≈ {money} (оцінка)</translation>
    </message>
    <message>
        <source>{input} in · {output} out</source>
        <translation>{input} введення · {output} виведення</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токени</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>З кешу</translation>
    </message>
    <message>
        <source>{tokens} of the input</source>
        <translation>{tokens} від введення</translation>
    </message>
    <message>
        <source>No price for</source>
        <translation>Немає ціни для</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>model and key costs are estimates at list prices; Spend is the bill</source>
        <translation>вартість за моделями й ключами — оцінка за прайсом; «Витрати» — це рахунок</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Основні моделі</translation>
    </message>
    <message>
        <source>Top keys and users</source>
        <translation>Основні ключі й користувачі</translation>
    </message>
    <message>
        <source>{money} spent {period}</source>
        <translation>{money} витрачено {period}</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin API</translation>
    </message>
    <message>
        <source>month to date</source>
        <translation>з початку місяця</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>з {date}</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{money} this month</source>
        <translation>{money} цього місяця</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>даних поки немає</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>сесія {value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>тиждень {value}</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>без лімітів</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (застаріло)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не розпочато</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>потрібен вхід</translation>
    </message>
    <message>
        <source>Claude Code&apos;s login expired</source>
        <translation>Вхід Claude Code сплив</translation>
    </message>
    <message>
        <source>can&apos;t read usage</source>
        <translation>не вдається прочитати використання</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>облікові дані відхилено</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>немає мережі</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>забагато запитів</translation>
    </message>
    <message>
        <source>blocked by Cloudflare</source>
        <translation>заблоковано Cloudflare</translation>
    </message>
    <message>
        <source>could not fetch usage</source>
        <translation>не вдалося отримати використання</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <source>{title} — no accounts yet</source>
        <translation>{title} — акаунтів поки немає</translation>
    </message>
    <message>
        <source>{title} — worst session {percent}</source>
        <translation>{title} — макс. сесія {percent}</translation>
    </message>
    <message>
        <source>Import {accounts} from {source}</source>
        <translation>Імпортувати {accounts} з {source}</translation>
    </message>
    <message>
        <source>Nothing new to import from {source}: its accounts are already here.</source>
        <translation>У {source} немає нічого нового: усі акаунти вже тут.</translation>
    </message>
    <message>
        <source>Imported {accounts} from {source}: {names}.</source>
        <translation>Імпортовано з {source}: {accounts} — {names}.</translation>
    </message>
    <message>
        <source>Can&apos;t reach Anthropic since {clock}</source>
        <translation>Немає зв’язку з Anthropic з {clock}</translation>
    </message>
    <message>
        <source>retrying {clock}</source>
        <translation>повтор {clock}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Оновлення…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Ще не оновлено</translation>
    </message>
    <message>
        <source>Data from {clock} ({age})</source>
        <translation>Дані на {clock} ({age})</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Оновлено {age}</translation>
    </message>
</context>
<context>
    <name>WslLoginChooser</name>
    <message>
        <source>Claude Code login to link</source>
        <translation>Вхід Claude Code для зв’язку</translation>
    </message>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code на цьому комп’ютері</translation>
    </message>
    <message>
        <source>{distro} (WSL) — {user}</source>
        <translation>{distro} (WSL) — {user}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Вхід:</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n акаунт</numerusform>
            <numerusform>%n акаунти</numerusform>
            <numerusform>%n акаунтів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sign in again to {name} ({email})</source>
        <translation>Увійти знову в {name} ({email})</translation>
    </message>
    <message>
        <source>Sign in again to {name}</source>
        <translation>Увійти знову в {name}</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. Sign in as {who} and approve; you come back here automatically, and {name} is tracked again.</source>
        <translation>У браузері відкриється сторінка входу Claude. Увійдіть як {who} і підтвердьте — ви автоматично повернетеся сюди, і {name} знову відстежуватиметься.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>цей акаунт</translation>
    </message>
</context>
</TS>
