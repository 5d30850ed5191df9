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
    <name>Notifications</name>
    <message>
        <source>{account}: session (5-hour) usage at {percent}</source>
        <translation>{account}: сессия (5 ч) — {percent}</translation>
    </message>
    <message>
        <source>{account}: weekly usage at {percent}</source>
        <translation>{account}: недельное использование — {percent}</translation>
    </message>
    <message>
        <source>{account} has used {percent} of its session (5-hour) limit.</source>
        <translation>Аккаунт {account} израсходовал {percent} лимита сессии (5 ч).</translation>
    </message>
    <message>
        <source>{account} has used {percent} of its weekly limit.</source>
        <translation>Аккаунт {account} израсходовал {percent} недельного лимита.</translation>
    </message>
    <message>
        <source>{account}: session (5-hour) limit reset</source>
        <translation>{account}: лимит сессии (5 ч) сброшен</translation>
    </message>
    <message>
        <source>{account}: weekly limit reset</source>
        <translation>{account}: недельный лимит сброшен</translation>
    </message>
    <message>
        <source>The session (5-hour) window of {account} has reset; you can use Claude again.</source>
        <translation>Сессия (5 ч) аккаунта {account} сброшена — Claude снова доступен.</translation>
    </message>
    <message>
        <source>The weekly window of {account} has reset; you can use Claude again.</source>
        <translation>Недельный период аккаунта {account} сброшен — Claude снова доступен.</translation>
    </message>
    <message>
        <source>Claude Code's login expired — run `claude` to refresh it.</source>
        <translation>Вход в Claude Code истёк — запустите `claude`, чтобы обновить его.</translation>
    </message>
    <message>
        <source>Sign in again to keep tracking this account.</source>
        <translation>Войдите снова, чтобы продолжить отслеживать этот аккаунт.</translation>
    </message>
    <message>
        <source>This login can't read usage — sign in with Claude instead.</source>
        <translation>Этот вход не даёт доступа к использованию — войдите через Claude.</translation>
    </message>
    <message>
        <source>Its credentials were refused — check or replace them.</source>
        <translation>Учётные данные отклонены — проверьте или замените их.</translation>
    </message>
    <message>
        <source>You are about to hit the limit.</source>
        <translation>Лимит почти исчерпан.</translation>
    </message>
    <message>
        <source>{account} needs attention</source>
        <translation>{account}: требуется внимание</translation>
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
</TS>
