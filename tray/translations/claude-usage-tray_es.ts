<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Acciones de {name}</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Use Claude Code&apos;s &amp;login</source>
        <translation>Usar la &amp;sesión de Claude Code</translation>
    </message>
    <message>
        <source>&amp;Sign in with Claude (browser)</source>
        <translation>&amp;Iniciar sesión con Claude (navegador)</translation>
    </message>
    <message>
        <source>&amp;Paste credentials from another computer</source>
        <translation>&amp;Pegar credenciales de otro ordenador</translation>
    </message>
    <message>
        <source>A&amp;dmin API key (organisation)</source>
        <translation>Clave de API de a&amp;dministración (organización)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Comprobar y añadir</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>Sesión iniciada como {email}.</translation>
    </message>
    <message>
        <source>Its access token has expired, so it was not checked with Anthropic (that would mean refreshing it).</source>
        <translation>Su token de acceso ha caducado, así que no se comprobó con Anthropic (habría que renovarlo).</translation>
    </message>
    <message>
        <source>This is Claude Code&apos;s own login on this computer. Refresh tokens are single use: a copy saved here would sign Claude Code out the first time this app refreshes it.</source>
        <translation>Es la sesión de Claude Code en este ordenador. Los tokens de actualización son de un solo uso: una copia guardada aquí cerraría la sesión de Claude Code la primera vez que esta app la renueve.</translation>
    </message>
    <message>
        <source>Link it read-only instead: the app then only reads Claude Code&apos;s login, and Claude Code stays signed in.</source>
        <translation>Vincúlala en solo lectura: la app solo leerá la sesión de Claude Code y Claude Code seguirá conectado.</translation>
    </message>
    <message>
        <source>If this login came from Claude Code on another computer, that Claude Code will be signed out the first time this app refreshes it (refresh tokens are single use). Signing in with Claude gives this app a login of its own instead.</source>
        <translation>Si esta sesión viene de Claude Code en otro ordenador, ese Claude Code se desconectará la primera vez que esta app la renueve (los tokens de actualización son de un solo uso). Iniciar sesión con Claude da a esta app una sesión propia.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>p. ej., Trabajo, Personal</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Link read-only instead</source>
        <translation>&amp;Vincular en solo lectura</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>claude-usage-core (the TypeScript library) saved {accounts} on this computer. Import them here? Its file is only read, never changed.</source>
        <translation>claude-usage-core (la biblioteca de TypeScript) guardó {accounts} en este ordenador. ¿Importarlas aquí? Su archivo solo se lee, nunca se modifica.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Don&apos;t offer these accounts again</source>
        <translation>No volver a ofrecer estas cuentas</translation>
    </message>
    <message>
        <source>{method} — none found on this computer</source>
        <translation>{method}: no se encontró en este ordenador</translation>
    </message>
    <message>
        <source>Tracks {email}, the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Supervisa {email}, la cuenta con la que Claude Code ha iniciado sesión en este ordenador. La app solo lee esa sesión; cuando caduque, ejecuta `claude` para renovarla.</translation>
    </message>
    <message>
        <source>Tracks the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Supervisa la cuenta con la que Claude Code ha iniciado sesión en este ordenador. La app solo lee esa sesión; cuando caduque, ejecuta `claude` para renovarla.</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. After you approve, you come back here automatically. This account&apos;s login belongs to this app, separate from Claude Code&apos;s.</source>
        <translation>Tu navegador abre la página de inicio de sesión de Claude. Tras aprobar, volverás aquí automáticamente. La sesión de esta cuenta pertenece a esta app, separada de la de Claude Code.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Abrir el navegador de nuevo</translation>
    </message>
    <message>
        <source>If the page shows a code instead, paste it here:</source>
        <translation>Si la página muestra un código, pégalo aquí:</translation>
    </message>
    <message>
        <source>the code the page shows</source>
        <translation>el código que muestra la página</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>&amp;Usar código</translation>
    </message>
    <message>
        <source>For a login copied from another computer (the contents of its Claude Code .credentials.json). Careful: refresh tokens are single use, so the first time this app refreshes the login, Claude Code there is signed out. To track Claude Code&apos;s login on this computer, use its login (read-only) instead; to give this app its own login, sign in with Claude.</source>
        <translation>Para una sesión copiada de otro ordenador (el contenido de su .credentials.json de Claude Code). Cuidado: los tokens de actualización son de un solo uso, así que la primera vez que esta app renueve la sesión, Claude Code se desconectará allí. Para supervisar la sesión de Claude Code en este ordenador, úsala (solo lectura); para que esta app tenga su propia sesión, inicia sesión con Claude.</translation>
    </message>
    <message>
        <source>Credentials JSON</source>
        <translation>Credenciales (JSON)</translation>
    </message>
    <message>
        <source>An Admin API key shows the organisation&apos;s month-to-date tokens and spend. It is checked with one request, then stored encrypted.</source>
        <translation>Una clave de la API de administración muestra los tokens y el gasto de la organización en lo que va de mes. Se comprueba con una solicitud y luego se guarda cifrada.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Clave de la API de administración</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Esperando a que inicies sesión en el navegador…</translation>
    </message>
    <message>
        <source>Save a copy anyway</source>
        <translation>Guardar una copia de todos modos</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Añadir de todos modos</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. If the browser did not open, open it again or copy this link into it:</source>
        <translation>Esperando a que inicies sesión. Si el navegador no se abrió, ábrelo de nuevo o copia en él este enlace:</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Warning: </source>
        <translation>Advertencia: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Error: </translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>Bars: session peak per hour; line: weekly usage</source>
        <translation>Barras: pico de sesión por hora; línea: uso semanal</translation>
    </message>
</context>
<context>
    <name>ColumnHeads</name>
    <message>
        <source>Resets</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
</context>
<context>
    <name>DailyBars</name>
    <message>
        <source>Cost per day, last {count} days; highest {cost} on {day}</source>
        <translation>Coste por día, últimos {count} días; máximo {cost} el {day}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first account</source>
        <translation>Añade tu primera cuenta</translation>
    </message>
    <message>
        <source>Claude Usage shows how much of your Claude limits you have used. Choose how to connect an account:</source>
        <translation>Uso de Claude muestra cuánto has usado de tus límites de Claude. Elige cómo conectar una cuenta:</translation>
    </message>
    <message>
        <source>&amp;Use Claude Code&apos;s login</source>
        <translation>&amp;Usar la sesión de Claude Code</translation>
    </message>
    <message>
        <source>Track the account Claude Code is signed in to (read-only)</source>
        <translation>Supervisar la cuenta con la que Claude Code ha iniciado sesión (solo lectura)</translation>
    </message>
    <message>
        <source>Sign &amp;in with Claude…</source>
        <translation>&amp;Iniciar sesión con Claude…</translation>
    </message>
    <message>
        <source>Add an Ad&amp;min API key…</source>
        <translation>Añadir una clave de API de ad&amp;ministración…</translation>
    </message>
    <message>
        <source>&amp;Paste credentials (advanced)…</source>
        <translation>&amp;Pegar credenciales (avanzado)…</translation>
    </message>
    <message>
        <source>For a login from another computer. Not Claude Code&apos;s login on this one: use the first choice for that</source>
        <translation>Para un inicio de sesión de otro ordenador. No para la sesión de Claude Code en este: usa la primera opción</translation>
    </message>
    <message>
        <source>Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); that file is only read</source>
        <translation>Copiar las cuentas guardadas por claude-usage-core (~/.claude-usage/accounts.enc); ese archivo solo se lee</translation>
    </message>
    <message>
        <source>Dismiss: don&apos;t offer these accounts again</source>
        <translation>Descartar: no volver a ofrecer estas cuentas</translation>
    </message>
    <message>
        <source>Dismiss the import offer</source>
        <translation>Descartar la oferta de importación</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Could not import: {error}</source>
        <translation>No se pudo importar: {error}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {error}</source>
        <translation>No se pudo renombrar «{name}»: {error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”: {error}</source>
        <translation>No se pudo quitar «{name}»: {error}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{value} B</source>
        <translation>{value} mil M</translation>
    </message>
    <message>
        <source>{value} M</source>
        <translation>{value} M</translation>
    </message>
    <message>
        <source>{value} k</source>
        <translation>{value} mil</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} m</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>restableciéndose</translation>
    </message>
    <message>
        <source>resets in {duration} ({clock})</source>
        <translation>se restablece en {duration} ({clock})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>hace {seconds} s</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>hace {duration}</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>LimitView</name>
    <message>
        <source>Holding you back: {limit}</source>
        <translation>Lo que te frena: {limit}</translation>
    </message>
    <message>
        <source>A sign-in lasts about 28 days, refreshes or not: sign in again before then to avoid a sudden logout (for a Claude Code login, run `claude`)</source>
        <translation>Un inicio de sesión dura unos 28 días, se renueve o no: vuelve a iniciar sesión antes para evitar un cierre repentino (para un inicio de sesión de Claude Code, ejecuta `claude`)</translation>
    </message>
    <message>
        <source>— estimated from when you signed in</source>
        <translation>— estimado desde que iniciaste sesión</translation>
    </message>
    <message>
        <source>(not a login problem)</source>
        <translation>(no es un problema de inicio de sesión)</translation>
    </message>
    <message>
        <source>%n session(s)</source>
        <translation>Sesiones: %n</translation>
    </message>
    <message>
        <source>+{added} / −{removed} lines</source>
        <translation>+{added} / −{removed} líneas</translation>
    </message>
    <message>
        <source>%n commit(s)</source>
        <translation>Commits: %n</translation>
    </message>
    <message>
        <source>%n PR(s)</source>
        <translation>PR: %n</translation>
    </message>
    <message>
        <source>{share} of edits accepted</source>
        <translation>{share} de las ediciones aceptadas</translation>
    </message>
    <message>
        <source>Spend limits: not available for this organisation</source>
        <translation>Límites de gasto: no disponibles para esta organización</translation>
    </message>
    <message>
        <source>Spend limit: {spent} of {cap} ({share})</source>
        <translation>Límite de gasto: {spent} de {cap} ({share})</translation>
    </message>
    <message>
        <source>%n member(s) above 80 % of their limit</source>
        <translation>Miembros por encima del 80 % de su límite: %n</translation>
    </message>
    <message>
        <source>holding you back</source>
        <translation>te frena</translation>
    </message>
    <message>
        <source>Binding — {line}</source>
        <translation>Limita — {line}</translation>
    </message>
</context>
<context>
    <name>LocalFeed</name>
    <message>
        <source>The local usage feed is not available here.</source>
        <translation>La fuente local de uso no está disponible aquí.</translation>
    </message>
    <message>
        <source>Could not start the local usage feed on port {port}: {reason}</source>
        <translation>No se pudo iniciar la fuente local de uso en el puerto {port}: {reason}</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code en este ordenador</translation>
    </message>
    <message>
        <source>30-day chart</source>
        <translation>Gráfico de 30 días</translation>
    </message>
    <message>
        <source>Show the cost of each of the last 30 days</source>
        <translation>Mostrar el coste de cada uno de los últimos 30 días</translation>
    </message>
</context>
<context>
    <name>LocalUsage</name>
    <message>
        <source>Today {today} · 30 days {period} (API prices)</source>
        <translation>Hoy {today} · 30 días {period} (precios de la API)</translation>
    </message>
    <message>
        <source>No Claude Code messages in the last 30 days</source>
        <translation>Ningún mensaje de Claude Code en los últimos 30 días</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(sin proyecto)</translation>
    </message>
    <message>
        <source>Top projects: {projects}</source>
        <translation>Proyectos principales: {projects}</translation>
    </message>
    <message>
        <source>Not priced (no list price known): {models}</source>
        <translation>Sin precio (no se conoce precio de lista): {models}</translation>
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
        <translation>El uso de la suscripción de Claude de todas tus cuentas, en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>run with three simulated accounts; nothing is read or written outside a temp folder</source>
        <translation>ejecutar con tres cuentas simuladas; no se lee ni escribe nada fuera de una carpeta temporal</translation>
    </message>
    <message>
        <source>log debug messages too</source>
        <translation>registrar también los mensajes de depuración</translation>
    </message>
    <message>
        <source>check that this installation works (no display or network needed) and exit</source>
        <translation>comprobar que esta instalación funciona (sin pantalla ni red) y salir</translation>
    </message>
    <message>
        <source>claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it from your desktop session, or use the command line: claude-usage --help</source>
        <translation>claude-usage-tray: no hay sesión gráfica (no están definidas DISPLAY ni WAYLAND_DISPLAY).
Inícialo desde tu sesión de escritorio o usa la línea de comandos: claude-usage --help</translation>
    </message>
    <message>
        <source>Claude Usage (demo)</source>
        <translation>Uso de Claude (demo)</translation>
    </message>
    <message>
        <source>Claude Usage</source>
        <translation>Uso de Claude</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{name}&apos;s session is at {percent}</source>
        <translation>La sesión de {name} está al {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit is at {percent}</source>
        <translation>El límite semanal de {model} de {name} está en {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s organisation has spent {percent} of its limit</source>
        <translation>La organización {name} ha gastado el {percent} de su límite</translation>
    </message>
    <message>
        <source>{name}&apos;s week is at {percent}</source>
        <translation>La semana de {name} está al {percent}</translation>
    </message>
    <message>
        <source>At 100 % the organisation&apos;s Claude Code use stops until then.</source>
        <translation>Al 100 %, el uso de Claude Code de la organización se detiene hasta entonces.</translation>
    </message>
    <message>
        <source>At 100 % Claude stops answering on this account until then.</source>
        <translation>Al 100 %, Claude deja de responder en esta cuenta hasta entonces.</translation>
    </message>
    <message>
        <source>At 100 % {model} stops answering on this account until then.</source>
        <translation>Al 100 %, {model} deja de responder en esta cuenta hasta entonces.</translation>
    </message>
    <message>
        <source>It resets soon.</source>
        <translation>Se restablece pronto.</translation>
    </message>
    <message>
        <source>Resets in {duration} ({clock}).</source>
        <translation>Se restablece en {duration} ({clock}).</translation>
    </message>
    <message>
        <source>The limit starts over soon.</source>
        <translation>El límite se reinicia pronto.</translation>
    </message>
    <message>
        <source>The limit starts over in {duration}.</source>
        <translation>El límite se reinicia en {duration}.</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-in expires in %n day(s)</source>
        <translation>El inicio de sesión de {name} caduca — días restantes: %n</translation>
    </message>
    <message>
        <source>Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code login: run `claude`) to keep tracking this account.</source>
        <translation>Los inicios de sesión duran unos 28 días, se renueven o no. Vuelve a iniciar sesión (para Claude Code: ejecuta `claude`) para seguir esta cuenta.</translation>
    </message>
    <message>
        <source>{name}&apos;s session limit has reset</source>
        <translation>El límite de sesión de {name} se ha restablecido</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit has reset</source>
        <translation>El límite semanal de {model} de {name} se ha reiniciado</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly limit has reset</source>
        <translation>El límite semanal de {name} se ha restablecido</translation>
    </message>
    <message>
        <source>You can use Claude on {name} again.</source>
        <translation>Ya puedes volver a usar Claude con {name}.</translation>
    </message>
</context>
<context>
    <name>OrgDetailsDialog</name>
    <message>
        <source>{name} — Claude Code this month</source>
        <translation>{name}: Claude Code este mes</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
</context>
<context>
    <name>OrgPeopleModel</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% del límite</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Lines +</source>
        <translation>Líneas +</translation>
    </message>
    <message>
        <source>Lines −</source>
        <translation>Líneas −</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
</context>
<context>
    <name>OrgSummaryBlock</name>
    <message>
        <source>CLAUDE CODE THIS MONTH</source>
        <translation>CLAUDE CODE ESTE MES</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Everyone, sortable by spend and productivity</source>
        <translation>Todos, ordenables por gasto y productividad</translation>
    </message>
    <message>
        <source>Top by spend</source>
        <translation>Principales por gasto</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>of limit</source>
        <translation>del límite</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <source>Claude Usage</source>
        <translation>Uso de Claude</translation>
    </message>
    <message>
        <source>Claude usage</source>
        <translation>Uso de Claude</translation>
    </message>
    <message>
        <source>How old the figures shown are</source>
        <translation>Antigüedad de las cifras mostradas</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <source>Fetch usage now</source>
        <translation>Obtener el uso ahora</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Fetch usage now (F5)</source>
        <translation>Obtener el uso ahora (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reinicializar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar los valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la ubicación del en&amp;lace</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>Remove</name>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove “{name}” from Claude Usage?</source>
        <translation>¿Quitar «{name}» de Claude Usage?</translation>
    </message>
    <message>
        <source>Its saved credentials are deleted from this app. Claude Code&apos;s own login, and the account itself, are not affected.</source>
        <translation>Sus credenciales guardadas se eliminan de esta aplicación. El inicio de sesión propio de Claude Code y la cuenta en sí no se ven afectados.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename account</source>
        <translation>Renombrar cuenta</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>&amp;Nuevo nombre para «{name}»:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nuevo nombre</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <source>Two &amp;bars</source>
        <translation>Dos &amp;barras</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>A&amp;nillo</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Claude Code&apos;s refresh tokens are single-use. When this app refreshes a linked login it must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes at the same moment, or the write fails, Claude Code is signed out and you must run `claude` to sign in again. Leave this off unless you know you need it.</source>
        <translation>Los tokens de actualización de Claude Code son de un solo uso. Cuando esta app renueva una sesión vinculada, debe volver a escribir los tokens nuevos donde Claude Code los guarda; si Claude Code los renueva en el mismo momento, o la escritura falla, Claude Code se desconecta y tendrás que ejecutar `claude` para volver a iniciar sesión. Déjalo desactivado salvo que sepas que lo necesitas.</translation>
    </message>
    <message>
        <source>Claude Usage settings</source>
        <translation>Configuración de Uso de Claude</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Actualizar cada:</translation>
    </message>
    <message>
        <source>S&amp;tart Claude Usage when I log in</source>
        <translation>&amp;Iniciar Uso de Claude al iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>No disponible: {reason}.</translation>
    </message>
    <message>
        <source>O&amp;pen the popup with:</source>
        <translation>&amp;Abrir la ventana con:</translation>
    </message>
    <message>
        <source>A key combination that works in every application.</source>
        <translation>Una combinación de teclas que funciona en todas las aplicaciones.</translation>
    </message>
    <message>
        <source>Global shortcut</source>
        <translation>Atajo global</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Icono de la bandeja:</translation>
    </message>
    <message>
        <source>&amp;Keep my own order of the accounts</source>
        <translation>&amp;Mantener mi propio orden de las cuentas</translation>
    </message>
    <message>
        <source>Otherwise accounts that need attention and the fullest come first. Drag an account, or press Alt+↑/↓ on it, to move it.</source>
        <translation>Si no, primero van las cuentas que requieren atención y las más llenas. Arrastra una cuenta, o pulsa Alt+↑/↓ sobre ella, para moverla.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Warn when usage crosses a threshold</source>
        <translation>&amp;Avisar cuando el uso supere un umbral</translation>
    </message>
    <message>
        <source>e.g. 80, 95</source>
        <translation>p. ej., 80, 95</translation>
    </message>
    <message>
        <source>&amp;Session thresholds (%):</source>
        <translation>Umbrales de &amp;sesión (%):</translation>
    </message>
    <message>
        <source>W&amp;eekly thresholds (%):</source>
        <translation>Umbrales s&amp;emanales (%):</translation>
    </message>
    <message>
        <source>Tell me when a limit I reached has reset</source>
        <translation>Avisarme cuando se restablezca un límite alcanzado</translation>
    </message>
    <message>
        <source>Tell me when an account needs &amp;attention</source>
        <translation>Avisarme cuando una cuenta requiera &amp;atención</translation>
    </message>
    <message>
        <source>Show in the popup</source>
        <translation>Mostrar en la ventana</translation>
    </message>
    <message>
        <source>Session (5-hour) usage</source>
        <translation>Uso de la sesión (5 h)</translation>
    </message>
    <message>
        <source>Weekly usage</source>
        <translation>Uso semanal</translation>
    </message>
    <message>
        <source>Per-model weekly usage</source>
        <translation>Uso semanal por modelo</translation>
    </message>
    <message>
        <source>Extra usage (credits)</source>
        <translation>Uso adicional (créditos)</translation>
    </message>
    <message>
        <source>7-day chart</source>
        <translation>Gráfico de 7 días</translation>
    </message>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Color del icono: cualquier límite que bloquee</translation>
    </message>
    <message>
        <source>The icon&apos;s colour follows the limit holding an account back (a weekly or a model&apos;s limit), not only the session; a corner mark shows it either way</source>
        <translation>El color del icono sigue al límite que frena una cuenta (semanal o de un modelo), no solo a la sesión; una marca en la esquina lo muestra en cualquier caso</translation>
    </message>
    <message>
        <source>A small chart of the last 7 days of session and weekly usage on each card</source>
        <translation>Un pequeño gráfico de los últimos 7 días de uso de sesión y semanal en cada tarjeta</translation>
    </message>
    <message>
        <source>Accounts linked to Claude Code&apos;s login</source>
        <translation>Cuentas vinculadas a la sesión de Claude Code</translation>
    </message>
    <message>
        <source>Rea&amp;d-only: when the login expires, ask me to run `claude`</source>
        <translation>Solo &amp;lectura: cuando caduque la sesión, pedirme que ejecute `claude`</translation>
    </message>
    <message>
        <source>Refresh it myself and write the new login &amp;back</source>
        <translation>Renovarla yo mismo y &amp;escribir la sesión nueva</translation>
    </message>
    <message>
        <source>Local usage feed</source>
        <translation>Fuente local de uso</translation>
    </message>
    <message>
        <source>Ser&amp;ve my usage to programs on this computer</source>
        <translation>&amp;Servir mi uso a los programas de este ordenador</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(no disponible)</translation>
    </message>
    <message>
        <source>GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` document to programs that send the token kept in {where} (readable only by you) as `Authorization: Bearer TOKEN`. Off by default.</source>
        <translation>GET http://127.0.0.1:PORT/v1/usage devuelve el documento de `claude-usage usage --json` a los programas que envíen el token guardado en {where} (solo tú puedes leerlo) como `Authorization: Bearer TOKEN`. Desactivado por defecto.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>{window} thresholds: whole numbers from 1 to 100, separated by commas.</source>
        <translation>Umbrales de {window}: números enteros del 1 al 100, separados por comas.</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <source>Wayland does not let applications listen for keys. Bind a shortcut to the command claude-usage-tray in your desktop&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Wayland no permite que las aplicaciones escuchen teclas. Asigna un atajo al comando claude-usage-tray en la configuración de teclado de tu escritorio: al volver a iniciarlo se abre esta ventana.</translation>
    </message>
    <message>
        <source>Not available on this system yet. Bind a shortcut to claude-usage-tray in the system&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Aún no disponible en este sistema. Asigna un atajo a claude-usage-tray en la configuración de teclado del sistema: al volver a iniciarlo se abre esta ventana.</translation>
    </message>
    <message>
        <source>Not one key combination</source>
        <translation>No es una sola combinación de teclas</translation>
    </message>
    <message>
        <source>Use at least one of Ctrl, Alt, Shift, Meta</source>
        <translation>Usa al menos Ctrl, Alt, Mayús o Meta</translation>
    </message>
    <message>
        <source>Unknown key: {key}</source>
        <translation>Tecla desconocida: {key}</translation>
    </message>
    <message>
        <source>{sequence} is already taken by another application</source>
        <translation>{sequence} ya lo usa otra aplicación</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Show usage</source>
        <translation>Mostrar el uso</translation>
    </message>
    <message>
        <source>Open the popup at this account</source>
        <translation>Abrir la ventana en esta cuenta</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The shortcut {keys} does not work here: {problem}</source>
        <translation>El atajo {keys} no funciona aquí: {problem}</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>{value} percent</source>
        <translation>{value} por ciento</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Escribe un nombre para esta cuenta.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>Ya existe una cuenta llamada «{name}».</translation>
    </message>
    <message>
        <source>Paste the contents of Claude Code&apos;s .credentials.json.</source>
        <translation>Pega el contenido del archivo .credentials.json de Claude Code.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line {line}, column {column}).</source>
        <translation>No es un JSON válido (línea {line}, columna {column}).</translation>
    </message>
    <message>
        <source>Paste an Admin API key (it starts with sk-ant-admin).</source>
        <translation>Pega una clave de la API de administración (empieza por sk-ant-admin).</translation>
    </message>
    <message>
        <source>This key looks cut short.</source>
        <translation>Esta clave parece incompleta.</translation>
    </message>
    <message>
        <source>Paste the code shown after signing in.</source>
        <translation>Pega el código que aparece tras iniciar sesión.</translation>
    </message>
    <message>
        <source>The code has no spaces — paste it again.</source>
        <translation>El código no lleva espacios: vuelve a pegarlo.</translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>session peak {percent}</source>
        <translation>pico de sesión {percent}</translation>
    </message>
    <message>
        <source>week peak {percent}</source>
        <translation>pico semanal {percent}</translation>
    </message>
    <message>
        <source>retrying at the next refresh</source>
        <translation>se reintentará en la próxima actualización</translation>
    </message>
    <message>
        <source>retrying in {duration} ({clock})</source>
        <translation>se reintentará en {duration} ({clock})</translation>
    </message>
    <message>
        <source>sign in again to keep tracking it</source>
        <translation>vuelve a iniciar sesión para seguir supervisándola</translation>
    </message>
    <message>
        <source>sign in with Claude</source>
        <translation>inicia sesión con Claude</translation>
    </message>
    <message>
        <source>will retry at the next refresh</source>
        <translation>se reintentará en la próxima actualización</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>: could not fetch usage</source>
        <translation>: no se pudo obtener el uso</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Stale — showing values from {clock}</source>
        <translation>Desactualizado: valores de las {clock}</translation>
    </message>
    <message>
        <source>far ahead of pace</source>
        <translation>muy por encima del ritmo</translation>
    </message>
    <message>
        <source>ahead of pace ({ratio}×)</source>
        <translation>por encima del ritmo ({ratio}×)</translation>
    </message>
    <message>
        <source>under pace ({ratio}×)</source>
        <translation>por debajo del ritmo ({ratio}×)</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>al ritmo</translation>
    </message>
    <message>
        <source>runs out at {clock} (in {duration})</source>
        <translation>se agota a las {clock} (en {duration})</translation>
    </message>
    <message>
        <source>used this month · no monthly cap</source>
        <translation>usado este mes · sin tope mensual</translation>
    </message>
    <message>
        <source>used this month</source>
        <translation>usado este mes</translation>
    </message>
    <message>
        <source>Extra usage</source>
        <translation>Uso adicional</translation>
    </message>
    <message>
        <source>Session (5 h)</source>
        <translation>Sesión (5 h)</translation>
    </message>
    <message>
        <source>Week (all models)</source>
        <translation>Semana (todos los modelos)</translation>
    </message>
    <message>
        <source>Week · {model}</source>
        <translation>Semana · {model}</translation>
    </message>
    <message>
        <source>The session resets at {clock}</source>
        <translation>La sesión se restablece a las {clock}</translation>
    </message>
    <message>
        <source>The week resets at {clock}</source>
        <translation>La semana se restablece a las {clock}</translation>
    </message>
    <message>
        <source>{window} limit reached — back {clock}</source>
        <translation>{window}: límite alcanzado; vuelve a las {clock}</translation>
    </message>
    <message>
        <source>{window} runs out {clock} — {early} before reset</source>
        <translation>{window} se agota a las {clock}: {early} antes del reinicio</translation>
    </message>
    <message>
        <source>{window} nearly used up — resets in {left}</source>
        <translation>{window} casi agotado: se restablece en {left}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Waiting for the first update…</source>
        <translation>Esperando la primera actualización…</translation>
    </message>
    <message>
        <source>No usage reported yet</source>
        <translation>Aún no se ha informado ningún uso</translation>
    </message>
    <message>
        <source>{tokens} tok · ≈ {money}</source>
        <translation>{tokens} tok · ≈ {money}</translation>
    </message>
    <message>
        <source>{name} (key)</source>
        <translation>{name} (clave)</translation>
    </message>
    <message>
        <source>{name} (user)</source>
        <translation>{name} (usuario)</translation>
    </message>
    <message>
        <source>≈ {money} (estimated)</source>
        <translation>≈ {money} (estimado)</translation>
    </message>
    <message>
        <source>{input} in · {output} out</source>
        <translation>{input} de entrada · {output} de salida</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>Desde caché</translation>
    </message>
    <message>
        <source>{tokens} of the input</source>
        <translation>{tokens} de la entrada</translation>
    </message>
    <message>
        <source>No price for</source>
        <translation>Sin precio para</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>model and key costs are estimates at list prices; Spend is the bill</source>
        <translation>los costes por modelo y clave son estimaciones a precio de lista; Gasto es la factura</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Modelos principales</translation>
    </message>
    <message>
        <source>Top keys and users</source>
        <translation>Claves y usuarios principales</translation>
    </message>
    <message>
        <source>{money} spent {period}</source>
        <translation>{money} gastado {period}</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>API de administración</translation>
    </message>
    <message>
        <source>month to date</source>
        <translation>en lo que va de mes</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{money} this month</source>
        <translation>{money} este mes</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>aún sin datos</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>sesión {value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>semana {value}</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>sin límites</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (desactualizado)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>requiere iniciar sesión</translation>
    </message>
    <message>
        <source>Claude Code&apos;s login expired</source>
        <translation>El inicio de sesión de Claude Code caducó</translation>
    </message>
    <message>
        <source>can&apos;t read usage</source>
        <translation>no se puede leer el uso</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>credenciales rechazadas</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>límite de solicitudes</translation>
    </message>
    <message>
        <source>blocked by Cloudflare</source>
        <translation>bloqueado por Cloudflare</translation>
    </message>
    <message>
        <source>could not fetch usage</source>
        <translation>no se pudo obtener el uso</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{title} — no accounts yet</source>
        <translation>{title}: aún no hay cuentas</translation>
    </message>
    <message>
        <source>{title} — worst session {percent}</source>
        <translation>{title}: sesión más alta {percent}</translation>
    </message>
    <message>
        <source>Import {accounts} from {source}</source>
        <translation>Importar {accounts} de {source}</translation>
    </message>
    <message>
        <source>Nothing new to import from {source}: its accounts are already here.</source>
        <translation>Nada nuevo que importar de {source}: sus cuentas ya están aquí.</translation>
    </message>
    <message>
        <source>Imported {accounts} from {source}: {names}.</source>
        <translation>Se importaron {accounts} de {source}: {names}.</translation>
    </message>
    <message>
        <source>Can&apos;t reach Anthropic since {clock}</source>
        <translation>Sin conexión con Anthropic desde las {clock}</translation>
    </message>
    <message>
        <source>retrying {clock}</source>
        <translation>se reintentará {clock}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Aún sin actualizar</translation>
    </message>
    <message>
        <source>Data from {clock} ({age})</source>
        <translation>Datos de las {clock} ({age})</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Actualizado {age}</translation>
    </message>
</context>
<context>
    <name>WslLoginChooser</name>
    <message>
        <source>Claude Code login to link</source>
        <translation>Sesión de Claude Code que vincular</translation>
    </message>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code en este ordenador</translation>
    </message>
    <message>
        <source>{distro} (WSL) — {user}</source>
        <translation>{distro} (WSL): {user}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Sesión:</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sign in again to {name} ({email})</source>
        <translation>Volver a iniciar sesión en {name} ({email})</translation>
    </message>
    <message>
        <source>Sign in again to {name}</source>
        <translation>Volver a iniciar sesión en {name}</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. Sign in as {who} and approve; you come back here automatically, and {name} is tracked again.</source>
        <translation>Tu navegador abre la página de inicio de sesión de Claude. Inicia sesión como {who} y aprueba; volverás aquí automáticamente y {name} se supervisará de nuevo.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>esta cuenta</translation>
    </message>
</context>
</TS>
