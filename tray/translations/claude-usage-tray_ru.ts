<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <source>Sign in again…</source>
        <translation>Войти снова…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Действия для {name}</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Войти снова</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Use Claude Code&apos;s &amp;login</source>
        <translation>Использовать &amp;вход Claude Code</translation>
    </message>
    <message>
        <source>&amp;Sign in with Claude (browser)</source>
        <translation>&amp;Войти через Claude (браузер)</translation>
    </message>
    <message>
        <source>&amp;Paste credentials from another computer</source>
        <translation>&amp;Вставить учётные данные с другого компьютера</translation>
    </message>
    <message>
        <source>A&amp;dmin API key (organisation)</source>
        <translation>Ключ A&amp;dmin API (организация)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Проверить и добавить</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>Вход выполнен как {email}.</translation>
    </message>
    <message>
        <source>Its access token has expired, so it was not checked with Anthropic (that would mean refreshing it).</source>
        <translation>Срок действия токена доступа истёк, поэтому он не проверен в Anthropic (для этого его пришлось бы обновить).</translation>
    </message>
    <message>
        <source>This is Claude Code&apos;s own login on this computer. Refresh tokens are single use: a copy saved here would sign Claude Code out the first time this app refreshes it.</source>
        <translation>Это вход самого Claude Code на этом компьютере. Токены обновления одноразовые: копия, сохранённая здесь, выведет Claude Code из аккаунта при первом обновлении этим приложением.</translation>
    </message>
    <message>
        <source>Link it read-only instead: the app then only reads Claude Code&apos;s login, and Claude Code stays signed in.</source>
        <translation>Лучше свяжите его только для чтения: приложение будет лишь читать вход Claude Code, и Claude Code останется в аккаунте.</translation>
    </message>
    <message>
        <source>If this login came from Claude Code on another computer, that Claude Code will be signed out the first time this app refreshes it (refresh tokens are single use). Signing in with Claude gives this app a login of its own instead.</source>
        <translation>Если этот вход взят из Claude Code на другом компьютере, тот Claude Code выйдет из аккаунта при первом обновлении этим приложением (токены обновления одноразовые). Вход через Claude даст приложению собственный вход.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Добавить аккаунт</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>напр. Работа, Личный</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Имя аккаунта</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Link read-only instead</source>
        <translation>&amp;Связать только для чтения</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Личный</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>claude-usage-core (the TypeScript library) saved {accounts} on this computer. Import them here? Its file is only read, never changed.</source>
        <translation>claude-usage-core (библиотека на TypeScript) сохранила на этом компьютере: {accounts}. Импортировать сюда? Файл только читается и не изменяется.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Don&apos;t offer these accounts again</source>
        <translation>Больше не предлагать эти аккаунты</translation>
    </message>
    <message>
        <source>{method} — none found on this computer</source>
        <translation>{method} — на этом компьютере не найден</translation>
    </message>
    <message>
        <source>Tracks {email}, the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Отслеживает {email} — аккаунт, в который вошёл Claude Code на этом компьютере. Приложение только читает этот вход; когда он истечёт, запустите `claude`, чтобы обновить его.</translation>
    </message>
    <message>
        <source>Tracks the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Отслеживает аккаунт, в который вошёл Claude Code на этом компьютере. Приложение только читает этот вход; когда он истечёт, запустите `claude`, чтобы обновить его.</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. After you approve, you come back here automatically. This account&apos;s login belongs to this app, separate from Claude Code&apos;s.</source>
        <translation>В браузере откроется страница входа Claude. После подтверждения вы автоматически вернётесь сюда. Вход этого аккаунта принадлежит приложению и не связан со входом Claude Code.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Ссылка для входа</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Копировать ссылку</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Открыть браузер снова</translation>
    </message>
    <message>
        <source>If the page shows a code instead, paste it here:</source>
        <translation>Если на странице показан код, вставьте его сюда:</translation>
    </message>
    <message>
        <source>the code the page shows</source>
        <translation>код со страницы</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Код входа</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>&amp;Использовать код</translation>
    </message>
    <message>
        <source>For a login copied from another computer (the contents of its Claude Code .credentials.json). Careful: refresh tokens are single use, so the first time this app refreshes the login, Claude Code there is signed out. To track Claude Code&apos;s login on this computer, use its login (read-only) instead; to give this app its own login, sign in with Claude.</source>
        <translation>Для входа, скопированного с другого компьютера (содержимое его .credentials.json из Claude Code). Осторожно: токены обновления одноразовые, и при первом обновлении входа этим приложением Claude Code там выйдет из аккаунта. Чтобы отслеживать вход Claude Code на этом компьютере, используйте его вход (только чтение); чтобы у приложения был собственный вход, войдите через Claude.</translation>
    </message>
    <message>
        <source>Credentials JSON</source>
        <translation>Учётные данные (JSON)</translation>
    </message>
    <message>
        <source>An Admin API key shows the organisation&apos;s month-to-date tokens and spend. It is checked with one request, then stored encrypted.</source>
        <translation>Ключ Admin API показывает токены и расходы организации с начала месяца. Он проверяется одним запросом и хранится в зашифрованном виде.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Ключ Admin API</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Ожидание входа в браузере…</translation>
    </message>
    <message>
        <source>Save a copy anyway</source>
        <translation>Всё равно сохранить копию</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Всё равно добавить</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. If the browser did not open, open it again or copy this link into it:</source>
        <translation>Ожидание входа. Если браузер не открылся, откройте его снова или скопируйте в него эту ссылку:</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Warning: </source>
        <translation>Предупреждение: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Ошибка: </translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сессия</translation>
    </message>
    <message>
        <source>week</source>
        <translation>неделя</translation>
    </message>
    <message>
        <source>Bars: session peak per hour; line: weekly usage</source>
        <translation>Столбцы: пик сессии за час; линия: недельное использование</translation>
    </message>
</context>
<context>
    <name>ColumnHeads</name>
    <message>
        <source>Resets</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
</context>
<context>
    <name>DailyBars</name>
    <message>
        <source>Cost per day, last {count} days; highest {cost} on {day}</source>
        <translation>Стоимость по дням, последние {count} дн.; максимум {cost} — {day}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first account</source>
        <translation>Добавьте первый аккаунт</translation>
    </message>
    <message>
        <source>Claude Usage shows how much of your Claude limits you have used. Choose how to connect an account:</source>
        <translation>«Использование Claude» показывает, сколько лимитов Claude вы израсходовали. Выберите, как подключить аккаунт:</translation>
    </message>
    <message>
        <source>&amp;Use Claude Code&apos;s login</source>
        <translation>&amp;Использовать вход Claude Code</translation>
    </message>
    <message>
        <source>Track the account Claude Code is signed in to (read-only)</source>
        <translation>Отслеживать аккаунт, в который вошёл Claude Code (только чтение)</translation>
    </message>
    <message>
        <source>Sign &amp;in with Claude…</source>
        <translation>&amp;Войти через Claude…</translation>
    </message>
    <message>
        <source>Add an Ad&amp;min API key…</source>
        <translation>Добавить ключ Ad&amp;min API…</translation>
    </message>
    <message>
        <source>&amp;Paste credentials (advanced)…</source>
        <translation>&amp;Вставить учётные данные (для опытных)…</translation>
    </message>
    <message>
        <source>For a login from another computer. Not Claude Code&apos;s login on this one: use the first choice for that</source>
        <translation>Для входа с другого компьютера. Для входа Claude Code на этом используйте первый вариант</translation>
    </message>
    <message>
        <source>Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); that file is only read</source>
        <translation>Скопировать аккаунты, сохранённые claude-usage-core (~/.claude-usage/accounts.enc); файл только читается</translation>
    </message>
    <message>
        <source>Dismiss: don&apos;t offer these accounts again</source>
        <translation>Скрыть: больше не предлагать эти аккаунты</translation>
    </message>
    <message>
        <source>Dismiss the import offer</source>
        <translation>Скрыть предложение импорта</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Could not import: {error}</source>
        <translation>Не удалось импортировать: {error}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {error}</source>
        <translation>Не удалось переименовать «{name}»: {error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”: {error}</source>
        <translation>Не удалось удалить «{name}»: {error}</translation>
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
        <translation>{value} тыс.</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>меньше минуты</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} д {hours} ч</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} д</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <source>{minutes} m</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начата</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>сбрасывается</translation>
    </message>
    <message>
        <source>resets in {duration} ({clock})</source>
        <translation>сброс через {duration} ({clock})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>{seconds} с назад</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>{duration} назад</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Новый язык будет использоваться после перезапуска.</translation>
    </message>
</context>
<context>
    <name>LimitView</name>
    <message>
        <source>Holding you back: {limit}</source>
        <translation>Сдерживает: {limit}</translation>
    </message>
    <message>
        <source>A sign-in lasts about 28 days, refreshes or not: sign in again before then to avoid a sudden logout (for a Claude Code login, run `claude`)</source>
        <translation>Вход действует около 28 дней, с обновлением или без: войдите снова заранее, чтобы избежать внезапного выхода (для входа Claude Code выполните `claude`)</translation>
    </message>
    <message>
        <source>— estimated from when you signed in</source>
        <translation>— оценка по времени входа</translation>
    </message>
    <message>
        <source>(not a login problem)</source>
        <translation>(это не проблема входа)</translation>
    </message>
    <message>
        <source>%n session(s)</source>
        <translation>Сессий: %n</translation>
    </message>
    <message>
        <source>+{added} / −{removed} lines</source>
        <translation>+{added} / −{removed} строк</translation>
    </message>
    <message>
        <source>%n commit(s)</source>
        <translation>Коммитов: %n</translation>
    </message>
    <message>
        <source>%n PR(s)</source>
        <translation>PR: %n</translation>
    </message>
    <message>
        <source>{share} of edits accepted</source>
        <translation>принято {share} правок</translation>
    </message>
    <message>
        <source>Spend limits: not available for this organisation</source>
        <translation>Лимиты расходов: недоступны для этой организации</translation>
    </message>
    <message>
        <source>Spend limit: {spent} of {cap} ({share})</source>
        <translation>Лимит расходов: {spent} из {cap} ({share})</translation>
    </message>
    <message>
        <source>%n member(s) above 80 % of their limit</source>
        <translation>Участников выше 80 % лимита: %n</translation>
    </message>
    <message>
        <source>holding you back</source>
        <translation>сдерживает</translation>
    </message>
    <message>
        <source>Binding — {line}</source>
        <translation>Сдерживает — {line}</translation>
    </message>
</context>
<context>
    <name>LocalFeed</name>
    <message>
        <source>The local usage feed is not available here.</source>
        <translation>Локальный канал использования здесь недоступен.</translation>
    </message>
    <message>
        <source>Could not start the local usage feed on port {port}: {reason}</source>
        <translation>Не удалось запустить локальный канал использования на порту {port}: {reason}</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code на этом компьютере</translation>
    </message>
    <message>
        <source>30-day chart</source>
        <translation>График за 30 дней</translation>
    </message>
    <message>
        <source>Show the cost of each of the last 30 days</source>
        <translation>Показать стоимость за каждый из последних 30 дней</translation>
    </message>
</context>
<context>
    <name>LocalUsage</name>
    <message>
        <source>Today {today} · 30 days {period} (API prices)</source>
        <translation>Сегодня {today} · 30 дней {period} (по ценам API)</translation>
    </message>
    <message>
        <source>No Claude Code messages in the last 30 days</source>
        <translation>Нет сообщений Claude Code за последние 30 дней</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(без проекта)</translation>
    </message>
    <message>
        <source>Top projects: {projects}</source>
        <translation>Основные проекты: {projects}</translation>
    </message>
    <message>
        <source>Not priced (no list price known): {models}</source>
        <translation>Без цены (прейскурантная цена неизвестна): {models}</translation>
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
        <translation>Использование подписки Claude по всем аккаунтам — в системном трее.</translation>
    </message>
    <message>
        <source>run with three simulated accounts; nothing is read or written outside a temp folder</source>
        <translation>запустить с тремя имитированными аккаунтами; вне временной папки ничего не читается и не записывается</translation>
    </message>
    <message>
        <source>log debug messages too</source>
        <translation>записывать в журнал и отладочные сообщения</translation>
    </message>
    <message>
        <source>check that this installation works (no display or network needed) and exit</source>
        <translation>проверить, что установка работает (без экрана и сети), и выйти</translation>
    </message>
    <message>
        <source>claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it from your desktop session, or use the command line: claude-usage --help</source>
        <translation>claude-usage-tray: нет графического сеанса (не задана ни DISPLAY, ни WAYLAND_DISPLAY).
Запустите программу из сеанса рабочего стола или используйте командную строку: claude-usage --help</translation>
    </message>
    <message>
        <source>Claude Usage (demo)</source>
        <translation>Использование Claude (демо)</translation>
    </message>
    <message>
        <source>Claude Usage</source>
        <translation>Использование Claude</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{name}&apos;s session is at {percent}</source>
        <translation>Сессия {name}: {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit is at {percent}</source>
        <translation>Недельный лимит {model} у {name}: {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s organisation has spent {percent} of its limit</source>
        <translation>Организация {name} потратила {percent} лимита</translation>
    </message>
    <message>
        <source>{name}&apos;s week is at {percent}</source>
        <translation>Неделя {name}: {percent}</translation>
    </message>
    <message>
        <source>At 100 % the organisation&apos;s Claude Code use stops until then.</source>
        <translation>При 100 % использование Claude Code организацией останавливается до этого времени.</translation>
    </message>
    <message>
        <source>At 100 % Claude stops answering on this account until then.</source>
        <translation>При 100 % Claude перестанет отвечать в этом аккаунте до этого момента.</translation>
    </message>
    <message>
        <source>At 100 % {model} stops answering on this account until then.</source>
        <translation>При 100 % {model} перестаёт отвечать в этом аккаунте до этого времени.</translation>
    </message>
    <message>
        <source>It resets soon.</source>
        <translation>Скоро сброс.</translation>
    </message>
    <message>
        <source>Resets in {duration} ({clock}).</source>
        <translation>Сброс через {duration} ({clock}).</translation>
    </message>
    <message>
        <source>The limit starts over soon.</source>
        <translation>Лимит скоро начнётся заново.</translation>
    </message>
    <message>
        <source>The limit starts over in {duration}.</source>
        <translation>Лимит начнётся заново через {duration}.</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-in expires in %n day(s)</source>
        <translation>Вход {name} истекает — осталось дней: %n</translation>
    </message>
    <message>
        <source>Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code login: run `claude`) to keep tracking this account.</source>
        <translation>Вход действует около 28 дней, с обновлением или без. Войдите снова (для входа Claude Code выполните `claude`), чтобы продолжать отслеживать этот аккаунт.</translation>
    </message>
    <message>
        <source>{name}&apos;s session limit has reset</source>
        <translation>Лимит сессии {name} сброшен</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit has reset</source>
        <translation>Недельный лимит {model} у {name} сброшен</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly limit has reset</source>
        <translation>Недельный лимит {name} сброшен</translation>
    </message>
    <message>
        <source>You can use Claude on {name} again.</source>
        <translation>Claude снова доступен в {name}.</translation>
    </message>
</context>
<context>
    <name>OrgDetailsDialog</name>
    <message>
        <source>{name} — Claude Code this month</source>
        <translation>{name} — Claude Code в этом месяце</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Фильтр по имени</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>OrgPeopleModel</name>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% лимита</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Lines +</source>
        <translation>Строки +</translation>
    </message>
    <message>
        <source>Lines −</source>
        <translation>Строки −</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Коммиты</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
</context>
<context>
    <name>OrgSummaryBlock</name>
    <message>
        <source>CLAUDE CODE THIS MONTH</source>
        <translation>CLAUDE CODE В ЭТОМ МЕСЯЦЕ</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Подробнее…</translation>
    </message>
    <message>
        <source>Everyone, sortable by spend and productivity</source>
        <translation>Все, с сортировкой по расходам и продуктивности</translation>
    </message>
    <message>
        <source>Top by spend</source>
        <translation>Больше всего расходов</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>of limit</source>
        <translation>лимита</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <source>Claude Usage</source>
        <translation>Использование Claude</translation>
    </message>
    <message>
        <source>Claude usage</source>
        <translation>Использование Claude</translation>
    </message>
    <message>
        <source>How old the figures shown are</source>
        <translation>Насколько устарели показанные данные</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Fetch usage now</source>
        <translation>Получить данные сейчас</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Fetch usage now (F5)</source>
        <translation>Получить данные сейчас (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Добавить аккаунт…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
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
        <translation>От&amp;мена</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>Remove</name>
    <message>
        <source>Remove account</source>
        <translation>Удалить аккаунт</translation>
    </message>
    <message>
        <source>Remove “{name}” from Claude Usage?</source>
        <translation>Удалить «{name}» из Claude Usage?</translation>
    </message>
    <message>
        <source>Its saved credentials are deleted from this app. Claude Code&apos;s own login, and the account itself, are not affected.</source>
        <translation>Сохранённые учётные данные удаляются из этого приложения. Собственный вход Claude Code и сам аккаунт не затрагиваются.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename account</source>
        <translation>Переименовать аккаунт</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>&amp;Новое имя для «{name}»:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Новое имя</translation>
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
        <translation>Две &amp;полосы</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>&amp;Кольцо</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Claude Code&apos;s refresh tokens are single-use. When this app refreshes a linked login it must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes at the same moment, or the write fails, Claude Code is signed out and you must run `claude` to sign in again. Leave this off unless you know you need it.</source>
        <translation>Токены обновления Claude Code одноразовые. Обновляя связанный вход, приложение должно записать новые токены туда, где их хранит Claude Code; если Claude Code обновит их в тот же момент или запись не удастся, Claude Code выйдет из аккаунта и придётся войти снова командой `claude`. Не включайте, если не уверены, что это нужно.</translation>
    </message>
    <message>
        <source>Claude Usage settings</source>
        <translation>Настройки «Использование Claude»</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Обновлять каждые:</translation>
    </message>
    <message>
        <source>S&amp;tart Claude Usage when I log in</source>
        <translation>&amp;Запускать «Использование Claude» при входе в систему</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>Недоступно: {reason}.</translation>
    </message>
    <message>
        <source>O&amp;pen the popup with:</source>
        <translation>&amp;Открывать окно сочетанием:</translation>
    </message>
    <message>
        <source>A key combination that works in every application.</source>
        <translation>Сочетание клавиш, работающее в любом приложении.</translation>
    </message>
    <message>
        <source>Global shortcut</source>
        <translation>Глобальное сочетание клавиш</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Значок в трее:</translation>
    </message>
    <message>
        <source>&amp;Keep my own order of the accounts</source>
        <translation>&amp;Сохранять мой порядок аккаунтов</translation>
    </message>
    <message>
        <source>Otherwise accounts that need attention and the fullest come first. Drag an account, or press Alt+↑/↓ on it, to move it.</source>
        <translation>Иначе первыми идут аккаунты, требующие внимания, и самые заполненные. Чтобы переместить аккаунт, перетащите его или нажмите на нём Alt+↑/↓.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>&amp;Warn when usage crosses a threshold</source>
        <translation>&amp;Предупреждать, когда использование превышает порог</translation>
    </message>
    <message>
        <source>e.g. 80, 95</source>
        <translation>напр. 80, 95</translation>
    </message>
    <message>
        <source>&amp;Session thresholds (%):</source>
        <translation>Пороги &amp;сессии (%):</translation>
    </message>
    <message>
        <source>W&amp;eekly thresholds (%):</source>
        <translation>&amp;Недельные пороги (%):</translation>
    </message>
    <message>
        <source>Tell me when a limit I reached has reset</source>
        <translation>Сообщать, когда достигнутый лимит сброшен</translation>
    </message>
    <message>
        <source>Tell me when an account needs &amp;attention</source>
        <translation>Сообщать, когда аккаунту требуется &amp;внимание</translation>
    </message>
    <message>
        <source>Show in the popup</source>
        <translation>Показывать в окне</translation>
    </message>
    <message>
        <source>Session (5-hour) usage</source>
        <translation>Использование сессии (5 ч)</translation>
    </message>
    <message>
        <source>Weekly usage</source>
        <translation>Недельное использование</translation>
    </message>
    <message>
        <source>Per-model weekly usage</source>
        <translation>Недельное использование по моделям</translation>
    </message>
    <message>
        <source>Extra usage (credits)</source>
        <translation>Доп. использование (кредиты)</translation>
    </message>
    <message>
        <source>7-day chart</source>
        <translation>График за 7 дней</translation>
    </message>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Цвет значка: любой сдерживающий лимит</translation>
    </message>
    <message>
        <source>The icon&apos;s colour follows the limit holding an account back (a weekly or a model&apos;s limit), not only the session; a corner mark shows it either way</source>
        <translation>Цвет значка следует лимиту, который сдерживает аккаунт (недельному или лимиту модели), а не только сессии; метка в углу показывает его в любом случае</translation>
    </message>
    <message>
        <source>A small chart of the last 7 days of session and weekly usage on each card</source>
        <translation>Небольшой график использования сессии и недели за 7 дней на каждой карточке</translation>
    </message>
    <message>
        <source>Accounts linked to Claude Code&apos;s login</source>
        <translation>Аккаунты, связанные со входом Claude Code</translation>
    </message>
    <message>
        <source>Rea&amp;d-only: when the login expires, ask me to run `claude`</source>
        <translation>Только &amp;чтение: когда вход истечёт, попросить меня запустить `claude`</translation>
    </message>
    <message>
        <source>Refresh it myself and write the new login &amp;back</source>
        <translation>Обновлять самому и &amp;записывать новый вход обратно</translation>
    </message>
    <message>
        <source>Local usage feed</source>
        <translation>Локальный канал использования</translation>
    </message>
    <message>
        <source>Ser&amp;ve my usage to programs on this computer</source>
        <translation>&amp;Отдавать мои данные программам на этом компьютере</translation>
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
        <translation>GET http://127.0.0.1:PORT/v1/usage отдаёт документ `claude-usage usage --json` программам, которые присылают токен из {where} (читать его можете только вы) как `Authorization: Bearer TOKEN`. По умолчанию выключено.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>{window} thresholds: whole numbers from 1 to 100, separated by commas.</source>
        <translation>Пороги ({window}): целые числа от 1 до 100 через запятую.</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <source>Wayland does not let applications listen for keys. Bind a shortcut to the command claude-usage-tray in your desktop&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Wayland не позволяет приложениям отслеживать клавиши. Назначьте сочетание клавиш команде claude-usage-tray в настройках клавиатуры рабочего стола: повторный запуск открывает это окно.</translation>
    </message>
    <message>
        <source>Not available on this system yet. Bind a shortcut to claude-usage-tray in the system&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>На этой системе пока недоступно. Назначьте сочетание клавиш для claude-usage-tray в настройках клавиатуры системы: повторный запуск открывает это окно.</translation>
    </message>
    <message>
        <source>Not one key combination</source>
        <translation>Это не одно сочетание клавиш</translation>
    </message>
    <message>
        <source>Use at least one of Ctrl, Alt, Shift, Meta</source>
        <translation>Используйте хотя бы одну из клавиш Ctrl, Alt, Shift, Meta</translation>
    </message>
    <message>
        <source>Unknown key: {key}</source>
        <translation>Неизвестная клавиша: {key}</translation>
    </message>
    <message>
        <source>{sequence} is already taken by another application</source>
        <translation>{sequence} уже занято другим приложением</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Show usage</source>
        <translation>Показать использование</translation>
    </message>
    <message>
        <source>Open the popup at this account</source>
        <translation>Открыть окно на этом аккаунте</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Добавить аккаунт…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>The shortcut {keys} does not work here: {problem}</source>
        <translation>Сочетание клавиш {keys} здесь не работает: {problem}</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>{value} percent</source>
        <translation>{value} процентов</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Введите имя для этого аккаунта.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>Аккаунт «{name}» уже существует.</translation>
    </message>
    <message>
        <source>Paste the contents of Claude Code&apos;s .credentials.json.</source>
        <translation>Вставьте содержимое файла .credentials.json из Claude Code.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line {line}, column {column}).</source>
        <translation>Это некорректный JSON (строка {line}, столбец {column}).</translation>
    </message>
    <message>
        <source>Paste an Admin API key (it starts with sk-ant-admin).</source>
        <translation>Вставьте ключ Admin API (он начинается с sk-ant-admin).</translation>
    </message>
    <message>
        <source>This key looks cut short.</source>
        <translation>Похоже, ключ обрезан.</translation>
    </message>
    <message>
        <source>Paste the code shown after signing in.</source>
        <translation>Вставьте код, показанный после входа.</translation>
    </message>
    <message>
        <source>The code has no spaces — paste it again.</source>
        <translation>В коде нет пробелов — вставьте его снова.</translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сессия</translation>
    </message>
    <message>
        <source>week</source>
        <translation>неделя</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>session peak {percent}</source>
        <translation>пик сессии {percent}</translation>
    </message>
    <message>
        <source>week peak {percent}</source>
        <translation>пик недели {percent}</translation>
    </message>
    <message>
        <source>retrying at the next refresh</source>
        <translation>повтор при следующем обновлении</translation>
    </message>
    <message>
        <source>retrying in {duration} ({clock})</source>
        <translation>повтор через {duration} ({clock})</translation>
    </message>
    <message>
        <source>sign in again to keep tracking it</source>
        <translation>войдите снова, чтобы продолжить отслеживание</translation>
    </message>
    <message>
        <source>sign in with Claude</source>
        <translation>войдите через Claude</translation>
    </message>
    <message>
        <source>will retry at the next refresh</source>
        <translation>повторим при следующем обновлении</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>: could not fetch usage</source>
        <translation>: не удалось получить данные</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Ошибка: {message}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Устарело</translation>
    </message>
    <message>
        <source>Stale — showing values from {clock}</source>
        <translation>Устарело — данные на {clock}</translation>
    </message>
    <message>
        <source>far ahead of pace</source>
        <translation>сильно опережает темп</translation>
    </message>
    <message>
        <source>ahead of pace ({ratio}×)</source>
        <translation>опережает темп ({ratio}×)</translation>
    </message>
    <message>
        <source>under pace ({ratio}×)</source>
        <translation>ниже темпа ({ratio}×)</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>в темпе</translation>
    </message>
    <message>
        <source>runs out at {clock} (in {duration})</source>
        <translation>закончится в {clock} (через {duration})</translation>
    </message>
    <message>
        <source>used this month · no monthly cap</source>
        <translation>израсходовано в этом месяце · без месячного лимита</translation>
    </message>
    <message>
        <source>used this month</source>
        <translation>израсходовано в этом месяце</translation>
    </message>
    <message>
        <source>Extra usage</source>
        <translation>Доп. использование</translation>
    </message>
    <message>
        <source>Session (5 h)</source>
        <translation>Сессия (5 ч)</translation>
    </message>
    <message>
        <source>Week (all models)</source>
        <translation>Неделя (все модели)</translation>
    </message>
    <message>
        <source>Week · {model}</source>
        <translation>Неделя · {model}</translation>
    </message>
    <message>
        <source>The session resets at {clock}</source>
        <translation>Сессия сбросится в {clock}</translation>
    </message>
    <message>
        <source>The week resets at {clock}</source>
        <translation>Неделя сбросится в {clock}</translation>
    </message>
    <message>
        <source>{window} limit reached — back {clock}</source>
        <translation>{window}: лимит исчерпан — снова в {clock}</translation>
    </message>
    <message>
        <source>{window} runs out {clock} — {early} before reset</source>
        <translation>{window} закончится в {clock} — за {early} до сброса</translation>
    </message>
    <message>
        <source>{window} nearly used up — resets in {left}</source>
        <translation>{window} почти исчерпан — сброс через {left}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Waiting for the first update…</source>
        <translation>Ожидание первого обновления…</translation>
    </message>
    <message>
        <source>No usage reported yet</source>
        <translation>Данных об использовании пока нет</translation>
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
        <translation>{name} (пользователь)</translation>
    </message>
    <message>
        <source>≈ {money} (estimated)</source>
        <translation>≈ {money} (оценка)</translation>
    </message>
    <message>
        <source>{input} in · {output} out</source>
        <translation>{input} ввод · {output} вывод</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>Из кеша</translation>
    </message>
    <message>
        <source>{tokens} of the input</source>
        <translation>{tokens} от ввода</translation>
    </message>
    <message>
        <source>No price for</source>
        <translation>Нет цены для</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>model and key costs are estimates at list prices; Spend is the bill</source>
        <translation>стоимость по моделям и ключам — оценка по прейскуранту; «Расходы» — это счёт</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Основные модели</translation>
    </message>
    <message>
        <source>Top keys and users</source>
        <translation>Основные ключи и пользователи</translation>
    </message>
    <message>
        <source>{money} spent {period}</source>
        <translation>{money} потрачено {period}</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin API</translation>
    </message>
    <message>
        <source>month to date</source>
        <translation>с начала месяца</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{money} this month</source>
        <translation>{money} в этом месяце</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>данных пока нет</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>сессия {value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>неделя {value}</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>без лимитов</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (устарело)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начата</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>нужен вход</translation>
    </message>
    <message>
        <source>Claude Code&apos;s login expired</source>
        <translation>Вход Claude Code истёк</translation>
    </message>
    <message>
        <source>can&apos;t read usage</source>
        <translation>не удаётся прочитать использование</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>учётные данные отклонены</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>нет сети</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>слишком много запросов</translation>
    </message>
    <message>
        <source>blocked by Cloudflare</source>
        <translation>заблокировано Cloudflare</translation>
    </message>
    <message>
        <source>could not fetch usage</source>
        <translation>не удалось получить использование</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <source>{title} — no accounts yet</source>
        <translation>{title} — аккаунтов пока нет</translation>
    </message>
    <message>
        <source>{title} — worst session {percent}</source>
        <translation>{title} — макс. сессия {percent}</translation>
    </message>
    <message>
        <source>Import {accounts} from {source}</source>
        <translation>Импортировать {accounts} из {source}</translation>
    </message>
    <message>
        <source>Nothing new to import from {source}: its accounts are already here.</source>
        <translation>В {source} нет ничего нового: все аккаунты уже здесь.</translation>
    </message>
    <message>
        <source>Imported {accounts} from {source}: {names}.</source>
        <translation>Импортировано из {source}: {accounts} — {names}.</translation>
    </message>
    <message>
        <source>Can&apos;t reach Anthropic since {clock}</source>
        <translation>Нет связи с Anthropic с {clock}</translation>
    </message>
    <message>
        <source>retrying {clock}</source>
        <translation>повтор {clock}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Ещё не обновлено</translation>
    </message>
    <message>
        <source>Data from {clock} ({age})</source>
        <translation>Данные на {clock} ({age})</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Обновлено {age}</translation>
    </message>
</context>
<context>
    <name>WslLoginChooser</name>
    <message>
        <source>Claude Code login to link</source>
        <translation>Вход Claude Code для связи</translation>
    </message>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code на этом компьютере</translation>
    </message>
    <message>
        <source>{distro} (WSL) — {user}</source>
        <translation>{distro} (WSL) — {user}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Вход:</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n аккаунт</numerusform>
            <numerusform>%n аккаунта</numerusform>
            <numerusform>%n аккаунтов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sign in again to {name} ({email})</source>
        <translation>Войти снова в {name} ({email})</translation>
    </message>
    <message>
        <source>Sign in again to {name}</source>
        <translation>Войти снова в {name}</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. Sign in as {who} and approve; you come back here automatically, and {name} is tracked again.</source>
        <translation>В браузере откроется страница входа Claude. Войдите как {who} и подтвердите — вы автоматически вернётесь сюда, и {name} снова будет отслеживаться.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>этот аккаунт</translation>
    </message>
</context>
</TS>
