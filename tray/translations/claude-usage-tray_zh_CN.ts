<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <source>Sign in again…</source>
        <translation>重新登录…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>{name} 的操作</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Use Claude Code&apos;s &amp;login</source>
        <translation>使用 Claude Code 的登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sign in with Claude (browser)</source>
        <translation>使用 Claude 登录（浏览器）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paste credentials from another computer</source>
        <translation>粘贴其他电脑的凭据(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;dmin API key (organisation)</source>
        <translation>Admin API 密钥（组织）(&amp;D)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>检查并添加</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>已以 {email} 身份登录。</translation>
    </message>
    <message>
        <source>Its access token has expired, so it was not checked with Anthropic (that would mean refreshing it).</source>
        <translation>其访问令牌已过期，因此未向 Anthropic 验证（验证需要刷新令牌）。</translation>
    </message>
    <message>
        <source>This is Claude Code&apos;s own login on this computer. Refresh tokens are single use: a copy saved here would sign Claude Code out the first time this app refreshes it.</source>
        <translation>这是本机 Claude Code 自己的登录。刷新令牌只能使用一次：在此保存副本后，本应用首次刷新时 Claude Code 就会被登出。</translation>
    </message>
    <message>
        <source>Link it read-only instead: the app then only reads Claude Code&apos;s login, and Claude Code stays signed in.</source>
        <translation>请改为只读关联：应用只读取 Claude Code 的登录，Claude Code 保持登录状态。</translation>
    </message>
    <message>
        <source>If this login came from Claude Code on another computer, that Claude Code will be signed out the first time this app refreshes it (refresh tokens are single use). Signing in with Claude gives this app a login of its own instead.</source>
        <translation>如果此登录来自其他电脑上的 Claude Code，本应用首次刷新时那台电脑的 Claude Code 将被登出（刷新令牌只能使用一次）。改用 Claude 登录可为本应用提供独立的登录。</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>例如：工作、个人</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Link read-only instead</source>
        <translation>改为只读关联(&amp;L)</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>claude-usage-core (the TypeScript library) saved {accounts} on this computer. Import them here? Its file is only read, never changed.</source>
        <translation>claude-usage-core（TypeScript 库）在此电脑上保存了 {accounts}。要导入到这里吗？只读取其文件，绝不修改。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Don&apos;t offer these accounts again</source>
        <translation>不再提供这些账户</translation>
    </message>
    <message>
        <source>{method} — none found on this computer</source>
        <translation>{method}——此电脑上未找到</translation>
    </message>
    <message>
        <source>Tracks {email}, the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>跟踪 {email}，即本机 Claude Code 已登录的账户。应用只读取该登录；过期后运行 `claude` 以刷新。</translation>
    </message>
    <message>
        <source>Tracks the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>跟踪本机 Claude Code 已登录的账户。应用只读取该登录；过期后运行 `claude` 以刷新。</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. After you approve, you come back here automatically. This account&apos;s login belongs to this app, separate from Claude Code&apos;s.</source>
        <translation>浏览器将打开 Claude 的登录页面。批准后会自动返回这里。此账户的登录属于本应用，与 Claude Code 的登录分开。</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>登录链接</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>复制链接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>重新打开浏览器(&amp;O)</translation>
    </message>
    <message>
        <source>If the page shows a code instead, paste it here:</source>
        <translation>如果页面显示的是代码，请粘贴到这里：</translation>
    </message>
    <message>
        <source>the code the page shows</source>
        <translation>页面显示的代码</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>登录代码</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>使用代码(&amp;U)</translation>
    </message>
    <message>
        <source>For a login copied from another computer (the contents of its Claude Code .credentials.json). Careful: refresh tokens are single use, so the first time this app refreshes the login, Claude Code there is signed out. To track Claude Code&apos;s login on this computer, use its login (read-only) instead; to give this app its own login, sign in with Claude.</source>
        <translation>用于从其他电脑复制的登录（其 Claude Code 的 .credentials.json 内容）。注意：刷新令牌只能使用一次，本应用首次刷新该登录时，那台电脑上的 Claude Code 会被登出。要跟踪本机 Claude Code 的登录，请改用其登录（只读）；要让本应用拥有自己的登录，请使用 Claude 登录。</translation>
    </message>
    <message>
        <source>Credentials JSON</source>
        <translation>凭据 JSON</translation>
    </message>
    <message>
        <source>An Admin API key shows the organisation&apos;s month-to-date tokens and spend. It is checked with one request, then stored encrypted.</source>
        <translation>Admin API 密钥显示组织本月至今的令牌数和支出。它会通过一次请求验证，然后加密保存。</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Admin API 密钥</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>正在等待你在浏览器中登录…</translation>
    </message>
    <message>
        <source>Save a copy anyway</source>
        <translation>仍然保存副本</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>仍然添加</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. If the browser did not open, open it again or copy this link into it:</source>
        <translation>正在等待你登录。如果浏览器没有打开，请重新打开或将此链接复制到浏览器：</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Bars: session peak per hour; line: weekly usage</source>
        <translation>柱: 每小时会话峰值；线: 每周用量</translation>
    </message>
</context>
<context>
    <name>ColumnHeads</name>
    <message>
        <source>Resets</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>每周</translation>
    </message>
</context>
<context>
    <name>DailyBars</name>
    <message>
        <source>Cost per day, last {count} days; highest {cost} on {day}</source>
        <translation>每日费用，最近 {count} 天；最高 {cost}（{day}）</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first account</source>
        <translation>添加第一个账户</translation>
    </message>
    <message>
        <source>Claude Usage shows how much of your Claude limits you have used. Choose how to connect an account:</source>
        <translation>Claude 用量显示你已用掉多少 Claude 限额。请选择连接账户的方式：</translation>
    </message>
    <message>
        <source>&amp;Use Claude Code&apos;s login</source>
        <translation>使用 Claude Code 的登录(&amp;U)</translation>
    </message>
    <message>
        <source>Track the account Claude Code is signed in to (read-only)</source>
        <translation>跟踪 Claude Code 已登录的账户（只读）</translation>
    </message>
    <message>
        <source>Sign &amp;in with Claude…</source>
        <translation>使用 Claude 登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Add an Ad&amp;min API key…</source>
        <translation>添加 Admin API 密钥(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Paste credentials (advanced)…</source>
        <translation>粘贴凭据（高级）(&amp;P)…</translation>
    </message>
    <message>
        <source>For a login from another computer. Not Claude Code&apos;s login on this one: use the first choice for that</source>
        <translation>用于其他电脑上的登录。本机 Claude Code 的登录请用第一个选项</translation>
    </message>
    <message>
        <source>Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); that file is only read</source>
        <translation>复制 claude-usage-core 保存的账户（~/.claude-usage/accounts.enc）；只读取该文件</translation>
    </message>
    <message>
        <source>Dismiss: don&apos;t offer these accounts again</source>
        <translation>忽略：不再提供这些账户</translation>
    </message>
    <message>
        <source>Dismiss the import offer</source>
        <translation>忽略导入提议</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Could not import: {error}</source>
        <translation>无法导入：{error}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {error}</source>
        <translation>无法重命名“{name}”：{error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”: {error}</source>
        <translation>无法移除“{name}”：{error}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{value} B</source>
        <translation>{value}B</translation>
    </message>
    <message>
        <source>{value} M</source>
        <translation>{value}M</translation>
    </message>
    <message>
        <source>{value} k</source>
        <translation>{value}K</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>不到1分钟</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}天{hours}小时</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}天</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours}小时{minutes}分钟</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}小时</translation>
    </message>
    <message>
        <source>{minutes} m</source>
        <translation>{minutes}分钟</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>正在重置</translation>
    </message>
    <message>
        <source>resets in {duration} ({clock})</source>
        <translation>{duration}后重置（{clock}）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>{seconds}秒前</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>{duration}前</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>LimitView</name>
    <message>
        <source>Holding you back: {limit}</source>
        <translation>当前限制: {limit}</translation>
    </message>
    <message>
        <source>A sign-in lasts about 28 days, refreshes or not: sign in again before then to avoid a sudden logout (for a Claude Code login, run `claude`)</source>
        <translation>无论是否刷新，登录大约持续 28 天：请在此之前重新登录，以免突然被登出（Claude Code 登录请运行 `claude`）</translation>
    </message>
    <message>
        <source>— estimated from when you signed in</source>
        <translation>— 根据登录时间估算</translation>
    </message>
    <message>
        <source>(not a login problem)</source>
        <translation>（不是登录问题）</translation>
    </message>
    <message>
        <source>%n session(s)</source>
        <translation>%n 个会话</translation>
    </message>
    <message>
        <source>+{added} / −{removed} lines</source>
        <translation>+{added} / −{removed} 行</translation>
    </message>
    <message>
        <source>%n commit(s)</source>
        <translation>%n 次提交</translation>
    </message>
    <message>
        <source>%n PR(s)</source>
        <translation>%n 个 PR</translation>
    </message>
    <message>
        <source>{share} of edits accepted</source>
        <translation>{share} 的编辑被接受</translation>
    </message>
    <message>
        <source>Spend limits: not available for this organisation</source>
        <translation>支出限额：此组织不可用</translation>
    </message>
    <message>
        <source>Spend limit: {spent} of {cap} ({share})</source>
        <translation>支出限额：{spent} / {cap}（{share}）</translation>
    </message>
    <message>
        <source>%n member(s) above 80 % of their limit</source>
        <translation>超过限额 80 % 的成员：%n 人</translation>
    </message>
    <message>
        <source>holding you back</source>
        <translation>当前限制</translation>
    </message>
    <message>
        <source>Binding — {line}</source>
        <translation>限制 — {line}</translation>
    </message>
</context>
<context>
    <name>LocalFeed</name>
    <message>
        <source>The local usage feed is not available here.</source>
        <translation>本地用量源在此不可用。</translation>
    </message>
    <message>
        <source>Could not start the local usage feed on port {port}: {reason}</source>
        <translation>无法在端口 {port} 上启动本地用量源：{reason}</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Claude Code on this computer</source>
        <translation>本机上的 Claude Code</translation>
    </message>
    <message>
        <source>30-day chart</source>
        <translation>30 天图表</translation>
    </message>
    <message>
        <source>Show the cost of each of the last 30 days</source>
        <translation>显示最近 30 天中每天的费用</translation>
    </message>
</context>
<context>
    <name>LocalUsage</name>
    <message>
        <source>Today {today} · 30 days {period} (API prices)</source>
        <translation>今天 {today} · 30 天 {period}（API 价格）</translation>
    </message>
    <message>
        <source>No Claude Code messages in the last 30 days</source>
        <translation>过去 30 天没有 Claude Code 消息</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>（无项目）</translation>
    </message>
    <message>
        <source>Top projects: {projects}</source>
        <translation>主要项目：{projects}</translation>
    </message>
    <message>
        <source>Not priced (no list price known): {models}</source>
        <translation>未定价（无已知标价）：{models}</translation>
    </message>
    <message>
        <source>{day}: {cost}</source>
        <translation>{day}：{cost}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Claude subscription usage of all your accounts, in the system tray.</source>
        <translation>在系统托盘中显示所有账户的 Claude 订阅用量。</translation>
    </message>
    <message>
        <source>run with three simulated accounts; nothing is read or written outside a temp folder</source>
        <translation>使用三个模拟账户运行；不会在临时文件夹之外读写任何内容</translation>
    </message>
    <message>
        <source>log debug messages too</source>
        <translation>同时记录调试消息</translation>
    </message>
    <message>
        <source>check that this installation works (no display or network needed) and exit</source>
        <translation>检查此安装能否正常工作（无需显示器或网络）并退出</translation>
    </message>
    <message>
        <source>claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it from your desktop session, or use the command line: claude-usage --help</source>
        <translation>claude-usage-tray：没有图形会话（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。
请在桌面会话中启动，或使用命令行：claude-usage --help</translation>
    </message>
    <message>
        <source>Claude Usage (demo)</source>
        <translation>Claude 用量（演示）</translation>
    </message>
    <message>
        <source>Claude Usage</source>
        <translation>Claude 用量</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{name}&apos;s session is at {percent}</source>
        <translation>{name} 的会话已达 {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit is at {percent}</source>
        <translation>{name} 的每周 {model} 限额已达 {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s organisation has spent {percent} of its limit</source>
        <translation>组织 {name} 已花费限额的 {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s week is at {percent}</source>
        <translation>{name} 的每周用量已达 {percent}</translation>
    </message>
    <message>
        <source>At 100 % the organisation&apos;s Claude Code use stops until then.</source>
        <translation>达到 100 % 后，组织的 Claude Code 使用将暂停至届时。</translation>
    </message>
    <message>
        <source>At 100 % Claude stops answering on this account until then.</source>
        <translation>达到 100% 后，在此之前 Claude 将不再在此账户上回答。</translation>
    </message>
    <message>
        <source>At 100 % {model} stops answering on this account until then.</source>
        <translation>达到 100 % 后，{model} 在此账户上将停止响应，直至届时。</translation>
    </message>
    <message>
        <source>It resets soon.</source>
        <translation>即将重置。</translation>
    </message>
    <message>
        <source>Resets in {duration} ({clock}).</source>
        <translation>{duration}后重置（{clock}）。</translation>
    </message>
    <message>
        <source>The limit starts over soon.</source>
        <translation>限额即将重新开始。</translation>
    </message>
    <message>
        <source>The limit starts over in {duration}.</source>
        <translation>限额将在 {duration} 后重新开始。</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-in expires in %n day(s)</source>
        <translation>{name} 的登录将在 %n 天后过期</translation>
    </message>
    <message>
        <source>Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code login: run `claude`) to keep tracking this account.</source>
        <translation>无论是否刷新，登录大约持续 28 天。请重新登录（Claude Code 登录请运行 `claude`）以继续跟踪此账户。</translation>
    </message>
    <message>
        <source>{name}&apos;s session limit has reset</source>
        <translation>{name} 的会话限额已重置</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit has reset</source>
        <translation>{name} 的每周 {model} 限额已重置</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly limit has reset</source>
        <translation>{name} 的每周限额已重置</translation>
    </message>
    <message>
        <source>You can use Claude on {name} again.</source>
        <translation>可以在 {name} 上再次使用 Claude。</translation>
    </message>
</context>
<context>
    <name>OrgDetailsDialog</name>
    <message>
        <source>{name} — Claude Code this month</source>
        <translation>{name}——本月的 Claude Code</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>OrgPeopleModel</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限额</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>占限额 %</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Lines +</source>
        <translation>行 +</translation>
    </message>
    <message>
        <source>Lines −</source>
        <translation>行 −</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
</context>
<context>
    <name>OrgSummaryBlock</name>
    <message>
        <source>CLAUDE CODE THIS MONTH</source>
        <translation>本月 CLAUDE CODE</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Everyone, sortable by spend and productivity</source>
        <translation>所有人，可按支出和产出排序</translation>
    </message>
    <message>
        <source>Top by spend</source>
        <translation>支出最高</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>of limit</source>
        <translation>（占限额）</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <source>Claude Usage</source>
        <translation>Claude 用量</translation>
    </message>
    <message>
        <source>Claude usage</source>
        <translation>Claude 用量</translation>
    </message>
    <message>
        <source>How old the figures shown are</source>
        <translation>所显示数据的时效</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Fetch usage now</source>
        <translation>立即获取用量</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch usage now (F5)</source>
        <translation>立即获取用量（F5）</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>关闭且不保存</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>Remove</name>
    <message>
        <source>Remove account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <source>Remove “{name}” from Claude Usage?</source>
        <translation>要从 Claude Usage 中移除“{name}”吗？</translation>
    </message>
    <message>
        <source>Its saved credentials are deleted from this app. Claude Code&apos;s own login, and the account itself, are not affected.</source>
        <translation>其保存的凭据将从本应用中删除。Claude Code 自身的登录以及账户本身不受影响。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename account</source>
        <translation>重命名账户</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>“{name}”的新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Number</source>
        <translation>数字(&amp;N)</translation>
    </message>
    <message>
        <source>Two &amp;bars</source>
        <translation>两个条形(&amp;B)</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>圆环(&amp;I)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Claude Code&apos;s refresh tokens are single-use. When this app refreshes a linked login it must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes at the same moment, or the write fails, Claude Code is signed out and you must run `claude` to sign in again. Leave this off unless you know you need it.</source>
        <translation>Claude Code 的刷新令牌只能使用一次。本应用刷新关联的登录时，必须把新令牌写回 Claude Code 保存它们的位置；如果 Claude Code 同时刷新，或写入失败，Claude Code 会被登出，你必须运行 `claude` 重新登录。除非确定需要，否则请保持关闭。</translation>
    </message>
    <message>
        <source>Claude Usage settings</source>
        <translation>Claude 用量设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>刷新间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;tart Claude Usage when I log in</source>
        <translation>登录时启动 Claude 用量(&amp;T)</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>不可用：{reason}。</translation>
    </message>
    <message>
        <source>O&amp;pen the popup with:</source>
        <translation>打开弹出窗口的快捷键(&amp;P)：</translation>
    </message>
    <message>
        <source>A key combination that works in every application.</source>
        <translation>在所有应用中都有效的组合键。</translation>
    </message>
    <message>
        <source>Global shortcut</source>
        <translation>全局快捷键</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>托盘图标：</translation>
    </message>
    <message>
        <source>&amp;Keep my own order of the accounts</source>
        <translation>保持我自己的账户顺序(&amp;K)</translation>
    </message>
    <message>
        <source>Otherwise accounts that need attention and the fullest come first. Drag an account, or press Alt+↑/↓ on it, to move it.</source>
        <translation>否则需要处理的账户和用量最高的账户排在前面。拖动账户，或在其上按 Alt+↑/↓ 即可移动。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Warn when usage crosses a threshold</source>
        <translation>用量超过阈值时提醒(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. 80, 95</source>
        <translation>例如：80, 95</translation>
    </message>
    <message>
        <source>&amp;Session thresholds (%):</source>
        <translation>会话阈值 (%)(&amp;S)：</translation>
    </message>
    <message>
        <source>W&amp;eekly thresholds (%):</source>
        <translation>每周阈值 (%)(&amp;E)：</translation>
    </message>
    <message>
        <source>Tell me when a limit I reached has reset</source>
        <translation>已达到的限额重置时通知我</translation>
    </message>
    <message>
        <source>Tell me when an account needs &amp;attention</source>
        <translation>账户需要处理时通知我(&amp;A)</translation>
    </message>
    <message>
        <source>Show in the popup</source>
        <translation>在弹出窗口中显示</translation>
    </message>
    <message>
        <source>Session (5-hour) usage</source>
        <translation>会话（5小时）用量</translation>
    </message>
    <message>
        <source>Weekly usage</source>
        <translation>每周用量</translation>
    </message>
    <message>
        <source>Per-model weekly usage</source>
        <translation>按模型的每周用量</translation>
    </message>
    <message>
        <source>Extra usage (credits)</source>
        <translation>额外用量（额度）</translation>
    </message>
    <message>
        <source>7-day chart</source>
        <translation>7 天图表</translation>
    </message>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>图标颜色：任何起限制作用的限额</translation>
    </message>
    <message>
        <source>The icon&apos;s colour follows the limit holding an account back (a weekly or a model&apos;s limit), not only the session; a corner mark shows it either way</source>
        <translation>图标颜色跟随限制账户的限额（每周或某个模型的限额），而不只是会话；两种情况下角标都会标示</translation>
    </message>
    <message>
        <source>A small chart of the last 7 days of session and weekly usage on each card</source>
        <translation>在每张卡片上显示最近 7 天会话和每周用量的小图表</translation>
    </message>
    <message>
        <source>Accounts linked to Claude Code&apos;s login</source>
        <translation>关联 Claude Code 登录的账户</translation>
    </message>
    <message>
        <source>Rea&amp;d-only: when the login expires, ask me to run `claude`</source>
        <translation>只读：登录过期时提示我运行 `claude`(&amp;D)</translation>
    </message>
    <message>
        <source>Refresh it myself and write the new login &amp;back</source>
        <translation>自行刷新并写回新的登录(&amp;B)</translation>
    </message>
    <message>
        <source>Local usage feed</source>
        <translation>本地用量源</translation>
    </message>
    <message>
        <source>Ser&amp;ve my usage to programs on this computer</source>
        <translation>向此电脑上的程序提供我的用量(&amp;V)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>（不可用）</translation>
    </message>
    <message>
        <source>GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` document to programs that send the token kept in {where} (readable only by you) as `Authorization: Bearer TOKEN`. Off by default.</source>
        <translation>GET http://127.0.0.1:PORT/v1/usage 会向以 `Authorization: Bearer TOKEN` 发送保存在 {where}（仅你可读）中的令牌的程序返回 `claude-usage usage --json` 文档。默认关闭。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>{window} thresholds: whole numbers from 1 to 100, separated by commas.</source>
        <translation>{window}阈值：1 到 100 的整数，用逗号分隔。</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <source>Wayland does not let applications listen for keys. Bind a shortcut to the command claude-usage-tray in your desktop&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Wayland 不允许应用监听按键。请在桌面的键盘设置中为命令 claude-usage-tray 绑定快捷键：再次启动它即可打开此弹出窗口。</translation>
    </message>
    <message>
        <source>Not available on this system yet. Bind a shortcut to claude-usage-tray in the system&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>此系统暂不支持。请在系统的键盘设置中为 claude-usage-tray 绑定快捷键：再次启动它即可打开此弹出窗口。</translation>
    </message>
    <message>
        <source>Not one key combination</source>
        <translation>不是单个组合键</translation>
    </message>
    <message>
        <source>Use at least one of Ctrl, Alt, Shift, Meta</source>
        <translation>请至少使用 Ctrl、Alt、Shift、Meta 之一</translation>
    </message>
    <message>
        <source>Unknown key: {key}</source>
        <translation>未知按键：{key}</translation>
    </message>
    <message>
        <source>{sequence} is already taken by another application</source>
        <translation>{sequence} 已被其他应用占用</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Show usage</source>
        <translation>显示用量</translation>
    </message>
    <message>
        <source>Open the popup at this account</source>
        <translation>在此账户处打开弹出窗口</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The shortcut {keys} does not work here: {problem}</source>
        <translation>快捷键 {keys} 在此无效：{problem}</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>{value} percent</source>
        <translation>百分之 {value}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for this account.</source>
        <translation>请输入此账户的名称。</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>已存在名为“{name}”的账户。</translation>
    </message>
    <message>
        <source>Paste the contents of Claude Code&apos;s .credentials.json.</source>
        <translation>请粘贴 Claude Code 的 .credentials.json 内容。</translation>
    </message>
    <message>
        <source>This is not valid JSON (line {line}, column {column}).</source>
        <translation>这不是有效的 JSON（第 {line} 行，第 {column} 列）。</translation>
    </message>
    <message>
        <source>Paste an Admin API key (it starts with sk-ant-admin).</source>
        <translation>请粘贴 Admin API 密钥（以 sk-ant-admin 开头）。</translation>
    </message>
    <message>
        <source>This key looks cut short.</source>
        <translation>此密钥似乎不完整。</translation>
    </message>
    <message>
        <source>Paste the code shown after signing in.</source>
        <translation>请粘贴登录后显示的代码。</translation>
    </message>
    <message>
        <source>The code has no spaces — paste it again.</source>
        <translation>代码不含空格——请重新粘贴。</translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>session peak {percent}</source>
        <translation>会话峰值 {percent}</translation>
    </message>
    <message>
        <source>week peak {percent}</source>
        <translation>周峰值 {percent}</translation>
    </message>
    <message>
        <source>retrying at the next refresh</source>
        <translation>将在下次刷新时重试</translation>
    </message>
    <message>
        <source>retrying in {duration} ({clock})</source>
        <translation>{duration}后重试（{clock}）</translation>
    </message>
    <message>
        <source>sign in again to keep tracking it</source>
        <translation>请重新登录以继续跟踪</translation>
    </message>
    <message>
        <source>sign in with Claude</source>
        <translation>请使用 Claude 登录</translation>
    </message>
    <message>
        <source>will retry at the next refresh</source>
        <translation>将在下次刷新时重试</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>: could not fetch usage</source>
        <translation>：无法获取用量</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>Stale — showing values from {clock}</source>
        <translation>已过时——显示 {clock} 的数值</translation>
    </message>
    <message>
        <source>far ahead of pace</source>
        <translation>远超进度</translation>
    </message>
    <message>
        <source>ahead of pace ({ratio}×)</source>
        <translation>超出进度（{ratio}×）</translation>
    </message>
    <message>
        <source>under pace ({ratio}×)</source>
        <translation>低于进度（{ratio}×）</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>符合进度</translation>
    </message>
    <message>
        <source>runs out at {clock} (in {duration})</source>
        <translation>{clock} 用完（{duration}后）</translation>
    </message>
    <message>
        <source>used this month · no monthly cap</source>
        <translation>本月已用 · 无月度上限</translation>
    </message>
    <message>
        <source>used this month</source>
        <translation>本月已用</translation>
    </message>
    <message>
        <source>Extra usage</source>
        <translation>额外用量</translation>
    </message>
    <message>
        <source>Session (5 h)</source>
        <translation>会话（5小时）</translation>
    </message>
    <message>
        <source>Week (all models)</source>
        <translation>每周（所有模型）</translation>
    </message>
    <message>
        <source>Week · {model}</source>
        <translation>每周 · {model}</translation>
    </message>
    <message>
        <source>The session resets at {clock}</source>
        <translation>会话将于 {clock} 重置</translation>
    </message>
    <message>
        <source>The week resets at {clock}</source>
        <translation>每周额度将于 {clock} 重置</translation>
    </message>
    <message>
        <source>{window} limit reached — back {clock}</source>
        <translation>{window}：已达限额——{clock} 恢复</translation>
    </message>
    <message>
        <source>{window} runs out {clock} — {early} before reset</source>
        <translation>{window} 将于 {clock} 用完——比重置早 {early}</translation>
    </message>
    <message>
        <source>{window} nearly used up — resets in {left}</source>
        <translation>{window} 即将用完——{left}后重置</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Waiting for the first update…</source>
        <translation>正在等待首次更新…</translation>
    </message>
    <message>
        <source>No usage reported yet</source>
        <translation>尚未报告用量</translation>
    </message>
    <message>
        <source>{tokens} tok · ≈ {money}</source>
        <translation>{tokens} 令牌 · ≈ {money}</translation>
    </message>
    <message>
        <source>{name} (key)</source>
        <translation>{name}（密钥）</translation>
    </message>
    <message>
        <source>{name} (user)</source>
        <translation>{name}（用户）</translation>
    </message>
    <message>
        <source>≈ {money} (estimated)</source>
        <translation>≈ {money}（预估）</translation>
    </message>
    <message>
        <source>{input} in · {output} out</source>
        <translation>输入 {input} · 输出 {output}</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <source>{tokens} of the input</source>
        <translation>输入中的 {tokens}</translation>
    </message>
    <message>
        <source>No price for</source>
        <translation>无价格：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>model and key costs are estimates at list prices; Spend is the bill</source>
        <translation>按模型和密钥的费用为按标价的估算；支出为账单金额</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>主要模型</translation>
    </message>
    <message>
        <source>Top keys and users</source>
        <translation>主要密钥和用户</translation>
    </message>
    <message>
        <source>{money} spent {period}</source>
        <translation>{period}支出 {money}</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin API</translation>
    </message>
    <message>
        <source>month to date</source>
        <translation>本月至今</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>自 {date} 起</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}：{state}</translation>
    </message>
    <message>
        <source>{money} this month</source>
        <translation>本月 {money}</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>会话 {value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>每周 {value}</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>无限额</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation>（已过时）</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>Claude Code&apos;s login expired</source>
        <translation>Claude Code 的登录已过期</translation>
    </message>
    <message>
        <source>can&apos;t read usage</source>
        <translation>无法读取用量</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>凭据被拒绝</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>请求受限</translation>
    </message>
    <message>
        <source>blocked by Cloudflare</source>
        <translation>被 Cloudflare 拦截</translation>
    </message>
    <message>
        <source>could not fetch usage</source>
        <translation>无法获取用量</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name}——{state}</translation>
    </message>
    <message>
        <source>{title} — no accounts yet</source>
        <translation>{title}——暂无账户</translation>
    </message>
    <message>
        <source>{title} — worst session {percent}</source>
        <translation>{title}——最高会话 {percent}</translation>
    </message>
    <message>
        <source>Import {accounts} from {source}</source>
        <translation>从 {source} 导入 {accounts}</translation>
    </message>
    <message>
        <source>Nothing new to import from {source}: its accounts are already here.</source>
        <translation>{source} 中没有可导入的新内容：其账户已在这里。</translation>
    </message>
    <message>
        <source>Imported {accounts} from {source}: {names}.</source>
        <translation>已从 {source} 导入 {accounts}：{names}。</translation>
    </message>
    <message>
        <source>Can&apos;t reach Anthropic since {clock}</source>
        <translation>自 {clock} 起无法连接 Anthropic</translation>
    </message>
    <message>
        <source>retrying {clock}</source>
        <translation>{clock} 重试</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <source>Data from {clock} ({age})</source>
        <translation>{clock} 的数据（{age}）</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>{age}更新</translation>
    </message>
</context>
<context>
    <name>WslLoginChooser</name>
    <message>
        <source>Claude Code login to link</source>
        <translation>要关联的 Claude Code 登录</translation>
    </message>
    <message>
        <source>Claude Code on this computer</source>
        <translation>本机上的 Claude Code</translation>
    </message>
    <message>
        <source>{distro} (WSL) — {user}</source>
        <translation>{distro}（WSL）——{user}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录：</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sign in again to {name} ({email})</source>
        <translation>重新登录 {name}（{email}）</translation>
    </message>
    <message>
        <source>Sign in again to {name}</source>
        <translation>重新登录 {name}</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. Sign in as {who} and approve; you come back here automatically, and {name} is tracked again.</source>
        <translation>浏览器将打开 Claude 的登录页面。以 {who} 身份登录并批准后会自动返回这里，并重新跟踪 {name}。</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>此账户</translation>
    </message>
</context>
</TS>
