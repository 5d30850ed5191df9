<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
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
    <name>SettingsDialog</name>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Цвет значка: любой сдерживающий лимит</translation>
    </message>
    <message>
        <source>The icon's colour follows the limit holding an account back (a weekly or a model's limit), not only the session; a corner mark shows it either way</source>
        <translation>Цвет значка следует лимиту, который сдерживает аккаунт (недельному или лимиту модели), а не только сессии; метка в углу показывает его в любом случае</translation>
    </message>
</context>
<context>
    <name>SignInDeadlineRow</name>
    <message>
        <source>Sign in again…</source>
        <translation>Войти снова…</translation>
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
        <source>Paste the contents of Claude Code's .credentials.json.</source>
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
</TS>
