<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
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
    <name>SettingsDialog</name>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Колір значка: будь-який стримувальний ліміт</translation>
    </message>
    <message>
        <source>The icon's colour follows the limit holding an account back (a weekly or a model's limit), not only the session; a corner mark shows it either way</source>
        <translation>Колір значка відповідає ліміту, що стримує акаунт (тижневому чи ліміту моделі), а не лише сесії; позначка в куті показує його в будь-якому разі</translation>
    </message>
</context>
<context>
    <name>SignInDeadlineRow</name>
    <message>
        <source>Sign in again…</source>
        <translation>Увійти знову…</translation>
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
        <source>Paste the contents of Claude Code's .credentials.json.</source>
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
</TS>
