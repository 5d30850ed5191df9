<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <source>Sign in again…</source>
        <translation>Entrar novamente…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;mover…</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Ações de {name}</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Entrar novamente</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Use Claude Code&apos;s &amp;login</source>
        <translation>Usar o &amp;login do Claude Code</translation>
    </message>
    <message>
        <source>&amp;Sign in with Claude (browser)</source>
        <translation>&amp;Entrar com o Claude (navegador)</translation>
    </message>
    <message>
        <source>&amp;Paste credentials from another computer</source>
        <translation>&amp;Colar credenciais de outro computador</translation>
    </message>
    <message>
        <source>A&amp;dmin API key (organisation)</source>
        <translation>Chave da API de a&amp;dministrador (organização)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Entrar…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Verificar e adicionar</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>Conectado como {email}.</translation>
    </message>
    <message>
        <source>Its access token has expired, so it was not checked with Anthropic (that would mean refreshing it).</source>
        <translation>O token de acesso expirou, então não foi verificado com a Anthropic (seria preciso renová-lo).</translation>
    </message>
    <message>
        <source>This is Claude Code&apos;s own login on this computer. Refresh tokens are single use: a copy saved here would sign Claude Code out the first time this app refreshes it.</source>
        <translation>Este é o login do próprio Claude Code neste computador. Tokens de atualização são de uso único: uma cópia salva aqui desconectaria o Claude Code na primeira vez que este app a renovar.</translation>
    </message>
    <message>
        <source>Link it read-only instead: the app then only reads Claude Code&apos;s login, and Claude Code stays signed in.</source>
        <translation>Vincule-o como somente leitura: o app só lê o login do Claude Code, e o Claude Code continua conectado.</translation>
    </message>
    <message>
        <source>If this login came from Claude Code on another computer, that Claude Code will be signed out the first time this app refreshes it (refresh tokens are single use). Signing in with Claude gives this app a login of its own instead.</source>
        <translation>Se este login veio do Claude Code em outro computador, aquele Claude Code será desconectado na primeira vez que este app o renovar (tokens de atualização são de uso único). Entrar com o Claude dá a este app um login próprio.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>ex.: Trabalho, Pessoal</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Link read-only instead</source>
        <translation>&amp;Vincular como somente leitura</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Pessoal</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>claude-usage-core (the TypeScript library) saved {accounts} on this computer. Import them here? Its file is only read, never changed.</source>
        <translation>O claude-usage-core (a biblioteca TypeScript) salvou {accounts} neste computador. Importar aqui? O arquivo é apenas lido, nunca alterado.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Don&apos;t offer these accounts again</source>
        <translation>Não oferecer estas contas de novo</translation>
    </message>
    <message>
        <source>{method} — none found on this computer</source>
        <translation>{method} — nada encontrado neste computador</translation>
    </message>
    <message>
        <source>Tracks {email}, the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Acompanha {email}, a conta em que o Claude Code está conectado neste computador. O app só lê esse login; quando expirar, execute `claude` para renová-lo.</translation>
    </message>
    <message>
        <source>Tracks the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Acompanha a conta em que o Claude Code está conectado neste computador. O app só lê esse login; quando expirar, execute `claude` para renová-lo.</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. After you approve, you come back here automatically. This account&apos;s login belongs to this app, separate from Claude Code&apos;s.</source>
        <translation>Seu navegador abre a página de login do Claude. Depois de aprovar, você volta aqui automaticamente. O login desta conta pertence a este app, separado do login do Claude Code.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Link de login</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar link</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Abrir o navegador de novo</translation>
    </message>
    <message>
        <source>If the page shows a code instead, paste it here:</source>
        <translation>Se a página mostrar um código, cole-o aqui:</translation>
    </message>
    <message>
        <source>the code the page shows</source>
        <translation>o código exibido pela página</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de login</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>&amp;Usar código</translation>
    </message>
    <message>
        <source>For a login copied from another computer (the contents of its Claude Code .credentials.json). Careful: refresh tokens are single use, so the first time this app refreshes the login, Claude Code there is signed out. To track Claude Code&apos;s login on this computer, use its login (read-only) instead; to give this app its own login, sign in with Claude.</source>
        <translation>Para um login copiado de outro computador (o conteúdo do .credentials.json do Claude Code dele). Cuidado: tokens de atualização são de uso único, então na primeira vez que este app renovar o login, o Claude Code de lá será desconectado. Para acompanhar o login do Claude Code neste computador, use esse login (somente leitura); para dar a este app um login próprio, entre com o Claude.</translation>
    </message>
    <message>
        <source>Credentials JSON</source>
        <translation>Credenciais (JSON)</translation>
    </message>
    <message>
        <source>An Admin API key shows the organisation&apos;s month-to-date tokens and spend. It is checked with one request, then stored encrypted.</source>
        <translation>Uma chave da API de administrador mostra os tokens e gastos da organização no mês até agora. Ela é verificada com uma solicitação e depois armazenada criptografada.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Chave da API de administrador</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Aguardando seu login no navegador…</translation>
    </message>
    <message>
        <source>Save a copy anyway</source>
        <translation>Salvar uma cópia mesmo assim</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Adicionar mesmo assim</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. If the browser did not open, open it again or copy this link into it:</source>
        <translation>Aguardando seu login. Se o navegador não abriu, abra-o de novo ou copie este link nele:</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Warning: </source>
        <translation>Aviso: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erro: </translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessão</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>Bars: session peak per hour; line: weekly usage</source>
        <translation>Barras: pico da sessão por hora; linha: uso semanal</translation>
    </message>
</context>
<context>
    <name>ColumnHeads</name>
    <message>
        <source>Resets</source>
        <translation>Reinício</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
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
        <translation>Custo por dia, últimos {count} dias; maior {cost} em {day}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first account</source>
        <translation>Adicione sua primeira conta</translation>
    </message>
    <message>
        <source>Claude Usage shows how much of your Claude limits you have used. Choose how to connect an account:</source>
        <translation>O Uso do Claude mostra quanto você já usou dos seus limites do Claude. Escolha como conectar uma conta:</translation>
    </message>
    <message>
        <source>&amp;Use Claude Code&apos;s login</source>
        <translation>&amp;Usar o login do Claude Code</translation>
    </message>
    <message>
        <source>Track the account Claude Code is signed in to (read-only)</source>
        <translation>Acompanhar a conta em que o Claude Code está conectado (somente leitura)</translation>
    </message>
    <message>
        <source>Sign &amp;in with Claude…</source>
        <translation>&amp;Entrar com o Claude…</translation>
    </message>
    <message>
        <source>Add an Ad&amp;min API key…</source>
        <translation>Adicionar uma chave da API de ad&amp;ministrador…</translation>
    </message>
    <message>
        <source>&amp;Paste credentials (advanced)…</source>
        <translation>&amp;Colar credenciais (avançado)…</translation>
    </message>
    <message>
        <source>For a login from another computer. Not Claude Code&apos;s login on this one: use the first choice for that</source>
        <translation>Para um login de outro computador. Não para o login do Claude Code neste: use a primeira opção</translation>
    </message>
    <message>
        <source>Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); that file is only read</source>
        <translation>Copiar as contas salvas pelo claude-usage-core (~/.claude-usage/accounts.enc); esse arquivo é apenas lido</translation>
    </message>
    <message>
        <source>Dismiss: don&apos;t offer these accounts again</source>
        <translation>Dispensar: não oferecer estas contas de novo</translation>
    </message>
    <message>
        <source>Dismiss the import offer</source>
        <translation>Dispensar a oferta de importação</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Could not import: {error}</source>
        <translation>Não foi possível importar: {error}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {error}</source>
        <translation>Não foi possível renomear “{name}”: {error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”: {error}</source>
        <translation>Não foi possível remover “{name}”: {error}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{value} B</source>
        <translation>{value} bi</translation>
    </message>
    <message>
        <source>{value} M</source>
        <translation>{value} mi</translation>
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
        <translation>menos de um minuto</translation>
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
        <translation>não iniciada</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>reiniciando agora</translation>
    </message>
    <message>
        <source>resets in {duration} ({clock})</source>
        <translation>reinicia em {duration} ({clock})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>há {seconds} s</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>há {duration}</translation>
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
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>O novo idioma será usado a partir da próxima inicialização.</translation>
    </message>
</context>
<context>
    <name>LimitView</name>
    <message>
        <source>Holding you back: {limit}</source>
        <translation>O que te limita: {limit}</translation>
    </message>
    <message>
        <source>A sign-in lasts about 28 days, refreshes or not: sign in again before then to avoid a sudden logout (for a Claude Code login, run `claude`)</source>
        <translation>Um login dura cerca de 28 dias, renovado ou não: entre de novo antes disso para evitar uma saída repentina (para um login do Claude Code, execute `claude`)</translation>
    </message>
    <message>
        <source>— estimated from when you signed in</source>
        <translation>— estimado a partir do seu login</translation>
    </message>
    <message>
        <source>(not a login problem)</source>
        <translation>(não é um problema de login)</translation>
    </message>
    <message>
        <source>%n session(s)</source>
        <translation>Sessões: %n</translation>
    </message>
    <message>
        <source>+{added} / −{removed} lines</source>
        <translation>+{added} / −{removed} linhas</translation>
    </message>
    <message>
        <source>%n commit(s)</source>
        <translation>Commits: %n</translation>
    </message>
    <message>
        <source>%n PR(s)</source>
        <translation>PRs: %n</translation>
    </message>
    <message>
        <source>{share} of edits accepted</source>
        <translation>{share} das edições aceitas</translation>
    </message>
    <message>
        <source>Spend limits: not available for this organisation</source>
        <translation>Limites de gastos: indisponíveis para esta organização</translation>
    </message>
    <message>
        <source>Spend limit: {spent} of {cap} ({share})</source>
        <translation>Limite de gastos: {spent} de {cap} ({share})</translation>
    </message>
    <message>
        <source>%n member(s) above 80 % of their limit</source>
        <translation>Membros acima de 80 % do limite: %n</translation>
    </message>
    <message>
        <source>holding you back</source>
        <translation>te limita</translation>
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
        <translation>O feed local de uso não está disponível aqui.</translation>
    </message>
    <message>
        <source>Could not start the local usage feed on port {port}: {reason}</source>
        <translation>Não foi possível iniciar o feed local de uso na porta {port}: {reason}</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code neste computador</translation>
    </message>
    <message>
        <source>30-day chart</source>
        <translation>Gráfico de 30 dias</translation>
    </message>
    <message>
        <source>Show the cost of each of the last 30 days</source>
        <translation>Mostrar o custo de cada um dos últimos 30 dias</translation>
    </message>
</context>
<context>
    <name>LocalUsage</name>
    <message>
        <source>Today {today} · 30 days {period} (API prices)</source>
        <translation>Hoje {today} · 30 dias {period} (preços da API)</translation>
    </message>
    <message>
        <source>No Claude Code messages in the last 30 days</source>
        <translation>Nenhuma mensagem do Claude Code nos últimos 30 dias</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(sem projeto)</translation>
    </message>
    <message>
        <source>Top projects: {projects}</source>
        <translation>Principais projetos: {projects}</translation>
    </message>
    <message>
        <source>Not priced (no list price known): {models}</source>
        <translation>Sem preço (nenhum preço de tabela conhecido): {models}</translation>
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
        <translation>O uso da assinatura do Claude de todas as suas contas, na bandeja do sistema.</translation>
    </message>
    <message>
        <source>run with three simulated accounts; nothing is read or written outside a temp folder</source>
        <translation>executar com três contas simuladas; nada é lido ou gravado fora de uma pasta temporária</translation>
    </message>
    <message>
        <source>log debug messages too</source>
        <translation>registrar também mensagens de depuração</translation>
    </message>
    <message>
        <source>check that this installation works (no display or network needed) and exit</source>
        <translation>verificar se esta instalação funciona (sem tela nem rede) e sair</translation>
    </message>
    <message>
        <source>claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it from your desktop session, or use the command line: claude-usage --help</source>
        <translation>claude-usage-tray: nenhuma sessão gráfica (nem DISPLAY nem WAYLAND_DISPLAY estão definidos).
Inicie-o pela sua sessão da área de trabalho ou use a linha de comando: claude-usage --help</translation>
    </message>
    <message>
        <source>Claude Usage (demo)</source>
        <translation>Uso do Claude (demo)</translation>
    </message>
    <message>
        <source>Claude Usage</source>
        <translation>Uso do Claude</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{name}&apos;s session is at {percent}</source>
        <translation>A sessão de {name} está em {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit is at {percent}</source>
        <translation>O limite semanal de {model} de {name} está em {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s organisation has spent {percent} of its limit</source>
        <translation>A organização {name} gastou {percent} do limite</translation>
    </message>
    <message>
        <source>{name}&apos;s week is at {percent}</source>
        <translation>A semana de {name} está em {percent}</translation>
    </message>
    <message>
        <source>At 100 % the organisation&apos;s Claude Code use stops until then.</source>
        <translation>Em 100 %, o uso do Claude Code pela organização para até lá.</translation>
    </message>
    <message>
        <source>At 100 % Claude stops answering on this account until then.</source>
        <translation>Em 100 %, o Claude para de responder nesta conta até lá.</translation>
    </message>
    <message>
        <source>At 100 % {model} stops answering on this account until then.</source>
        <translation>Em 100 %, o {model} para de responder nesta conta até lá.</translation>
    </message>
    <message>
        <source>It resets soon.</source>
        <translation>Reinicia em breve.</translation>
    </message>
    <message>
        <source>Resets in {duration} ({clock}).</source>
        <translation>Reinicia em {duration} ({clock}).</translation>
    </message>
    <message>
        <source>The limit starts over soon.</source>
        <translation>O limite recomeça em breve.</translation>
    </message>
    <message>
        <source>The limit starts over in {duration}.</source>
        <translation>O limite recomeça em {duration}.</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-in expires in %n day(s)</source>
        <translation>O login de {name} expira — dias restantes: %n</translation>
    </message>
    <message>
        <source>Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code login: run `claude`) to keep tracking this account.</source>
        <translation>Os logins duram cerca de 28 dias, renovados ou não. Entre de novo (para um login do Claude Code: execute `claude`) para continuar acompanhando esta conta.</translation>
    </message>
    <message>
        <source>{name}&apos;s session limit has reset</source>
        <translation>O limite da sessão de {name} foi reiniciado</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit has reset</source>
        <translation>O limite semanal de {model} de {name} foi reiniciado</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly limit has reset</source>
        <translation>O limite semanal de {name} foi reiniciado</translation>
    </message>
    <message>
        <source>You can use Claude on {name} again.</source>
        <translation>Você já pode usar o Claude em {name} novamente.</translation>
    </message>
</context>
<context>
    <name>OrgDetailsDialog</name>
    <message>
        <source>{name} — Claude Code this month</source>
        <translation>{name} — Claude Code neste mês</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nome</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
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
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% do limite</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Lines +</source>
        <translation>Linhas +</translation>
    </message>
    <message>
        <source>Lines −</source>
        <translation>Linhas −</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PRs</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceitas</translation>
    </message>
</context>
<context>
    <name>OrgSummaryBlock</name>
    <message>
        <source>CLAUDE CODE THIS MONTH</source>
        <translation>CLAUDE CODE NESTE MÊS</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <source>Everyone, sortable by spend and productivity</source>
        <translation>Todos, ordenáveis por gastos e produtividade</translation>
    </message>
    <message>
        <source>Top by spend</source>
        <translation>Principais por gastos</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>of limit</source>
        <translation>do limite</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <source>Claude Usage</source>
        <translation>Uso do Claude</translation>
    </message>
    <message>
        <source>Claude usage</source>
        <translation>Uso do Claude</translation>
    </message>
    <message>
        <source>How old the figures shown are</source>
        <translation>Idade dos números exibidos</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Fetch usage now</source>
        <translation>Obter o uso agora</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Fetch usage now (F5)</source>
        <translation>Obter o uso agora (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
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
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fe&amp;char</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Fecha sem salvar</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
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
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar localização do &amp;link</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>Remove</name>
    <message>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Remove “{name}” from Claude Usage?</source>
        <translation>Remover “{name}” do Claude Usage?</translation>
    </message>
    <message>
        <source>Its saved credentials are deleted from this app. Claude Code&apos;s own login, and the account itself, are not affected.</source>
        <translation>As credenciais salvas são apagadas deste app. O login do próprio Claude Code e a conta em si não são afetados.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename account</source>
        <translation>Renomear conta</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>&amp;Novo nome para “{name}”:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Novo nome</translation>
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
        <translation>Duas &amp;barras</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>A&amp;nel</translation>
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
        <translation>Escuro</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Claude Code&apos;s refresh tokens are single-use. When this app refreshes a linked login it must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes at the same moment, or the write fails, Claude Code is signed out and you must run `claude` to sign in again. Leave this off unless you know you need it.</source>
        <translation>Os tokens de atualização do Claude Code são de uso único. Quando este app renova um login vinculado, precisa gravar os novos tokens onde o Claude Code os guarda; se o Claude Code renovar ao mesmo tempo, ou a gravação falhar, o Claude Code é desconectado e você precisa executar `claude` para entrar de novo. Deixe desativado, a menos que saiba que precisa.</translation>
    </message>
    <message>
        <source>Claude Usage settings</source>
        <translation>Configurações do Uso do Claude</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Atualizar a cada:</translation>
    </message>
    <message>
        <source>S&amp;tart Claude Usage when I log in</source>
        <translation>I&amp;niciar o Uso do Claude ao entrar no sistema</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>Não disponível: {reason}.</translation>
    </message>
    <message>
        <source>O&amp;pen the popup with:</source>
        <translation>A&amp;brir a janela com:</translation>
    </message>
    <message>
        <source>A key combination that works in every application.</source>
        <translation>Uma combinação de teclas que funciona em todos os aplicativos.</translation>
    </message>
    <message>
        <source>Global shortcut</source>
        <translation>Atalho global</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
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
        <translation>Ícone da bandeja:</translation>
    </message>
    <message>
        <source>&amp;Keep my own order of the accounts</source>
        <translation>&amp;Manter minha própria ordem das contas</translation>
    </message>
    <message>
        <source>Otherwise accounts that need attention and the fullest come first. Drag an account, or press Alt+↑/↓ on it, to move it.</source>
        <translation>Caso contrário, as contas que precisam de atenção e as mais cheias vêm primeiro. Arraste uma conta, ou pressione Alt+↑/↓ nela, para movê-la.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>&amp;Warn when usage crosses a threshold</source>
        <translation>&amp;Avisar quando o uso passar de um limite</translation>
    </message>
    <message>
        <source>e.g. 80, 95</source>
        <translation>ex.: 80, 95</translation>
    </message>
    <message>
        <source>&amp;Session thresholds (%):</source>
        <translation>Limites da &amp;sessão (%):</translation>
    </message>
    <message>
        <source>W&amp;eekly thresholds (%):</source>
        <translation>Limites s&amp;emanais (%):</translation>
    </message>
    <message>
        <source>Tell me when a limit I reached has reset</source>
        <translation>Avisar quando um limite atingido for reiniciado</translation>
    </message>
    <message>
        <source>Tell me when an account needs &amp;attention</source>
        <translation>Avisar quando uma conta precisar de &amp;atenção</translation>
    </message>
    <message>
        <source>Show in the popup</source>
        <translation>Mostrar na janela</translation>
    </message>
    <message>
        <source>Session (5-hour) usage</source>
        <translation>Uso da sessão (5 h)</translation>
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
        <translation>Uso extra (créditos)</translation>
    </message>
    <message>
        <source>7-day chart</source>
        <translation>Gráfico de 7 dias</translation>
    </message>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Cor do ícone: qualquer limite que restrinja</translation>
    </message>
    <message>
        <source>The icon&apos;s colour follows the limit holding an account back (a weekly or a model&apos;s limit), not only the session; a corner mark shows it either way</source>
        <translation>A cor do ícone acompanha o limite que segura uma conta (semanal ou de um modelo), não só a sessão; uma marca no canto mostra isso de qualquer forma</translation>
    </message>
    <message>
        <source>A small chart of the last 7 days of session and weekly usage on each card</source>
        <translation>Um pequeno gráfico dos últimos 7 dias de uso da sessão e semanal em cada cartão</translation>
    </message>
    <message>
        <source>Accounts linked to Claude Code&apos;s login</source>
        <translation>Contas vinculadas ao login do Claude Code</translation>
    </message>
    <message>
        <source>Rea&amp;d-only: when the login expires, ask me to run `claude`</source>
        <translation>Somente &amp;leitura: quando o login expirar, pedir que eu execute `claude`</translation>
    </message>
    <message>
        <source>Refresh it myself and write the new login &amp;back</source>
        <translation>Renová-lo eu mesmo e &amp;gravar o novo login</translation>
    </message>
    <message>
        <source>Local usage feed</source>
        <translation>Feed local de uso</translation>
    </message>
    <message>
        <source>Ser&amp;ve my usage to programs on this computer</source>
        <translation>&amp;Servir meu uso a programas deste computador</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(não disponível)</translation>
    </message>
    <message>
        <source>GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` document to programs that send the token kept in {where} (readable only by you) as `Authorization: Bearer TOKEN`. Off by default.</source>
        <translation>GET http://127.0.0.1:PORT/v1/usage responde com o documento de `claude-usage usage --json` aos programas que enviarem o token guardado em {where} (legível só por você) como `Authorization: Bearer TOKEN`. Desativado por padrão.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>{window} thresholds: whole numbers from 1 to 100, separated by commas.</source>
        <translation>Limites de {window}: números inteiros de 1 a 100, separados por vírgulas.</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <source>Wayland does not let applications listen for keys. Bind a shortcut to the command claude-usage-tray in your desktop&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>O Wayland não permite que aplicativos escutem teclas. Em vez disso, associe um atalho ao comando claude-usage-tray nas configurações de teclado da sua área de trabalho: iniciá-lo de novo abre esta janela.</translation>
    </message>
    <message>
        <source>Not available on this system yet. Bind a shortcut to claude-usage-tray in the system&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Ainda não disponível neste sistema. Em vez disso, associe um atalho a claude-usage-tray nas configurações de teclado do sistema: iniciá-lo de novo abre esta janela.</translation>
    </message>
    <message>
        <source>Not one key combination</source>
        <translation>Não é uma única combinação de teclas</translation>
    </message>
    <message>
        <source>Use at least one of Ctrl, Alt, Shift, Meta</source>
        <translation>Use pelo menos Ctrl, Alt, Shift ou Meta</translation>
    </message>
    <message>
        <source>Unknown key: {key}</source>
        <translation>Tecla desconhecida: {key}</translation>
    </message>
    <message>
        <source>{sequence} is already taken by another application</source>
        <translation>{sequence} já está em uso por outro aplicativo</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Show usage</source>
        <translation>Mostrar o uso</translation>
    </message>
    <message>
        <source>Open the popup at this account</source>
        <translation>Abrir a janela nesta conta</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Adicionar conta…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>The shortcut {keys} does not work here: {problem}</source>
        <translation>O atalho {keys} não funciona aqui: {problem}</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>{value} percent</source>
        <translation>{value} por cento</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Digite um nome para esta conta.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>Já existe uma conta chamada “{name}”.</translation>
    </message>
    <message>
        <source>Paste the contents of Claude Code&apos;s .credentials.json.</source>
        <translation>Cole o conteúdo do .credentials.json do Claude Code.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line {line}, column {column}).</source>
        <translation>Isto não é um JSON válido (linha {line}, coluna {column}).</translation>
    </message>
    <message>
        <source>Paste an Admin API key (it starts with sk-ant-admin).</source>
        <translation>Cole uma chave da API de administrador (ela começa com sk-ant-admin).</translation>
    </message>
    <message>
        <source>This key looks cut short.</source>
        <translation>Esta chave parece incompleta.</translation>
    </message>
    <message>
        <source>Paste the code shown after signing in.</source>
        <translation>Cole o código exibido depois de entrar.</translation>
    </message>
    <message>
        <source>The code has no spaces — paste it again.</source>
        <translation>O código não tem espaços — cole-o novamente.</translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessão</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>session peak {percent}</source>
        <translation>pico da sessão {percent}</translation>
    </message>
    <message>
        <source>week peak {percent}</source>
        <translation>pico semanal {percent}</translation>
    </message>
    <message>
        <source>retrying at the next refresh</source>
        <translation>nova tentativa na próxima atualização</translation>
    </message>
    <message>
        <source>retrying in {duration} ({clock})</source>
        <translation>nova tentativa em {duration} ({clock})</translation>
    </message>
    <message>
        <source>sign in again to keep tracking it</source>
        <translation>entre novamente para continuar acompanhando</translation>
    </message>
    <message>
        <source>sign in with Claude</source>
        <translation>entre com o Claude</translation>
    </message>
    <message>
        <source>will retry at the next refresh</source>
        <translation>será tentado de novo na próxima atualização</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>: could not fetch usage</source>
        <translation>: não foi possível obter o uso</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Erro: {message}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desatualizado</translation>
    </message>
    <message>
        <source>Stale — showing values from {clock}</source>
        <translation>Desatualizado — valores de {clock}</translation>
    </message>
    <message>
        <source>far ahead of pace</source>
        <translation>muito acima do ritmo</translation>
    </message>
    <message>
        <source>ahead of pace ({ratio}×)</source>
        <translation>acima do ritmo ({ratio}×)</translation>
    </message>
    <message>
        <source>under pace ({ratio}×)</source>
        <translation>abaixo do ritmo ({ratio}×)</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>no ritmo</translation>
    </message>
    <message>
        <source>runs out at {clock} (in {duration})</source>
        <translation>acaba às {clock} (em {duration})</translation>
    </message>
    <message>
        <source>used this month · no monthly cap</source>
        <translation>usado neste mês · sem limite mensal</translation>
    </message>
    <message>
        <source>used this month</source>
        <translation>usado neste mês</translation>
    </message>
    <message>
        <source>Extra usage</source>
        <translation>Uso extra</translation>
    </message>
    <message>
        <source>Session (5 h)</source>
        <translation>Sessão (5 h)</translation>
    </message>
    <message>
        <source>Week (all models)</source>
        <translation>Semana (todos os modelos)</translation>
    </message>
    <message>
        <source>Week · {model}</source>
        <translation>Semana · {model}</translation>
    </message>
    <message>
        <source>The session resets at {clock}</source>
        <translation>A sessão reinicia às {clock}</translation>
    </message>
    <message>
        <source>The week resets at {clock}</source>
        <translation>A semana reinicia às {clock}</translation>
    </message>
    <message>
        <source>{window} limit reached — back {clock}</source>
        <translation>{window}: limite atingido — volta às {clock}</translation>
    </message>
    <message>
        <source>{window} runs out {clock} — {early} before reset</source>
        <translation>{window} acaba às {clock} — {early} antes do reinício</translation>
    </message>
    <message>
        <source>{window} nearly used up — resets in {left}</source>
        <translation>{window} quase esgotado — reinicia em {left}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Waiting for the first update…</source>
        <translation>Aguardando a primeira atualização…</translation>
    </message>
    <message>
        <source>No usage reported yet</source>
        <translation>Nenhum uso informado ainda</translation>
    </message>
    <message>
        <source>{tokens} tok · ≈ {money}</source>
        <translation>{tokens} tok · ≈ {money}</translation>
    </message>
    <message>
        <source>{name} (key)</source>
        <translation>{name} (chave)</translation>
    </message>
    <message>
        <source>{name} (user)</source>
        <translation>{name} (usuário)</translation>
    </message>
    <message>
        <source>≈ {money} (estimated)</source>
        <translation>≈ {money} (estimado)</translation>
    </message>
    <message>
        <source>{input} in · {output} out</source>
        <translation>{input} de entrada · {output} de saída</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>Do cache</translation>
    </message>
    <message>
        <source>{tokens} of the input</source>
        <translation>{tokens} da entrada</translation>
    </message>
    <message>
        <source>No price for</source>
        <translation>Sem preço para</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>model and key costs are estimates at list prices; Spend is the bill</source>
        <translation>os custos por modelo e chave são estimativas a preço de tabela; Gastos é a fatura</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Principais modelos</translation>
    </message>
    <message>
        <source>Top keys and users</source>
        <translation>Principais chaves e usuários</translation>
    </message>
    <message>
        <source>{money} spent {period}</source>
        <translation>{money} gastos {period}</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>API de administrador</translation>
    </message>
    <message>
        <source>month to date</source>
        <translation>no mês até agora</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>desde {date}</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{money} this month</source>
        <translation>{money} neste mês</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>ainda sem dados</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>sessão {value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>semana {value}</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>sem limites</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (desatualizado)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>não iniciada</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>precisa entrar</translation>
    </message>
    <message>
        <source>Claude Code&apos;s login expired</source>
        <translation>O login do Claude Code expirou</translation>
    </message>
    <message>
        <source>can&apos;t read usage</source>
        <translation>não consegue ler o uso</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>credenciais recusadas</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de solicitações</translation>
    </message>
    <message>
        <source>blocked by Cloudflare</source>
        <translation>bloqueado pelo Cloudflare</translation>
    </message>
    <message>
        <source>could not fetch usage</source>
        <translation>não foi possível obter o uso</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <source>{title} — no accounts yet</source>
        <translation>{title} — nenhuma conta ainda</translation>
    </message>
    <message>
        <source>{title} — worst session {percent}</source>
        <translation>{title} — sessão mais alta {percent}</translation>
    </message>
    <message>
        <source>Import {accounts} from {source}</source>
        <translation>Importar {accounts} de {source}</translation>
    </message>
    <message>
        <source>Nothing new to import from {source}: its accounts are already here.</source>
        <translation>Nada novo para importar de {source}: as contas já estão aqui.</translation>
    </message>
    <message>
        <source>Imported {accounts} from {source}: {names}.</source>
        <translation>Importado de {source}: {accounts} — {names}.</translation>
    </message>
    <message>
        <source>Can&apos;t reach Anthropic since {clock}</source>
        <translation>Sem acesso à Anthropic desde {clock}</translation>
    </message>
    <message>
        <source>retrying {clock}</source>
        <translation>nova tentativa {clock}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Ainda não atualizado</translation>
    </message>
    <message>
        <source>Data from {clock} ({age})</source>
        <translation>Dados de {clock} ({age})</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Atualizado {age}</translation>
    </message>
</context>
<context>
    <name>WslLoginChooser</name>
    <message>
        <source>Claude Code login to link</source>
        <translation>Login do Claude Code a vincular</translation>
    </message>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Claude Code neste computador</translation>
    </message>
    <message>
        <source>{distro} (WSL) — {user}</source>
        <translation>{distro} (WSL) — {user}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n conta</numerusform>
            <numerusform>%n contas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sign in again to {name} ({email})</source>
        <translation>Entrar novamente em {name} ({email})</translation>
    </message>
    <message>
        <source>Sign in again to {name}</source>
        <translation>Entrar novamente em {name}</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. Sign in as {who} and approve; you come back here automatically, and {name} is tracked again.</source>
        <translation>Seu navegador abre a página de login do Claude. Entre como {who} e aprove; você volta aqui automaticamente e {name} volta a ser acompanhada.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>esta conta</translation>
    </message>
</context>
</TS>
