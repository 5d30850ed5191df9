<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
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
    <name>Notifications</name>
    <message>
        <source>{account}: session (5-hour) usage at {percent}</source>
        <translation>{account}: sesión (5 h) al {percent}</translation>
    </message>
    <message>
        <source>{account}: weekly usage at {percent}</source>
        <translation>{account}: uso semanal al {percent}</translation>
    </message>
    <message>
        <source>{account} has used {percent} of its session (5-hour) limit.</source>
        <translation>{account} ha usado el {percent} de su límite de sesión (5 h).</translation>
    </message>
    <message>
        <source>{account} has used {percent} of its weekly limit.</source>
        <translation>{account} ha usado el {percent} de su límite semanal.</translation>
    </message>
    <message>
        <source>{account}: session (5-hour) limit reset</source>
        <translation>{account}: límite de sesión (5 h) restablecido</translation>
    </message>
    <message>
        <source>{account}: weekly limit reset</source>
        <translation>{account}: límite semanal restablecido</translation>
    </message>
    <message>
        <source>The session (5-hour) window of {account} has reset; you can use Claude again.</source>
        <translation>La sesión (5 h) de {account} se ha restablecido; ya puedes volver a usar Claude.</translation>
    </message>
    <message>
        <source>The weekly window of {account} has reset; you can use Claude again.</source>
        <translation>El período semanal de {account} se ha restablecido; ya puedes volver a usar Claude.</translation>
    </message>
    <message>
        <source>Claude Code's login expired — run `claude` to refresh it.</source>
        <translation>La sesión de Claude Code ha caducado: ejecuta `claude` para renovarla.</translation>
    </message>
    <message>
        <source>Sign in again to keep tracking this account.</source>
        <translation>Vuelve a iniciar sesión para seguir supervisando esta cuenta.</translation>
    </message>
    <message>
        <source>This login can't read usage — sign in with Claude instead.</source>
        <translation>Este inicio de sesión no puede leer el uso: inicia sesión con Claude.</translation>
    </message>
    <message>
        <source>Its credentials were refused — check or replace them.</source>
        <translation>Se rechazaron sus credenciales: revísalas o sustitúyelas.</translation>
    </message>
    <message>
        <source>You are about to hit the limit.</source>
        <translation>Estás a punto de alcanzar el límite.</translation>
    </message>
    <message>
        <source>{account} needs attention</source>
        <translation>{account} requiere atención</translation>
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
        <source>Paste the contents of Claude Code's .credentials.json.</source>
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
</TS>
