<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Actions pour {name}</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Use Claude Code&apos;s &amp;login</source>
        <translation>Utiliser la &amp;connexion de Claude Code</translation>
    </message>
    <message>
        <source>&amp;Sign in with Claude (browser)</source>
        <translation>&amp;Se connecter avec Claude (navigateur)</translation>
    </message>
    <message>
        <source>&amp;Paste credentials from another computer</source>
        <translation>&amp;Coller les identifiants d&apos;un autre ordinateur</translation>
    </message>
    <message>
        <source>A&amp;dmin API key (organisation)</source>
        <translation>Clé d&apos;API A&amp;dmin (organisation)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Vérifier et ajouter</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>Connecté en tant que {email}.</translation>
    </message>
    <message>
        <source>Its access token has expired, so it was not checked with Anthropic (that would mean refreshing it).</source>
        <translation>Son jeton d&apos;accès a expiré : il n&apos;a donc pas été vérifié auprès d&apos;Anthropic (il faudrait le renouveler).</translation>
    </message>
    <message>
        <source>This is Claude Code&apos;s own login on this computer. Refresh tokens are single use: a copy saved here would sign Claude Code out the first time this app refreshes it.</source>
        <translation>C&apos;est la connexion de Claude Code sur cet ordinateur. Les jetons d&apos;actualisation sont à usage unique : une copie enregistrée ici déconnecterait Claude Code dès que cette appli la renouvelle.</translation>
    </message>
    <message>
        <source>Link it read-only instead: the app then only reads Claude Code&apos;s login, and Claude Code stays signed in.</source>
        <translation>Liez-la plutôt en lecture seule : l&apos;appli lit alors seulement la connexion de Claude Code, qui reste connecté.</translation>
    </message>
    <message>
        <source>If this login came from Claude Code on another computer, that Claude Code will be signed out the first time this app refreshes it (refresh tokens are single use). Signing in with Claude gives this app a login of its own instead.</source>
        <translation>Si cette connexion vient de Claude Code sur un autre ordinateur, ce Claude Code sera déconnecté dès que cette appli la renouvelle (jetons à usage unique). Se connecter avec Claude donne plutôt à cette appli sa propre connexion.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>p. ex. Travail, Perso</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Link read-only instead</source>
        <translation>&amp;Lier en lecture seule à la place</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>claude-usage-core (the TypeScript library) saved {accounts} on this computer. Import them here? Its file is only read, never changed.</source>
        <translation>claude-usage-core (la bibliothèque TypeScript) a enregistré {accounts} sur cet ordinateur. Les importer ici ? Son fichier est seulement lu, jamais modifié.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Don&apos;t offer these accounts again</source>
        <translation>Ne plus proposer ces comptes</translation>
    </message>
    <message>
        <source>{method} — none found on this computer</source>
        <translation>{method} — introuvable sur cet ordinateur</translation>
    </message>
    <message>
        <source>Tracks {email}, the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Suit {email}, le compte auquel Claude Code est connecté sur cet ordinateur. L&apos;appli lit seulement cette connexion ; quand elle expire, lancez `claude` pour la renouveler.</translation>
    </message>
    <message>
        <source>Tracks the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Suit le compte auquel Claude Code est connecté sur cet ordinateur. L&apos;appli lit seulement cette connexion ; quand elle expire, lancez `claude` pour la renouveler.</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. After you approve, you come back here automatically. This account&apos;s login belongs to this app, separate from Claude Code&apos;s.</source>
        <translation>Votre navigateur ouvre la page de connexion de Claude. Après approbation, vous revenez ici automatiquement. La connexion de ce compte appartient à cette appli, distincte de celle de Claude Code.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Lien de connexion</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>R&amp;ouvrir le navigateur</translation>
    </message>
    <message>
        <source>If the page shows a code instead, paste it here:</source>
        <translation>Si la page affiche plutôt un code, collez-le ici :</translation>
    </message>
    <message>
        <source>the code the page shows</source>
        <translation>le code affiché par la page</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>&amp;Utiliser le code</translation>
    </message>
    <message>
        <source>For a login copied from another computer (the contents of its Claude Code .credentials.json). Careful: refresh tokens are single use, so the first time this app refreshes the login, Claude Code there is signed out. To track Claude Code&apos;s login on this computer, use its login (read-only) instead; to give this app its own login, sign in with Claude.</source>
        <translation>Pour une connexion copiée depuis un autre ordinateur (le contenu de son .credentials.json de Claude Code). Attention : les jetons d&apos;actualisation sont à usage unique ; dès que cette appli renouvelle la connexion, Claude Code y est déconnecté. Pour suivre la connexion de Claude Code sur cet ordinateur, utilisez-la plutôt (lecture seule) ; pour donner à cette appli sa propre connexion, connectez-vous avec Claude.</translation>
    </message>
    <message>
        <source>Credentials JSON</source>
        <translation>Identifiants (JSON)</translation>
    </message>
    <message>
        <source>An Admin API key shows the organisation&apos;s month-to-date tokens and spend. It is checked with one request, then stored encrypted.</source>
        <translation>Une clé d&apos;API Admin affiche les jetons et dépenses de l&apos;organisation depuis le début du mois. Elle est vérifiée par une requête, puis stockée chiffrée.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Clé d&apos;API Admin</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Save a copy anyway</source>
        <translation>Enregistrer une copie quand même</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. If the browser did not open, open it again or copy this link into it:</source>
        <translation>En attente de votre connexion. Si le navigateur ne s&apos;est pas ouvert, rouvrez-le ou copiez-y ce lien :</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erreur : </translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>Bars: session peak per hour; line: weekly usage</source>
        <translation>Barres : pic de session par heure ; ligne : usage hebdomadaire</translation>
    </message>
</context>
<context>
    <name>ColumnHeads</name>
    <message>
        <source>Resets</source>
        <translation>Réinit.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
</context>
<context>
    <name>DailyBars</name>
    <message>
        <source>Cost per day, last {count} days; highest {cost} on {day}</source>
        <translation>Coût par jour, {count} derniers jours ; maximum {cost} le {day}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first account</source>
        <translation>Ajoutez votre premier compte</translation>
    </message>
    <message>
        <source>Claude Usage shows how much of your Claude limits you have used. Choose how to connect an account:</source>
        <translation>Utilisation de Claude montre quelle part de vos limites Claude vous avez utilisée. Choisissez comment connecter un compte :</translation>
    </message>
    <message>
        <source>&amp;Use Claude Code&apos;s login</source>
        <translation>&amp;Utiliser la connexion de Claude Code</translation>
    </message>
    <message>
        <source>Track the account Claude Code is signed in to (read-only)</source>
        <translation>Suivre le compte auquel Claude Code est connecté (lecture seule)</translation>
    </message>
    <message>
        <source>Sign &amp;in with Claude…</source>
        <translation>Se connecter avec Cla&amp;ude…</translation>
    </message>
    <message>
        <source>Add an Ad&amp;min API key…</source>
        <translation>Ajouter une clé d&apos;API Ad&amp;min…</translation>
    </message>
    <message>
        <source>&amp;Paste credentials (advanced)…</source>
        <translation>&amp;Coller des identifiants (avancé)…</translation>
    </message>
    <message>
        <source>For a login from another computer. Not Claude Code&apos;s login on this one: use the first choice for that</source>
        <translation>Pour une connexion venant d&apos;un autre ordinateur. Pas pour celle de Claude Code sur celui-ci : utilisez le premier choix</translation>
    </message>
    <message>
        <source>Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); that file is only read</source>
        <translation>Copier les comptes enregistrés par claude-usage-core (~/.claude-usage/accounts.enc) ; ce fichier est seulement lu</translation>
    </message>
    <message>
        <source>Dismiss: don&apos;t offer these accounts again</source>
        <translation>Ignorer : ne plus proposer ces comptes</translation>
    </message>
    <message>
        <source>Dismiss the import offer</source>
        <translation>Ignorer l&apos;offre d&apos;importation</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Could not import: {error}</source>
        <translation>Importation impossible : {error}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {error}</source>
        <translation>Impossible de renommer « {name} » : {error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”: {error}</source>
        <translation>Impossible de supprimer « {name} » : {error}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{value} B</source>
        <translation>{value} Md</translation>
    </message>
    <message>
        <source>{value} M</source>
        <translation>{value} M</translation>
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
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} j {hours} h</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} j</translation>
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
        <translation>pas commencée</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>réinitialisation en cours</translation>
    </message>
    <message>
        <source>resets in {duration} ({clock})</source>
        <translation>réinitialisation dans {duration} ({clock})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>il y a {seconds} s</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>il y a {duration}</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LimitView</name>
    <message>
        <source>Holding you back: {limit}</source>
        <translation>Ce qui vous freine : {limit}</translation>
    </message>
    <message>
        <source>A sign-in lasts about 28 days, refreshes or not: sign in again before then to avoid a sudden logout (for a Claude Code login, run `claude`)</source>
        <translation>Une connexion dure environ 28 jours, renouvelée ou non : reconnectez-vous avant pour éviter une déconnexion soudaine (pour une connexion Claude Code, lancez `claude`)</translation>
    </message>
    <message>
        <source>— estimated from when you signed in</source>
        <translation>— estimé d&apos;après votre connexion</translation>
    </message>
    <message>
        <source>(not a login problem)</source>
        <translation>(pas un problème de connexion)</translation>
    </message>
    <message>
        <source>%n session(s)</source>
        <translation>Sessions : %n</translation>
    </message>
    <message>
        <source>+{added} / −{removed} lines</source>
        <translation>+{added} / −{removed} lignes</translation>
    </message>
    <message>
        <source>%n commit(s)</source>
        <translation>Commits : %n</translation>
    </message>
    <message>
        <source>%n PR(s)</source>
        <translation>PR : %n</translation>
    </message>
    <message>
        <source>{share} of edits accepted</source>
        <translation>{share} des modifications acceptées</translation>
    </message>
    <message>
        <source>Spend limits: not available for this organisation</source>
        <translation>Limites de dépenses : indisponibles pour cette organisation</translation>
    </message>
    <message>
        <source>Spend limit: {spent} of {cap} ({share})</source>
        <translation>Limite de dépenses : {spent} sur {cap} ({share})</translation>
    </message>
    <message>
        <source>%n member(s) above 80 % of their limit</source>
        <translation>Membres au-delà de 80 % de leur limite : %n</translation>
    </message>
    <message>
        <source>holding you back</source>
        <translation>vous freine</translation>
    </message>
    <message>
        <source>Binding — {line}</source>
        <translation>Limite — {line}</translation>
    </message>
</context>
<context>
    <name>LocalFeed</name>
    <message>
        <source>The local usage feed is not available here.</source>
        <translation>Le flux local d&apos;utilisation n&apos;est pas disponible ici.</translation>
    </message>
    <message>
        <source>Could not start the local usage feed on port {port}: {reason}</source>
        <translation>Impossible de démarrer le flux local d&apos;utilisation sur le port {port} : {reason}</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code sur cet ordinateur</translation>
    </message>
    <message>
        <source>30-day chart</source>
        <translation>Graphique sur 30 jours</translation>
    </message>
    <message>
        <source>Show the cost of each of the last 30 days</source>
        <translation>Afficher le coût de chacun des 30 derniers jours</translation>
    </message>
</context>
<context>
    <name>LocalUsage</name>
    <message>
        <source>Today {today} · 30 days {period} (API prices)</source>
        <translation>Aujourd&apos;hui {today} · 30 jours {period} (prix de l&apos;API)</translation>
    </message>
    <message>
        <source>No Claude Code messages in the last 30 days</source>
        <translation>Aucun message Claude Code ces 30 derniers jours</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(sans projet)</translation>
    </message>
    <message>
        <source>Top projects: {projects}</source>
        <translation>Principaux projets : {projects}</translation>
    </message>
    <message>
        <source>Not priced (no list price known): {models}</source>
        <translation>Sans prix (aucun prix catalogue connu) : {models}</translation>
    </message>
    <message>
        <source>{day}: {cost}</source>
        <translation>{day} : {cost}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Claude subscription usage of all your accounts, in the system tray.</source>
        <translation>L&apos;utilisation de vos abonnements Claude, pour tous vos comptes, dans la zone de notification.</translation>
    </message>
    <message>
        <source>run with three simulated accounts; nothing is read or written outside a temp folder</source>
        <translation>démarrer avec trois comptes simulés ; rien n&apos;est lu ni écrit hors d&apos;un dossier temporaire</translation>
    </message>
    <message>
        <source>log debug messages too</source>
        <translation>journaliser aussi les messages de débogage</translation>
    </message>
    <message>
        <source>check that this installation works (no display or network needed) and exit</source>
        <translation>vérifier que cette installation fonctionne (sans écran ni réseau), puis quitter</translation>
    </message>
    <message>
        <source>claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it from your desktop session, or use the command line: claude-usage --help</source>
        <translation>claude-usage-tray : aucune session graphique (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini).
Lancez-le depuis votre session de bureau, ou utilisez la ligne de commande : claude-usage --help</translation>
    </message>
    <message>
        <source>Claude Usage (demo)</source>
        <translation>Utilisation de Claude (démo)</translation>
    </message>
    <message>
        <source>Claude Usage</source>
        <translation>Utilisation de Claude</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{name}&apos;s session is at {percent}</source>
        <translation>La session de {name} est à {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit is at {percent}</source>
        <translation>Limite hebdomadaire {model} de {name} à {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s organisation has spent {percent} of its limit</source>
        <translation>L&apos;organisation {name} a dépensé {percent} de sa limite</translation>
    </message>
    <message>
        <source>{name}&apos;s week is at {percent}</source>
        <translation>La semaine de {name} est à {percent}</translation>
    </message>
    <message>
        <source>At 100 % the organisation&apos;s Claude Code use stops until then.</source>
        <translation>À 100 %, l&apos;usage de Claude Code par l&apos;organisation s&apos;arrête jusque-là.</translation>
    </message>
    <message>
        <source>At 100 % Claude stops answering on this account until then.</source>
        <translation>À 100 %, Claude ne répond plus sur ce compte jusque-là.</translation>
    </message>
    <message>
        <source>At 100 % {model} stops answering on this account until then.</source>
        <translation>À 100 %, {model} ne répond plus sur ce compte jusque-là.</translation>
    </message>
    <message>
        <source>It resets soon.</source>
        <translation>La réinitialisation est proche.</translation>
    </message>
    <message>
        <source>Resets in {duration} ({clock}).</source>
        <translation>Réinitialisation dans {duration} ({clock}).</translation>
    </message>
    <message>
        <source>The limit starts over soon.</source>
        <translation>La limite repart bientôt à zéro.</translation>
    </message>
    <message>
        <source>The limit starts over in {duration}.</source>
        <translation>La limite repart à zéro dans {duration}.</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-in expires in %n day(s)</source>
        <translation>La connexion de {name} expire — jours restants : %n</translation>
    </message>
    <message>
        <source>Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code login: run `claude`) to keep tracking this account.</source>
        <translation>Les connexions durent environ 28 jours, renouvelées ou non. Reconnectez-vous (pour une connexion Claude Code : lancez `claude`) pour continuer à suivre ce compte.</translation>
    </message>
    <message>
        <source>{name}&apos;s session limit has reset</source>
        <translation>La limite de session de {name} est réinitialisée</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit has reset</source>
        <translation>Limite hebdomadaire {model} de {name} réinitialisée</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly limit has reset</source>
        <translation>La limite hebdomadaire de {name} est réinitialisée</translation>
    </message>
    <message>
        <source>You can use Claude on {name} again.</source>
        <translation>Vous pouvez de nouveau utiliser Claude avec {name}.</translation>
    </message>
</context>
<context>
    <name>OrgDetailsDialog</name>
    <message>
        <source>{name} — Claude Code this month</source>
        <translation>{name} — Claude Code ce mois-ci</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>OrgPeopleModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% de la limite</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Lines +</source>
        <translation>Lignes +</translation>
    </message>
    <message>
        <source>Lines −</source>
        <translation>Lignes −</translation>
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
        <translation>Acceptées</translation>
    </message>
</context>
<context>
    <name>OrgSummaryBlock</name>
    <message>
        <source>CLAUDE CODE THIS MONTH</source>
        <translation>CLAUDE CODE CE MOIS-CI</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Everyone, sortable by spend and productivity</source>
        <translation>Tout le monde, triable par dépenses et productivité</translation>
    </message>
    <message>
        <source>Top by spend</source>
        <translation>Principaux par dépenses</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>of limit</source>
        <translation>de la limite</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <source>Claude Usage</source>
        <translation>Utilisation de Claude</translation>
    </message>
    <message>
        <source>Claude usage</source>
        <translation>Utilisation de Claude</translation>
    </message>
    <message>
        <source>How old the figures shown are</source>
        <translation>Ancienneté des chiffres affichés</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>Fetch usage now</source>
        <translation>Récupérer l&apos;utilisation maintenant</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Fetch usage now (F5)</source>
        <translation>Récupérer l&apos;utilisation maintenant (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>Remove</name>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove “{name}” from Claude Usage?</source>
        <translation>Supprimer « {name} » de Claude Usage ?</translation>
    </message>
    <message>
        <source>Its saved credentials are deleted from this app. Claude Code&apos;s own login, and the account itself, are not affected.</source>
        <translation>Ses identifiants enregistrés sont supprimés de cette application. La connexion propre de Claude Code et le compte lui-même ne sont pas touchés.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>&amp;Nouveau nom pour « {name} » :</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Two &amp;bars</source>
        <translation>Deux &amp;barres</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>A&amp;nneau</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Claude Code&apos;s refresh tokens are single-use. When this app refreshes a linked login it must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes at the same moment, or the write fails, Claude Code is signed out and you must run `claude` to sign in again. Leave this off unless you know you need it.</source>
        <translation>Les jetons d&apos;actualisation de Claude Code sont à usage unique. Quand cette appli renouvelle une connexion liée, elle doit réécrire les nouveaux jetons là où Claude Code les garde ; si Claude Code les renouvelle au même moment, ou si l&apos;écriture échoue, Claude Code est déconnecté et vous devez lancer `claude` pour vous reconnecter. Laissez cette option désactivée sauf si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Claude Usage settings</source>
        <translation>Paramètres d&apos;Utilisation de Claude</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Actualiser toutes les :</translation>
    </message>
    <message>
        <source>S&amp;tart Claude Usage when I log in</source>
        <translation>Lancer Utilisation de Claude à l&apos;ou&amp;verture de session</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>Non disponible : {reason}.</translation>
    </message>
    <message>
        <source>O&amp;pen the popup with:</source>
        <translation>&amp;Ouvrir la fenêtre avec :</translation>
    </message>
    <message>
        <source>A key combination that works in every application.</source>
        <translation>Une combinaison de touches qui fonctionne dans toutes les applications.</translation>
    </message>
    <message>
        <source>Global shortcut</source>
        <translation>Raccourci global</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Icône de la zone de notification :</translation>
    </message>
    <message>
        <source>&amp;Keep my own order of the accounts</source>
        <translation>&amp;Garder mon propre ordre des comptes</translation>
    </message>
    <message>
        <source>Otherwise accounts that need attention and the fullest come first. Drag an account, or press Alt+↑/↓ on it, to move it.</source>
        <translation>Sinon, les comptes qui demandent votre attention et les plus remplis viennent en premier. Faites glisser un compte, ou appuyez sur Alt+↑/↓, pour le déplacer.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Warn when usage crosses a threshold</source>
        <translation>&amp;Avertir quand l&apos;utilisation franchit un seuil</translation>
    </message>
    <message>
        <source>e.g. 80, 95</source>
        <translation>p. ex. 80, 95</translation>
    </message>
    <message>
        <source>&amp;Session thresholds (%):</source>
        <translation>Seuils de &amp;session (%) :</translation>
    </message>
    <message>
        <source>W&amp;eekly thresholds (%):</source>
        <translation>Seuils &amp;hebdomadaires (%) :</translation>
    </message>
    <message>
        <source>Tell me when a limit I reached has reset</source>
        <translation>Me prévenir quand une limite atteinte est réinitialisée</translation>
    </message>
    <message>
        <source>Tell me when an account needs &amp;attention</source>
        <translation>Me prévenir quand un compte demande mon &amp;attention</translation>
    </message>
    <message>
        <source>Show in the popup</source>
        <translation>Afficher dans la fenêtre</translation>
    </message>
    <message>
        <source>Session (5-hour) usage</source>
        <translation>Utilisation de la session (5 h)</translation>
    </message>
    <message>
        <source>Weekly usage</source>
        <translation>Utilisation hebdomadaire</translation>
    </message>
    <message>
        <source>Per-model weekly usage</source>
        <translation>Utilisation hebdomadaire par modèle</translation>
    </message>
    <message>
        <source>Extra usage (credits)</source>
        <translation>Utilisation supplémentaire (crédits)</translation>
    </message>
    <message>
        <source>7-day chart</source>
        <translation>Graphique sur 7 jours</translation>
    </message>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Couleur de l&apos;icône : toute limite contraignante</translation>
    </message>
    <message>
        <source>The icon&apos;s colour follows the limit holding an account back (a weekly or a model&apos;s limit), not only the session; a corner mark shows it either way</source>
        <translation>La couleur de l&apos;icône suit la limite qui freine un compte (hebdomadaire ou d&apos;un modèle), pas seulement la session ; une marque en coin l&apos;indique dans tous les cas</translation>
    </message>
    <message>
        <source>A small chart of the last 7 days of session and weekly usage on each card</source>
        <translation>Un petit graphique des 7 derniers jours d&apos;utilisation (session et semaine) sur chaque carte</translation>
    </message>
    <message>
        <source>Accounts linked to Claude Code&apos;s login</source>
        <translation>Comptes liés à la connexion de Claude Code</translation>
    </message>
    <message>
        <source>Rea&amp;d-only: when the login expires, ask me to run `claude`</source>
        <translation>&amp;Lecture seule : quand la connexion expire, me demander de lancer `claude`</translation>
    </message>
    <message>
        <source>Refresh it myself and write the new login &amp;back</source>
        <translation>La renouveler moi-même et &amp;réécrire la nouvelle connexion</translation>
    </message>
    <message>
        <source>Local usage feed</source>
        <translation>Flux local d&apos;utilisation</translation>
    </message>
    <message>
        <source>Ser&amp;ve my usage to programs on this computer</source>
        <translation>&amp;Fournir mon utilisation aux programmes de cet ordinateur</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(non disponible)</translation>
    </message>
    <message>
        <source>GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` document to programs that send the token kept in {where} (readable only by you) as `Authorization: Bearer TOKEN`. Off by default.</source>
        <translation>GET http://127.0.0.1:PORT/v1/usage renvoie le document de `claude-usage usage --json` aux programmes qui envoient le jeton gardé dans {where} (lisible par vous seul) en `Authorization: Bearer TOKEN`. Désactivé par défaut.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>{window} thresholds: whole numbers from 1 to 100, separated by commas.</source>
        <translation>Seuils ({window}) : nombres entiers de 1 à 100, séparés par des virgules.</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <source>Wayland does not let applications listen for keys. Bind a shortcut to the command claude-usage-tray in your desktop&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Wayland ne permet pas aux applications d&apos;écouter les touches. Associez plutôt un raccourci à la commande claude-usage-tray dans les réglages clavier de votre bureau : la relancer ouvre cette fenêtre.</translation>
    </message>
    <message>
        <source>Not available on this system yet. Bind a shortcut to claude-usage-tray in the system&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Pas encore disponible sur ce système. Associez plutôt un raccourci à claude-usage-tray dans les réglages clavier du système : le relancer ouvre cette fenêtre.</translation>
    </message>
    <message>
        <source>Not one key combination</source>
        <translation>Pas une seule combinaison de touches</translation>
    </message>
    <message>
        <source>Use at least one of Ctrl, Alt, Shift, Meta</source>
        <translation>Utilisez au moins Ctrl, Alt, Maj ou Méta</translation>
    </message>
    <message>
        <source>Unknown key: {key}</source>
        <translation>Touche inconnue : {key}</translation>
    </message>
    <message>
        <source>{sequence} is already taken by another application</source>
        <translation>{sequence} est déjà utilisé par une autre application</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Show usage</source>
        <translation>Afficher l&apos;utilisation</translation>
    </message>
    <message>
        <source>Open the popup at this account</source>
        <translation>Ouvrir la fenêtre sur ce compte</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The shortcut {keys} does not work here: {problem}</source>
        <translation>Le raccourci {keys} ne fonctionne pas ici : {problem}</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>{value} percent</source>
        <translation>{value} pour cent</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Saisissez un nom pour ce compte.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>Un compte nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>Paste the contents of Claude Code&apos;s .credentials.json.</source>
        <translation>Collez le contenu du fichier .credentials.json de Claude Code.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line {line}, column {column}).</source>
        <translation>Ce JSON n&apos;est pas valide (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>Paste an Admin API key (it starts with sk-ant-admin).</source>
        <translation>Collez une clé d&apos;API Admin (elle commence par sk-ant-admin).</translation>
    </message>
    <message>
        <source>This key looks cut short.</source>
        <translation>Cette clé semble tronquée.</translation>
    </message>
    <message>
        <source>Paste the code shown after signing in.</source>
        <translation>Collez le code affiché après la connexion.</translation>
    </message>
    <message>
        <source>The code has no spaces — paste it again.</source>
        <translation>Le code ne contient pas d&apos;espaces — collez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>session peak {percent}</source>
        <translation>pic de session {percent}</translation>
    </message>
    <message>
        <source>week peak {percent}</source>
        <translation>pic de la semaine {percent}</translation>
    </message>
    <message>
        <source>retrying at the next refresh</source>
        <translation>nouvel essai à la prochaine actualisation</translation>
    </message>
    <message>
        <source>retrying in {duration} ({clock})</source>
        <translation>nouvel essai dans {duration} ({clock})</translation>
    </message>
    <message>
        <source>sign in again to keep tracking it</source>
        <translation>reconnectez-vous pour continuer à le suivre</translation>
    </message>
    <message>
        <source>sign in with Claude</source>
        <translation>connectez-vous avec Claude</translation>
    </message>
    <message>
        <source>will retry at the next refresh</source>
        <translation>nouvel essai à la prochaine actualisation</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>: could not fetch usage</source>
        <translation> : impossible de récupérer l&apos;utilisation</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Erreur : {message}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Stale — showing values from {clock}</source>
        <translation>Obsolète — valeurs de {clock}</translation>
    </message>
    <message>
        <source>far ahead of pace</source>
        <translation>très en avance sur le rythme</translation>
    </message>
    <message>
        <source>ahead of pace ({ratio}×)</source>
        <translation>en avance sur le rythme ({ratio}×)</translation>
    </message>
    <message>
        <source>under pace ({ratio}×)</source>
        <translation>sous le rythme ({ratio}×)</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>dans le rythme</translation>
    </message>
    <message>
        <source>runs out at {clock} (in {duration})</source>
        <translation>épuisé à {clock} (dans {duration})</translation>
    </message>
    <message>
        <source>used this month · no monthly cap</source>
        <translation>utilisé ce mois-ci · sans plafond mensuel</translation>
    </message>
    <message>
        <source>used this month</source>
        <translation>utilisé ce mois-ci</translation>
    </message>
    <message>
        <source>Extra usage</source>
        <translation>Utilisation supplémentaire</translation>
    </message>
    <message>
        <source>Session (5 h)</source>
        <translation>Session (5 h)</translation>
    </message>
    <message>
        <source>Week (all models)</source>
        <translation>Semaine (tous modèles)</translation>
    </message>
    <message>
        <source>Week · {model}</source>
        <translation>Semaine · {model}</translation>
    </message>
    <message>
        <source>The session resets at {clock}</source>
        <translation>La session se réinitialise à {clock}</translation>
    </message>
    <message>
        <source>The week resets at {clock}</source>
        <translation>La semaine se réinitialise à {clock}</translation>
    </message>
    <message>
        <source>{window} limit reached — back {clock}</source>
        <translation>{window} : limite atteinte — retour à {clock}</translation>
    </message>
    <message>
        <source>{window} runs out {clock} — {early} before reset</source>
        <translation>{window} épuisé à {clock} — {early} avant la réinitialisation</translation>
    </message>
    <message>
        <source>{window} nearly used up — resets in {left}</source>
        <translation>{window} presque épuisé — réinitialisation dans {left}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Waiting for the first update…</source>
        <translation>En attente de la première actualisation…</translation>
    </message>
    <message>
        <source>No usage reported yet</source>
        <translation>Aucune utilisation signalée pour l&apos;instant</translation>
    </message>
    <message>
        <source>{tokens} tok · ≈ {money}</source>
        <translation>{tokens} jet. · ≈ {money}</translation>
    </message>
    <message>
        <source>{name} (key)</source>
        <translation>{name} (clé)</translation>
    </message>
    <message>
        <source>{name} (user)</source>
        <translation>{name} (utilisateur)</translation>
    </message>
    <message>
        <source>≈ {money} (estimated)</source>
        <translation>≈ {money} (estimation)</translation>
    </message>
    <message>
        <source>{input} in · {output} out</source>
        <translation>{input} en entrée · {output} en sortie</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>Depuis le cache</translation>
    </message>
    <message>
        <source>{tokens} of the input</source>
        <translation>{tokens} de l&apos;entrée</translation>
    </message>
    <message>
        <source>No price for</source>
        <translation>Aucun prix pour</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>model and key costs are estimates at list prices; Spend is the bill</source>
        <translation>les coûts par modèle et par clé sont estimés au prix catalogue ; Dépenses est la facture</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Principaux modèles</translation>
    </message>
    <message>
        <source>Top keys and users</source>
        <translation>Principales clés et utilisateurs</translation>
    </message>
    <message>
        <source>{money} spent {period}</source>
        <translation>{money} dépensés {period}</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>API Admin</translation>
    </message>
    <message>
        <source>month to date</source>
        <translation>depuis le début du mois</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name} : {state}</translation>
    </message>
    <message>
        <source>{money} this month</source>
        <translation>{money} ce mois-ci</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>session {value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>semaine {value}</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (obsolète)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>connexion requise</translation>
    </message>
    <message>
        <source>Claude Code&apos;s login expired</source>
        <translation>Connexion de Claude Code expirée</translation>
    </message>
    <message>
        <source>can&apos;t read usage</source>
        <translation>usage illisible</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>identifiants refusés</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>blocked by Cloudflare</source>
        <translation>bloqué par Cloudflare</translation>
    </message>
    <message>
        <source>could not fetch usage</source>
        <translation>usage non récupéré</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <source>{title} — no accounts yet</source>
        <translation>{title} — aucun compte pour l&apos;instant</translation>
    </message>
    <message>
        <source>{title} — worst session {percent}</source>
        <translation>{title} — session la plus haute {percent}</translation>
    </message>
    <message>
        <source>Import {accounts} from {source}</source>
        <translation>Importer {accounts} depuis {source}</translation>
    </message>
    <message>
        <source>Nothing new to import from {source}: its accounts are already here.</source>
        <translation>Rien de nouveau à importer depuis {source} : ses comptes sont déjà là.</translation>
    </message>
    <message>
        <source>Imported {accounts} from {source}: {names}.</source>
        <translation>Importé depuis {source} : {accounts} — {names}.</translation>
    </message>
    <message>
        <source>Can&apos;t reach Anthropic since {clock}</source>
        <translation>Anthropic injoignable depuis {clock}</translation>
    </message>
    <message>
        <source>retrying {clock}</source>
        <translation>nouvel essai {clock}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message>
        <source>Data from {clock} ({age})</source>
        <translation>Données de {clock} ({age})</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Actualisé {age}</translation>
    </message>
</context>
<context>
    <name>WslLoginChooser</name>
    <message>
        <source>Claude Code login to link</source>
        <translation>Connexion Claude Code à lier</translation>
    </message>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code sur cet ordinateur</translation>
    </message>
    <message>
        <source>{distro} (WSL) — {user}</source>
        <translation>{distro} (WSL) — {user}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Connexion :</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sign in again to {name} ({email})</source>
        <translation>Se reconnecter à {name} ({email})</translation>
    </message>
    <message>
        <source>Sign in again to {name}</source>
        <translation>Se reconnecter à {name}</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. Sign in as {who} and approve; you come back here automatically, and {name} is tracked again.</source>
        <translation>Votre navigateur ouvre la page de connexion de Claude. Connectez-vous en tant que {who} et approuvez ; vous revenez ici automatiquement et {name} est de nouveau suivi.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>ce compte</translation>
    </message>
</context>
</TS>
