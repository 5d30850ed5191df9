<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <source>Sign in again…</source>
        <translation>Accedi di nuovo…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rinomina…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ri&amp;muovi…</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Azioni per {name}</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Use Claude Code&apos;s &amp;login</source>
        <translation>Usa l&apos;&amp;accesso di Claude Code</translation>
    </message>
    <message>
        <source>&amp;Sign in with Claude (browser)</source>
        <translation>&amp;Accedi con Claude (browser)</translation>
    </message>
    <message>
        <source>&amp;Paste credentials from another computer</source>
        <translation>&amp;Incolla le credenziali di un altro computer</translation>
    </message>
    <message>
        <source>A&amp;dmin API key (organisation)</source>
        <translation>Chiave API A&amp;dmin (organizzazione)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Accedi…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Verifica e aggiungi</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>Accesso eseguito come {email}.</translation>
    </message>
    <message>
        <source>Its access token has expired, so it was not checked with Anthropic (that would mean refreshing it).</source>
        <translation>Il token di accesso è scaduto, quindi non è stato verificato con Anthropic (servirebbe rinnovarlo).</translation>
    </message>
    <message>
        <source>This is Claude Code&apos;s own login on this computer. Refresh tokens are single use: a copy saved here would sign Claude Code out the first time this app refreshes it.</source>
        <translation>È l&apos;accesso di Claude Code su questo computer. I token di aggiornamento sono monouso: una copia salvata qui disconnetterebbe Claude Code la prima volta che questa app la rinnova.</translation>
    </message>
    <message>
        <source>Link it read-only instead: the app then only reads Claude Code&apos;s login, and Claude Code stays signed in.</source>
        <translation>Collegalo invece in sola lettura: l&apos;app legge solo l&apos;accesso di Claude Code e Claude Code resta connesso.</translation>
    </message>
    <message>
        <source>If this login came from Claude Code on another computer, that Claude Code will be signed out the first time this app refreshes it (refresh tokens are single use). Signing in with Claude gives this app a login of its own instead.</source>
        <translation>Se questo accesso viene da Claude Code su un altro computer, quel Claude Code verrà disconnesso la prima volta che questa app lo rinnova (i token di aggiornamento sono monouso). Accedere con Claude dà invece a questa app un accesso proprio.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>ad es. Lavoro, Personale</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome dell&apos;account</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Link read-only instead</source>
        <translation>&amp;Collega in sola lettura</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>claude-usage-core (the TypeScript library) saved {accounts} on this computer. Import them here? Its file is only read, never changed.</source>
        <translation>claude-usage-core (la libreria TypeScript) ha salvato {accounts} su questo computer. Importarli qui? Il file viene solo letto, mai modificato.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Don&apos;t offer these accounts again</source>
        <translation>Non proporre più questi account</translation>
    </message>
    <message>
        <source>{method} — none found on this computer</source>
        <translation>{method} — nessuno trovato su questo computer</translation>
    </message>
    <message>
        <source>Tracks {email}, the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Monitora {email}, l&apos;account con cui Claude Code ha effettuato l&apos;accesso su questo computer. L&apos;app legge soltanto quell&apos;accesso; quando scade, esegui `claude` per rinnovarlo.</translation>
    </message>
    <message>
        <source>Tracks the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Monitora l&apos;account con cui Claude Code ha effettuato l&apos;accesso su questo computer. L&apos;app legge soltanto quell&apos;accesso; quando scade, esegui `claude` per rinnovarlo.</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. After you approve, you come back here automatically. This account&apos;s login belongs to this app, separate from Claude Code&apos;s.</source>
        <translation>Il browser apre la pagina di accesso di Claude. Dopo l&apos;approvazione torni qui automaticamente. L&apos;accesso di questo account appartiene a questa app, separato da quello di Claude Code.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Link di accesso</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copia link</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Riapri il browser</translation>
    </message>
    <message>
        <source>If the page shows a code instead, paste it here:</source>
        <translation>Se la pagina mostra invece un codice, incollalo qui:</translation>
    </message>
    <message>
        <source>the code the page shows</source>
        <translation>il codice mostrato dalla pagina</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Codice di accesso</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>&amp;Usa codice</translation>
    </message>
    <message>
        <source>For a login copied from another computer (the contents of its Claude Code .credentials.json). Careful: refresh tokens are single use, so the first time this app refreshes the login, Claude Code there is signed out. To track Claude Code&apos;s login on this computer, use its login (read-only) instead; to give this app its own login, sign in with Claude.</source>
        <translation>Per un accesso copiato da un altro computer (il contenuto del suo .credentials.json di Claude Code). Attenzione: i token di aggiornamento sono monouso, quindi la prima volta che questa app rinnova l&apos;accesso Claude Code lì viene disconnesso. Per monitorare l&apos;accesso di Claude Code su questo computer usa quello (sola lettura); per dare a questa app un accesso proprio, accedi con Claude.</translation>
    </message>
    <message>
        <source>Credentials JSON</source>
        <translation>Credenziali (JSON)</translation>
    </message>
    <message>
        <source>An Admin API key shows the organisation&apos;s month-to-date tokens and spend. It is checked with one request, then stored encrypted.</source>
        <translation>Una chiave API Admin mostra token e spesa dell&apos;organizzazione dall&apos;inizio del mese. Viene verificata con una richiesta, poi salvata cifrata.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Chiave API Admin</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>In attesa del tuo accesso nel browser…</translation>
    </message>
    <message>
        <source>Save a copy anyway</source>
        <translation>Salva comunque una copia</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Aggiungi comunque</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. If the browser did not open, open it again or copy this link into it:</source>
        <translation>In attesa del tuo accesso. Se il browser non si è aperto, riaprilo o copiaci questo link:</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Warning: </source>
        <translation>Avviso: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Errore: </translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessione</translation>
    </message>
    <message>
        <source>week</source>
        <translation>settimana</translation>
    </message>
    <message>
        <source>Bars: session peak per hour; line: weekly usage</source>
        <translation>Barre: picco di sessione per ora; linea: utilizzo settimanale</translation>
    </message>
</context>
<context>
    <name>ColumnHeads</name>
    <message>
        <source>Resets</source>
        <translation>Azzera</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
</context>
<context>
    <name>DailyBars</name>
    <message>
        <source>Cost per day, last {count} days; highest {cost} on {day}</source>
        <translation>Costo al giorno, ultimi {count} giorni; massimo {cost} il {day}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first account</source>
        <translation>Aggiungi il tuo primo account</translation>
    </message>
    <message>
        <source>Claude Usage shows how much of your Claude limits you have used. Choose how to connect an account:</source>
        <translation>Utilizzo di Claude mostra quanto hai usato dei tuoi limiti di Claude. Scegli come collegare un account:</translation>
    </message>
    <message>
        <source>&amp;Use Claude Code&apos;s login</source>
        <translation>&amp;Usa l&apos;accesso di Claude Code</translation>
    </message>
    <message>
        <source>Track the account Claude Code is signed in to (read-only)</source>
        <translation>Monitora l&apos;account con cui Claude Code ha effettuato l&apos;accesso (sola lettura)</translation>
    </message>
    <message>
        <source>Sign &amp;in with Claude…</source>
        <translation>&amp;Accedi con Claude…</translation>
    </message>
    <message>
        <source>Add an Ad&amp;min API key…</source>
        <translation>Aggiungi una chiave API Ad&amp;min…</translation>
    </message>
    <message>
        <source>&amp;Paste credentials (advanced)…</source>
        <translation>&amp;Incolla credenziali (avanzato)…</translation>
    </message>
    <message>
        <source>For a login from another computer. Not Claude Code&apos;s login on this one: use the first choice for that</source>
        <translation>Per un accesso da un altro computer. Non per l&apos;accesso di Claude Code su questo: usa la prima scelta</translation>
    </message>
    <message>
        <source>Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); that file is only read</source>
        <translation>Copia gli account salvati da claude-usage-core (~/.claude-usage/accounts.enc); il file viene solo letto</translation>
    </message>
    <message>
        <source>Dismiss: don&apos;t offer these accounts again</source>
        <translation>Ignora: non proporre più questi account</translation>
    </message>
    <message>
        <source>Dismiss the import offer</source>
        <translation>Ignora l&apos;offerta di importazione</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Could not import: {error}</source>
        <translation>Importazione non riuscita: {error}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {error}</source>
        <translation>Impossibile rinominare «{name}»: {error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”: {error}</source>
        <translation>Impossibile rimuovere «{name}»: {error}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{value} B</source>
        <translation>{value} Mrd</translation>
    </message>
    <message>
        <source>{value} M</source>
        <translation>{value} Mln</translation>
    </message>
    <message>
        <source>{value} k</source>
        <translation>{value} k</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>meno di un minuto</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} g {hours} h</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} g</translation>
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
        <translation>non iniziata</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>azzeramento in corso</translation>
    </message>
    <message>
        <source>resets in {duration} ({clock})</source>
        <translation>si azzera tra {duration} ({clock})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>{seconds} s fa</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>{duration} fa</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>La nuova lingua verrà usata dal prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>LimitView</name>
    <message>
        <source>Holding you back: {limit}</source>
        <translation>Ti sta frenando: {limit}</translation>
    </message>
    <message>
        <source>A sign-in lasts about 28 days, refreshes or not: sign in again before then to avoid a sudden logout (for a Claude Code login, run `claude`)</source>
        <translation>Un accesso dura circa 28 giorni, rinnovato o no: accedi di nuovo prima per evitare una disconnessione improvvisa (per un accesso di Claude Code, esegui `claude`)</translation>
    </message>
    <message>
        <source>— estimated from when you signed in</source>
        <translation>— stimato dal tuo accesso</translation>
    </message>
    <message>
        <source>(not a login problem)</source>
        <translation>(non è un problema di accesso)</translation>
    </message>
    <message>
        <source>%n session(s)</source>
        <translation>Sessioni: %n</translation>
    </message>
    <message>
        <source>+{added} / −{removed} lines</source>
        <translation>+{added} / −{removed} righe</translation>
    </message>
    <message>
        <source>%n commit(s)</source>
        <translation>Commit: %n</translation>
    </message>
    <message>
        <source>%n PR(s)</source>
        <translation>PR: %n</translation>
    </message>
    <message>
        <source>{share} of edits accepted</source>
        <translation>{share} delle modifiche accettate</translation>
    </message>
    <message>
        <source>Spend limits: not available for this organisation</source>
        <translation>Limiti di spesa: non disponibili per questa organizzazione</translation>
    </message>
    <message>
        <source>Spend limit: {spent} of {cap} ({share})</source>
        <translation>Limite di spesa: {spent} su {cap} ({share})</translation>
    </message>
    <message>
        <source>%n member(s) above 80 % of their limit</source>
        <translation>Membri oltre l&apos;80 % del limite: %n</translation>
    </message>
    <message>
        <source>holding you back</source>
        <translation>ti sta frenando</translation>
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
        <translation>Il feed locale di utilizzo non è disponibile qui.</translation>
    </message>
    <message>
        <source>Could not start the local usage feed on port {port}: {reason}</source>
        <translation>Impossibile avviare il feed locale di utilizzo sulla porta {port}: {reason}</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code su questo computer</translation>
    </message>
    <message>
        <source>30-day chart</source>
        <translation>Grafico di 30 giorni</translation>
    </message>
    <message>
        <source>Show the cost of each of the last 30 days</source>
        <translation>Mostra il costo di ciascuno degli ultimi 30 giorni</translation>
    </message>
</context>
<context>
    <name>LocalUsage</name>
    <message>
        <source>Today {today} · 30 days {period} (API prices)</source>
        <translation>Oggi {today} · 30 giorni {period} (prezzi API)</translation>
    </message>
    <message>
        <source>No Claude Code messages in the last 30 days</source>
        <translation>Nessun messaggio di Claude Code negli ultimi 30 giorni</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(nessun progetto)</translation>
    </message>
    <message>
        <source>Top projects: {projects}</source>
        <translation>Progetti principali: {projects}</translation>
    </message>
    <message>
        <source>Not priced (no list price known): {models}</source>
        <translation>Senza prezzo (nessun prezzo di listino noto): {models}</translation>
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
        <translation>L&apos;utilizzo dell&apos;abbonamento Claude di tutti i tuoi account, nell&apos;area di notifica.</translation>
    </message>
    <message>
        <source>run with three simulated accounts; nothing is read or written outside a temp folder</source>
        <translation>avvia con tre account simulati; nulla viene letto o scritto fuori da una cartella temporanea</translation>
    </message>
    <message>
        <source>log debug messages too</source>
        <translation>registra anche i messaggi di debug</translation>
    </message>
    <message>
        <source>check that this installation works (no display or network needed) and exit</source>
        <translation>verifica che questa installazione funzioni (senza schermo né rete) ed esci</translation>
    </message>
    <message>
        <source>claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it from your desktop session, or use the command line: claude-usage --help</source>
        <translation>claude-usage-tray: nessuna sessione grafica (né DISPLAY né WAYLAND_DISPLAY sono impostati).
Avvialo dalla tua sessione desktop o usa la riga di comando: claude-usage --help</translation>
    </message>
    <message>
        <source>Claude Usage (demo)</source>
        <translation>Utilizzo di Claude (demo)</translation>
    </message>
    <message>
        <source>Claude Usage</source>
        <translation>Utilizzo di Claude</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{name}&apos;s session is at {percent}</source>
        <translation>La sessione di {name} è al {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit is at {percent}</source>
        <translation>Il limite settimanale {model} di {name} è al {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s organisation has spent {percent} of its limit</source>
        <translation>L&apos;organizzazione {name} ha speso il {percent} del suo limite</translation>
    </message>
    <message>
        <source>{name}&apos;s week is at {percent}</source>
        <translation>La settimana di {name} è al {percent}</translation>
    </message>
    <message>
        <source>At 100 % the organisation&apos;s Claude Code use stops until then.</source>
        <translation>Al 100 % l&apos;uso di Claude Code dell&apos;organizzazione si ferma fino ad allora.</translation>
    </message>
    <message>
        <source>At 100 % Claude stops answering on this account until then.</source>
        <translation>Al 100% Claude smette di rispondere su questo account fino ad allora.</translation>
    </message>
    <message>
        <source>At 100 % {model} stops answering on this account until then.</source>
        <translation>Al 100 % {model} smette di rispondere su questo account fino ad allora.</translation>
    </message>
    <message>
        <source>It resets soon.</source>
        <translation>Si azzera a breve.</translation>
    </message>
    <message>
        <source>Resets in {duration} ({clock}).</source>
        <translation>Si azzera tra {duration} ({clock}).</translation>
    </message>
    <message>
        <source>The limit starts over soon.</source>
        <translation>Il limite riparte presto.</translation>
    </message>
    <message>
        <source>The limit starts over in {duration}.</source>
        <translation>Il limite riparte tra {duration}.</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-in expires in %n day(s)</source>
        <translation>L&apos;accesso di {name} scade — giorni rimasti: %n</translation>
    </message>
    <message>
        <source>Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code login: run `claude`) to keep tracking this account.</source>
        <translation>Gli accessi durano circa 28 giorni, rinnovati o no. Accedi di nuovo (per Claude Code: esegui `claude`) per continuare a monitorare questo account.</translation>
    </message>
    <message>
        <source>{name}&apos;s session limit has reset</source>
        <translation>Il limite di sessione di {name} è stato azzerato</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit has reset</source>
        <translation>Il limite settimanale {model} di {name} è stato azzerato</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly limit has reset</source>
        <translation>Il limite settimanale di {name} è stato azzerato</translation>
    </message>
    <message>
        <source>You can use Claude on {name} again.</source>
        <translation>Puoi di nuovo usare Claude con {name}.</translation>
    </message>
</context>
<context>
    <name>OrgDetailsDialog</name>
    <message>
        <source>{name} — Claude Code this month</source>
        <translation>{name} — Claude Code questo mese</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtra per nome</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
</context>
<context>
    <name>OrgPeopleModel</name>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spesa</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% del limite</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Lines +</source>
        <translation>Righe +</translation>
    </message>
    <message>
        <source>Lines −</source>
        <translation>Righe −</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettate</translation>
    </message>
</context>
<context>
    <name>OrgSummaryBlock</name>
    <message>
        <source>CLAUDE CODE THIS MONTH</source>
        <translation>CLAUDE CODE QUESTO MESE</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e altri %n</numerusform>
            <numerusform>… e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>Everyone, sortable by spend and productivity</source>
        <translation>Tutti, ordinabili per spesa e produttività</translation>
    </message>
    <message>
        <source>Top by spend</source>
        <translation>Primi per spesa</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spesa</translation>
    </message>
    <message>
        <source>of limit</source>
        <translation>del limite</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <source>Claude Usage</source>
        <translation>Utilizzo di Claude</translation>
    </message>
    <message>
        <source>Claude usage</source>
        <translation>Utilizzo di Claude</translation>
    </message>
    <message>
        <source>How old the figures shown are</source>
        <translation>Età dei valori mostrati</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Fetch usage now</source>
        <translation>Recupera l&apos;utilizzo ora</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Fetch usage now (F5)</source>
        <translation>Recupera l&apos;utilizzo ora (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
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
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Chiudi senza salvare</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rifai</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
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
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Ripristina valori predefiniti</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rifai</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copia il co&amp;llegamento</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>Remove</name>
    <message>
        <source>Remove account</source>
        <translation>Rimuovi account</translation>
    </message>
    <message>
        <source>Remove “{name}” from Claude Usage?</source>
        <translation>Rimuovere «{name}» da Claude Usage?</translation>
    </message>
    <message>
        <source>Its saved credentials are deleted from this app. Claude Code&apos;s own login, and the account itself, are not affected.</source>
        <translation>Le credenziali salvate vengono eliminate da questa app. L&apos;accesso di Claude Code e l&apos;account stesso non vengono toccati.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename account</source>
        <translation>Rinomina account</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>&amp;Nuovo nome per «{name}»:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nuovo nome</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Numero</translation>
    </message>
    <message>
        <source>Two &amp;bars</source>
        <translation>Due &amp;barre</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>A&amp;nello</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Claude Code&apos;s refresh tokens are single-use. When this app refreshes a linked login it must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes at the same moment, or the write fails, Claude Code is signed out and you must run `claude` to sign in again. Leave this off unless you know you need it.</source>
        <translation>I token di aggiornamento di Claude Code sono monouso. Quando questa app rinnova un accesso collegato deve riscrivere i nuovi token dove Claude Code li conserva; se Claude Code li rinnova nello stesso momento, o la scrittura non riesce, Claude Code viene disconnesso e devi eseguire `claude` per accedere di nuovo. Lascialo disattivato se non sai di averne bisogno.</translation>
    </message>
    <message>
        <source>Claude Usage settings</source>
        <translation>Impostazioni di Utilizzo di Claude</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aggiorna ogni:</translation>
    </message>
    <message>
        <source>S&amp;tart Claude Usage when I log in</source>
        <translation>Avvia Utilizzo di Claude all&apos;&amp;accesso</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>Non disponibile: {reason}.</translation>
    </message>
    <message>
        <source>O&amp;pen the popup with:</source>
        <translation>A&amp;pri il riquadro con:</translation>
    </message>
    <message>
        <source>A key combination that works in every application.</source>
        <translation>Una combinazione di tasti che funziona in ogni applicazione.</translation>
    </message>
    <message>
        <source>Global shortcut</source>
        <translation>Scorciatoia globale</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Icona nell&apos;area di notifica:</translation>
    </message>
    <message>
        <source>&amp;Keep my own order of the accounts</source>
        <translation>&amp;Mantieni il mio ordine degli account</translation>
    </message>
    <message>
        <source>Otherwise accounts that need attention and the fullest come first. Drag an account, or press Alt+↑/↓ on it, to move it.</source>
        <translation>Altrimenti vengono prima gli account che richiedono attenzione e i più pieni. Trascina un account, o premi Alt+↑/↓ su di esso, per spostarlo.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>&amp;Warn when usage crosses a threshold</source>
        <translation>&amp;Avvisa quando l&apos;utilizzo supera una soglia</translation>
    </message>
    <message>
        <source>e.g. 80, 95</source>
        <translation>ad es. 80, 95</translation>
    </message>
    <message>
        <source>&amp;Session thresholds (%):</source>
        <translation>Soglie di &amp;sessione (%):</translation>
    </message>
    <message>
        <source>W&amp;eekly thresholds (%):</source>
        <translation>Soglie s&amp;ettimanali (%):</translation>
    </message>
    <message>
        <source>Tell me when a limit I reached has reset</source>
        <translation>Avvisami quando un limite raggiunto è stato azzerato</translation>
    </message>
    <message>
        <source>Tell me when an account needs &amp;attention</source>
        <translation>Avvisami quando un account richiede &amp;attenzione</translation>
    </message>
    <message>
        <source>Show in the popup</source>
        <translation>Mostra nel riquadro</translation>
    </message>
    <message>
        <source>Session (5-hour) usage</source>
        <translation>Utilizzo della sessione (5 ore)</translation>
    </message>
    <message>
        <source>Weekly usage</source>
        <translation>Utilizzo settimanale</translation>
    </message>
    <message>
        <source>Per-model weekly usage</source>
        <translation>Utilizzo settimanale per modello</translation>
    </message>
    <message>
        <source>Extra usage (credits)</source>
        <translation>Utilizzo extra (crediti)</translation>
    </message>
    <message>
        <source>7-day chart</source>
        <translation>Grafico di 7 giorni</translation>
    </message>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Colore dell&apos;icona: qualsiasi limite vincolante</translation>
    </message>
    <message>
        <source>The icon&apos;s colour follows the limit holding an account back (a weekly or a model&apos;s limit), not only the session; a corner mark shows it either way</source>
        <translation>Il colore dell&apos;icona segue il limite che frena un account (settimanale o di un modello), non solo la sessione; un segno nell&apos;angolo lo mostra comunque</translation>
    </message>
    <message>
        <source>A small chart of the last 7 days of session and weekly usage on each card</source>
        <translation>Un piccolo grafico degli ultimi 7 giorni di utilizzo di sessione e settimanale su ogni scheda</translation>
    </message>
    <message>
        <source>Accounts linked to Claude Code&apos;s login</source>
        <translation>Account collegati all&apos;accesso di Claude Code</translation>
    </message>
    <message>
        <source>Rea&amp;d-only: when the login expires, ask me to run `claude`</source>
        <translation>Sola &amp;lettura: quando l&apos;accesso scade, chiedimi di eseguire `claude`</translation>
    </message>
    <message>
        <source>Refresh it myself and write the new login &amp;back</source>
        <translation>Rinnovarlo io e &amp;riscrivere il nuovo accesso</translation>
    </message>
    <message>
        <source>Local usage feed</source>
        <translation>Feed locale di utilizzo</translation>
    </message>
    <message>
        <source>Ser&amp;ve my usage to programs on this computer</source>
        <translation>&amp;Fornisci il mio utilizzo ai programmi di questo computer</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(non disponibile)</translation>
    </message>
    <message>
        <source>GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` document to programs that send the token kept in {where} (readable only by you) as `Authorization: Bearer TOKEN`. Off by default.</source>
        <translation>GET http://127.0.0.1:PORT/v1/usage risponde con il documento di `claude-usage usage --json` ai programmi che inviano il token conservato in {where} (leggibile solo da te) come `Authorization: Bearer TOKEN`. Disattivato per impostazione predefinita.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Settimanale</translation>
    </message>
    <message>
        <source>{window} thresholds: whole numbers from 1 to 100, separated by commas.</source>
        <translation>Soglie ({window}): numeri interi da 1 a 100, separati da virgole.</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <source>Wayland does not let applications listen for keys. Bind a shortcut to the command claude-usage-tray in your desktop&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Wayland non consente alle applicazioni di ascoltare i tasti. Associa invece una scorciatoia al comando claude-usage-tray nelle impostazioni della tastiera del desktop: avviarlo di nuovo apre questo riquadro.</translation>
    </message>
    <message>
        <source>Not available on this system yet. Bind a shortcut to claude-usage-tray in the system&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Non ancora disponibile su questo sistema. Associa invece una scorciatoia a claude-usage-tray nelle impostazioni della tastiera: avviarlo di nuovo apre questo riquadro.</translation>
    </message>
    <message>
        <source>Not one key combination</source>
        <translation>Non è una sola combinazione di tasti</translation>
    </message>
    <message>
        <source>Use at least one of Ctrl, Alt, Shift, Meta</source>
        <translation>Usa almeno uno tra Ctrl, Alt, Maiusc, Meta</translation>
    </message>
    <message>
        <source>Unknown key: {key}</source>
        <translation>Tasto sconosciuto: {key}</translation>
    </message>
    <message>
        <source>{sequence} is already taken by another application</source>
        <translation>{sequence} è già usato da un&apos;altra applicazione</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Show usage</source>
        <translation>Mostra l&apos;utilizzo</translation>
    </message>
    <message>
        <source>Open the popup at this account</source>
        <translation>Apri il riquadro su questo account</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Aggiorna ora</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Aggiungi account…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>The shortcut {keys} does not work here: {problem}</source>
        <translation>La scorciatoia {keys} qui non funziona: {problem}</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>{value} percent</source>
        <translation>{value} percento</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Inserisci un nome per questo account.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>Esiste già un account chiamato «{name}».</translation>
    </message>
    <message>
        <source>Paste the contents of Claude Code&apos;s .credentials.json.</source>
        <translation>Incolla il contenuto del file .credentials.json di Claude Code.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line {line}, column {column}).</source>
        <translation>Non è un JSON valido (riga {line}, colonna {column}).</translation>
    </message>
    <message>
        <source>Paste an Admin API key (it starts with sk-ant-admin).</source>
        <translation>Incolla una chiave API Admin (inizia con sk-ant-admin).</translation>
    </message>
    <message>
        <source>This key looks cut short.</source>
        <translation>Questa chiave sembra troncata.</translation>
    </message>
    <message>
        <source>Paste the code shown after signing in.</source>
        <translation>Incolla il codice mostrato dopo l&apos;accesso.</translation>
    </message>
    <message>
        <source>The code has no spaces — paste it again.</source>
        <translation>Il codice non contiene spazi: incollalo di nuovo.</translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spesa</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessione</translation>
    </message>
    <message>
        <source>week</source>
        <translation>settimana</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>session peak {percent}</source>
        <translation>picco di sessione {percent}</translation>
    </message>
    <message>
        <source>week peak {percent}</source>
        <translation>picco settimanale {percent}</translation>
    </message>
    <message>
        <source>retrying at the next refresh</source>
        <translation>nuovo tentativo al prossimo aggiornamento</translation>
    </message>
    <message>
        <source>retrying in {duration} ({clock})</source>
        <translation>nuovo tentativo tra {duration} ({clock})</translation>
    </message>
    <message>
        <source>sign in again to keep tracking it</source>
        <translation>accedi di nuovo per continuare a monitorarlo</translation>
    </message>
    <message>
        <source>sign in with Claude</source>
        <translation>accedi con Claude</translation>
    </message>
    <message>
        <source>will retry at the next refresh</source>
        <translation>verrà ritentato al prossimo aggiornamento</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>: could not fetch usage</source>
        <translation>: impossibile recuperare l&apos;utilizzo</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Errore: {message}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Non aggiornato</translation>
    </message>
    <message>
        <source>Stale — showing values from {clock}</source>
        <translation>Non aggiornato — valori delle {clock}</translation>
    </message>
    <message>
        <source>far ahead of pace</source>
        <translation>molto oltre il ritmo</translation>
    </message>
    <message>
        <source>ahead of pace ({ratio}×)</source>
        <translation>oltre il ritmo ({ratio}×)</translation>
    </message>
    <message>
        <source>under pace ({ratio}×)</source>
        <translation>sotto il ritmo ({ratio}×)</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>in linea col ritmo</translation>
    </message>
    <message>
        <source>runs out at {clock} (in {duration})</source>
        <translation>esaurito alle {clock} (tra {duration})</translation>
    </message>
    <message>
        <source>used this month · no monthly cap</source>
        <translation>usato questo mese · nessun tetto mensile</translation>
    </message>
    <message>
        <source>used this month</source>
        <translation>usato questo mese</translation>
    </message>
    <message>
        <source>Extra usage</source>
        <translation>Utilizzo extra</translation>
    </message>
    <message>
        <source>Session (5 h)</source>
        <translation>Sessione (5 ore)</translation>
    </message>
    <message>
        <source>Week (all models)</source>
        <translation>Settimana (tutti i modelli)</translation>
    </message>
    <message>
        <source>Week · {model}</source>
        <translation>Settimana · {model}</translation>
    </message>
    <message>
        <source>The session resets at {clock}</source>
        <translation>La sessione si azzera alle {clock}</translation>
    </message>
    <message>
        <source>The week resets at {clock}</source>
        <translation>La settimana si azzera alle {clock}</translation>
    </message>
    <message>
        <source>{window} limit reached — back {clock}</source>
        <translation>{window}: limite raggiunto — di nuovo alle {clock}</translation>
    </message>
    <message>
        <source>{window} runs out {clock} — {early} before reset</source>
        <translation>{window} esaurito alle {clock} — {early} prima dell&apos;azzeramento</translation>
    </message>
    <message>
        <source>{window} nearly used up — resets in {left}</source>
        <translation>{window} quasi esaurito — si azzera tra {left}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Waiting for the first update…</source>
        <translation>In attesa del primo aggiornamento…</translation>
    </message>
    <message>
        <source>No usage reported yet</source>
        <translation>Nessun utilizzo segnalato finora</translation>
    </message>
    <message>
        <source>{tokens} tok · ≈ {money}</source>
        <translation>{tokens} tok · ≈ {money}</translation>
    </message>
    <message>
        <source>{name} (key)</source>
        <translation>{name} (chiave)</translation>
    </message>
    <message>
        <source>{name} (user)</source>
        <translation>{name} (utente)</translation>
    </message>
    <message>
        <source>≈ {money} (estimated)</source>
        <translation>≈ {money} (stima)</translation>
    </message>
    <message>
        <source>{input} in · {output} out</source>
        <translation>{input} in input · {output} in output</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>Dalla cache</translation>
    </message>
    <message>
        <source>{tokens} of the input</source>
        <translation>{tokens} dell&apos;input</translation>
    </message>
    <message>
        <source>No price for</source>
        <translation>Nessun prezzo per</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>model and key costs are estimates at list prices; Spend is the bill</source>
        <translation>i costi per modello e chiave sono stime a prezzo di listino; Spesa è la fattura</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Modelli principali</translation>
    </message>
    <message>
        <source>Top keys and users</source>
        <translation>Chiavi e utenti principali</translation>
    </message>
    <message>
        <source>{money} spent {period}</source>
        <translation>{money} spesi {period}</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>API Admin</translation>
    </message>
    <message>
        <source>month to date</source>
        <translation>dall&apos;inizio del mese</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>dal {date}</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{money} this month</source>
        <translation>{money} questo mese</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>ancora nessun dato</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>sessione {value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>settimana {value}</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (non aggiornato)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non iniziata</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>accesso richiesto</translation>
    </message>
    <message>
        <source>Claude Code&apos;s login expired</source>
        <translation>Accesso di Claude Code scaduto</translation>
    </message>
    <message>
        <source>can&apos;t read usage</source>
        <translation>utilizzo non leggibile</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>credenziali rifiutate</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>troppe richieste</translation>
    </message>
    <message>
        <source>blocked by Cloudflare</source>
        <translation>bloccato da Cloudflare</translation>
    </message>
    <message>
        <source>could not fetch usage</source>
        <translation>impossibile ottenere l&apos;utilizzo</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <source>{title} — no accounts yet</source>
        <translation>{title} — ancora nessun account</translation>
    </message>
    <message>
        <source>{title} — worst session {percent}</source>
        <translation>{title} — sessione più alta {percent}</translation>
    </message>
    <message>
        <source>Import {accounts} from {source}</source>
        <translation>Importa {accounts} da {source}</translation>
    </message>
    <message>
        <source>Nothing new to import from {source}: its accounts are already here.</source>
        <translation>Niente di nuovo da importare da {source}: i suoi account sono già qui.</translation>
    </message>
    <message>
        <source>Imported {accounts} from {source}: {names}.</source>
        <translation>Importati {accounts} da {source}: {names}.</translation>
    </message>
    <message>
        <source>Can&apos;t reach Anthropic since {clock}</source>
        <translation>Anthropic non raggiungibile dalle {clock}</translation>
    </message>
    <message>
        <source>retrying {clock}</source>
        <translation>nuovo tentativo {clock}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Non ancora aggiornato</translation>
    </message>
    <message>
        <source>Data from {clock} ({age})</source>
        <translation>Dati delle {clock} ({age})</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Aggiornato {age}</translation>
    </message>
</context>
<context>
    <name>WslLoginChooser</name>
    <message>
        <source>Claude Code login to link</source>
        <translation>Accesso di Claude Code da collegare</translation>
    </message>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code su questo computer</translation>
    </message>
    <message>
        <source>{distro} (WSL) — {user}</source>
        <translation>{distro} (WSL) — {user}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Accesso:</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n account</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sign in again to {name} ({email})</source>
        <translation>Accedi di nuovo a {name} ({email})</translation>
    </message>
    <message>
        <source>Sign in again to {name}</source>
        <translation>Accedi di nuovo a {name}</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. Sign in as {who} and approve; you come back here automatically, and {name} is tracked again.</source>
        <translation>Il browser apre la pagina di accesso di Claude. Accedi come {who} e approva; torni qui automaticamente e {name} viene di nuovo monitorato.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>questo account</translation>
    </message>
</context>
</TS>
