<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <source>Sign in again…</source>
        <translation>もう一度サインイン…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>{name} の操作</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>もう一度サインイン</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Use Claude Code&apos;s &amp;login</source>
        <translation>Claude Code のログインを使う(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sign in with Claude (browser)</source>
        <translation>Claude でサインイン（ブラウザー）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paste credentials from another computer</source>
        <translation>別のコンピューターの認証情報を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;dmin API key (organisation)</source>
        <translation>Admin API キー（組織）(&amp;D)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>確認して追加</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>{email} としてサインインしました。</translation>
    </message>
    <message>
        <source>Its access token has expired, so it was not checked with Anthropic (that would mean refreshing it).</source>
        <translation>アクセストークンの期限が切れているため、Anthropic では確認していません（確認には更新が必要です）。</translation>
    </message>
    <message>
        <source>This is Claude Code&apos;s own login on this computer. Refresh tokens are single use: a copy saved here would sign Claude Code out the first time this app refreshes it.</source>
        <translation>これはこのコンピューターの Claude Code 自身のログインです。リフレッシュトークンは 1 回限り有効なため、ここに保存したコピーをこのアプリが初めて更新した時点で Claude Code はサインアウトされます。</translation>
    </message>
    <message>
        <source>Link it read-only instead: the app then only reads Claude Code&apos;s login, and Claude Code stays signed in.</source>
        <translation>代わりに読み取り専用でリンクしてください。アプリは Claude Code のログインを読むだけになり、Claude Code はサインインしたままです。</translation>
    </message>
    <message>
        <source>If this login came from Claude Code on another computer, that Claude Code will be signed out the first time this app refreshes it (refresh tokens are single use). Signing in with Claude gives this app a login of its own instead.</source>
        <translation>このログインが別のコンピューターの Claude Code のものなら、このアプリが初めて更新した時点でその Claude Code はサインアウトされます（リフレッシュトークンは 1 回限り）。Claude でサインインすれば、このアプリ専用のログインになります。</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>例: 仕事、個人</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Link read-only instead</source>
        <translation>代わりに読み取り専用でリンク(&amp;L)</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>claude-usage-core (the TypeScript library) saved {accounts} on this computer. Import them here? Its file is only read, never changed.</source>
        <translation>claude-usage-core（TypeScript ライブラリ）がこのコンピューターに {accounts} を保存しています。ここにインポートしますか？ファイルは読み取るだけで変更しません。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Don&apos;t offer these accounts again</source>
        <translation>これらのアカウントを再度提案しない</translation>
    </message>
    <message>
        <source>{method} — none found on this computer</source>
        <translation>{method} — このコンピューターには見つかりません</translation>
    </message>
    <message>
        <source>Tracks {email}, the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>このコンピューターで Claude Code がサインインしているアカウント {email} を追跡します。アプリはそのログインを読むだけです。期限が切れたら `claude` を実行して更新してください。</translation>
    </message>
    <message>
        <source>Tracks the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>このコンピューターで Claude Code がサインインしているアカウントを追跡します。アプリはそのログインを読むだけです。期限が切れたら `claude` を実行して更新してください。</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. After you approve, you come back here automatically. This account&apos;s login belongs to this app, separate from Claude Code&apos;s.</source>
        <translation>ブラウザーで Claude のサインインページが開きます。承認すると自動的にここへ戻ります。このアカウントのログインは Claude Code とは別の、このアプリ専用のものです。</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>サインインリンク</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>リンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>ブラウザーをもう一度開く(&amp;O)</translation>
    </message>
    <message>
        <source>If the page shows a code instead, paste it here:</source>
        <translation>ページにコードが表示された場合は、ここに貼り付けてください:</translation>
    </message>
    <message>
        <source>the code the page shows</source>
        <translation>ページに表示されたコード</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>サインインコード</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>コードを使う(&amp;U)</translation>
    </message>
    <message>
        <source>For a login copied from another computer (the contents of its Claude Code .credentials.json). Careful: refresh tokens are single use, so the first time this app refreshes the login, Claude Code there is signed out. To track Claude Code&apos;s login on this computer, use its login (read-only) instead; to give this app its own login, sign in with Claude.</source>
        <translation>別のコンピューターからコピーしたログイン用です（その Claude Code の .credentials.json の内容）。注意: リフレッシュトークンは 1 回限り有効なため、このアプリが初めてログインを更新した時点で、そちらの Claude Code はサインアウトされます。このコンピューターの Claude Code のログインを追跡するにはそのログイン（読み取り専用）を使い、このアプリ専用のログインにするには Claude でサインインしてください。</translation>
    </message>
    <message>
        <source>Credentials JSON</source>
        <translation>認証情報 JSON</translation>
    </message>
    <message>
        <source>An Admin API key shows the organisation&apos;s month-to-date tokens and spend. It is checked with one request, then stored encrypted.</source>
        <translation>Admin API キーでは、組織の今月のトークン数と支出を表示します。1 回のリクエストで確認してから暗号化して保存します。</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Admin API キー</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>ブラウザーでのサインインを待っています…</translation>
    </message>
    <message>
        <source>Save a copy anyway</source>
        <translation>それでもコピーを保存</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>それでも追加</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. If the browser did not open, open it again or copy this link into it:</source>
        <translation>サインインを待っています。ブラウザーが開かなかった場合は、もう一度開くか、このリンクをコピーしてください:</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>エラー: </translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Bars: session peak per hour; line: weekly usage</source>
        <translation>棒: 1 時間ごとのセッションのピーク、線: 週間の使用量</translation>
    </message>
</context>
<context>
    <name>ColumnHeads</name>
    <message>
        <source>Resets</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週間</translation>
    </message>
</context>
<context>
    <name>DailyBars</name>
    <message>
        <source>Cost per day, last {count} days; highest {cost} on {day}</source>
        <translation>1 日ごとの費用、直近 {count} 日間。最高は {day} の {cost}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first account</source>
        <translation>最初のアカウントを追加</translation>
    </message>
    <message>
        <source>Claude Usage shows how much of your Claude limits you have used. Choose how to connect an account:</source>
        <translation>Claude 使用量は、Claude の上限をどれだけ使ったかを表示します。アカウントの接続方法を選んでください:</translation>
    </message>
    <message>
        <source>&amp;Use Claude Code&apos;s login</source>
        <translation>Claude Code のログインを使う(&amp;U)</translation>
    </message>
    <message>
        <source>Track the account Claude Code is signed in to (read-only)</source>
        <translation>Claude Code がサインインしているアカウントを追跡します（読み取り専用）</translation>
    </message>
    <message>
        <source>Sign &amp;in with Claude…</source>
        <translation>Claude でサインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Add an Ad&amp;min API key…</source>
        <translation>Admin API キーを追加(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Paste credentials (advanced)…</source>
        <translation>認証情報を貼り付け（上級者向け）(&amp;P)…</translation>
    </message>
    <message>
        <source>For a login from another computer. Not Claude Code&apos;s login on this one: use the first choice for that</source>
        <translation>別のコンピューターのログイン用です。このコンピューターの Claude Code のログインには最初の選択肢を使ってください</translation>
    </message>
    <message>
        <source>Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); that file is only read</source>
        <translation>claude-usage-core が保存したアカウント（~/.claude-usage/accounts.enc）をコピーします。このファイルは読み取るだけです</translation>
    </message>
    <message>
        <source>Dismiss: don&apos;t offer these accounts again</source>
        <translation>閉じる: これらのアカウントを再度提案しない</translation>
    </message>
    <message>
        <source>Dismiss the import offer</source>
        <translation>インポートの提案を閉じる</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Could not import: {error}</source>
        <translation>インポートできませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {error}</source>
        <translation>「{name}」の名前を変更できませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”: {error}</source>
        <translation>「{name}」を削除できませんでした: {error}</translation>
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
        <translation>1分未満</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}日{hours}時間</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}日</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours}時間{minutes}分</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}時間</translation>
    </message>
    <message>
        <source>{minutes} m</source>
        <translation>{minutes}分</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>まもなくリセット</translation>
    </message>
    <message>
        <source>resets in {duration} ({clock})</source>
        <translation>{duration}後にリセット（{clock}）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
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
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新しい言語は次回の起動から使われます。</translation>
    </message>
</context>
<context>
    <name>LimitView</name>
    <message>
        <source>Holding you back: {limit}</source>
        <translation>制限中: {limit}</translation>
    </message>
    <message>
        <source>A sign-in lasts about 28 days, refreshes or not: sign in again before then to avoid a sudden logout (for a Claude Code login, run `claude`)</source>
        <translation>サインインは更新の有無にかかわらず約 28 日で期限切れになります。突然のログアウトを避けるため、その前にもう一度サインインしてください (Claude Code のログインなら `claude` を実行)</translation>
    </message>
    <message>
        <source>— estimated from when you signed in</source>
        <translation>— サインインした時刻からの推定</translation>
    </message>
    <message>
        <source>(not a login problem)</source>
        <translation>(ログインの問題ではありません)</translation>
    </message>
    <message>
        <source>%n session(s)</source>
        <translation>%n セッション</translation>
    </message>
    <message>
        <source>+{added} / −{removed} lines</source>
        <translation>+{added} / −{removed} 行</translation>
    </message>
    <message>
        <source>%n commit(s)</source>
        <translation>%n コミット</translation>
    </message>
    <message>
        <source>%n PR(s)</source>
        <translation>%n PR</translation>
    </message>
    <message>
        <source>{share} of edits accepted</source>
        <translation>編集の {share} を承認</translation>
    </message>
    <message>
        <source>Spend limits: not available for this organisation</source>
        <translation>支出上限: この組織では利用できません</translation>
    </message>
    <message>
        <source>Spend limit: {spent} of {cap} ({share})</source>
        <translation>支出上限: {cap} 中 {spent} ({share})</translation>
    </message>
    <message>
        <source>%n member(s) above 80 % of their limit</source>
        <translation>上限の 80 % を超えたメンバー: %n 人</translation>
    </message>
    <message>
        <source>holding you back</source>
        <translation>制限中</translation>
    </message>
    <message>
        <source>Binding — {line}</source>
        <translation>制限中 — {line}</translation>
    </message>
</context>
<context>
    <name>LocalFeed</name>
    <message>
        <source>The local usage feed is not available here.</source>
        <translation>ローカル使用量フィードはここでは利用できません。</translation>
    </message>
    <message>
        <source>Could not start the local usage feed on port {port}: {reason}</source>
        <translation>ポート {port} でローカル使用量フィードを開始できませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Claude Code on this computer</source>
        <translation>このコンピューターの Claude Code</translation>
    </message>
    <message>
        <source>30-day chart</source>
        <translation>30 日間のグラフ</translation>
    </message>
    <message>
        <source>Show the cost of each of the last 30 days</source>
        <translation>直近 30 日間の各日の費用を表示します</translation>
    </message>
</context>
<context>
    <name>LocalUsage</name>
    <message>
        <source>Today {today} · 30 days {period} (API prices)</source>
        <translation>今日 {today} · 30 日間 {period}（API 価格）</translation>
    </message>
    <message>
        <source>No Claude Code messages in the last 30 days</source>
        <translation>過去 30 日間に Claude Code のメッセージはありません</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>（プロジェクトなし）</translation>
    </message>
    <message>
        <source>Top projects: {projects}</source>
        <translation>上位のプロジェクト: {projects}</translation>
    </message>
    <message>
        <source>Not priced (no list price known): {models}</source>
        <translation>価格なし（定価が不明）: {models}</translation>
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
        <translation>すべてのアカウントの Claude サブスクリプション使用量をシステムトレイに表示します。</translation>
    </message>
    <message>
        <source>run with three simulated accounts; nothing is read or written outside a temp folder</source>
        <translation>3つの模擬アカウントで実行します（一時フォルダー以外には読み書きしません）</translation>
    </message>
    <message>
        <source>log debug messages too</source>
        <translation>デバッグメッセージも記録します</translation>
    </message>
    <message>
        <source>check that this installation works (no display or network needed) and exit</source>
        <translation>このインストールが動作するか確認して終了します（ディスプレイやネットワークは不要）</translation>
    </message>
    <message>
        <source>claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it from your desktop session, or use the command line: claude-usage --help</source>
        <translation>claude-usage-tray: グラフィカルセッションがありません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。
デスクトップセッションから起動するか、コマンドラインを使ってください: claude-usage --help</translation>
    </message>
    <message>
        <source>Claude Usage (demo)</source>
        <translation>Claude 使用量（デモ）</translation>
    </message>
    <message>
        <source>Claude Usage</source>
        <translation>Claude 使用量</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{name}&apos;s session is at {percent}</source>
        <translation>{name} のセッションが {percent} に達しました</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit is at {percent}</source>
        <translation>{name} の週間 {model} 上限が {percent} に</translation>
    </message>
    <message>
        <source>{name}&apos;s organisation has spent {percent} of its limit</source>
        <translation>組織 {name} の支出が上限の {percent} に</translation>
    </message>
    <message>
        <source>{name}&apos;s week is at {percent}</source>
        <translation>{name} の週間使用量が {percent} に達しました</translation>
    </message>
    <message>
        <source>At 100 % the organisation&apos;s Claude Code use stops until then.</source>
        <translation>100 % に達すると、それまで組織の Claude Code の利用は止まります。</translation>
    </message>
    <message>
        <source>At 100 % Claude stops answering on this account until then.</source>
        <translation>100% に達すると、それまでこのアカウントでは Claude が応答しなくなります。</translation>
    </message>
    <message>
        <source>At 100 % {model} stops answering on this account until then.</source>
        <translation>100 % に達すると、それまでこのアカウントでは {model} が応答しなくなります。</translation>
    </message>
    <message>
        <source>It resets soon.</source>
        <translation>まもなくリセットされます。</translation>
    </message>
    <message>
        <source>Resets in {duration} ({clock}).</source>
        <translation>{duration}後にリセット（{clock}）。</translation>
    </message>
    <message>
        <source>The limit starts over soon.</source>
        <translation>上限はまもなくリセットされます。</translation>
    </message>
    <message>
        <source>The limit starts over in {duration}.</source>
        <translation>上限は {duration} 後にリセットされます。</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-in expires in %n day(s)</source>
        <translation>{name} のサインインはあと %n 日で期限切れ</translation>
    </message>
    <message>
        <source>Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code login: run `claude`) to keep tracking this account.</source>
        <translation>サインインは更新の有無にかかわらず約 28 日で期限切れになります。このアカウントの追跡を続けるには、もう一度サインインしてください (Claude Code のログインなら `claude` を実行)。</translation>
    </message>
    <message>
        <source>{name}&apos;s session limit has reset</source>
        <translation>{name} のセッション上限がリセットされました</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit has reset</source>
        <translation>{name} の週間 {model} 上限がリセットされました</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly limit has reset</source>
        <translation>{name} の週間上限がリセットされました</translation>
    </message>
    <message>
        <source>You can use Claude on {name} again.</source>
        <translation>{name} で再び Claude を使えます。</translation>
    </message>
</context>
<context>
    <name>OrgDetailsDialog</name>
    <message>
        <source>{name} — Claude Code this month</source>
        <translation>{name} — 今月の Claude Code</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>名前で絞り込み</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
</context>
<context>
    <name>OrgPeopleModel</name>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>上限の %</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
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
        <translation>コミット</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>承認</translation>
    </message>
</context>
<context>
    <name>OrgSummaryBlock</name>
    <message>
        <source>CLAUDE CODE THIS MONTH</source>
        <translation>今月の CLAUDE CODE</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Everyone, sortable by spend and productivity</source>
        <translation>全員（支出と生産性で並べ替え可能）</translation>
    </message>
    <message>
        <source>Top by spend</source>
        <translation>支出上位</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>of limit</source>
        <translation>（上限比）</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <source>Claude Usage</source>
        <translation>Claude 使用量</translation>
    </message>
    <message>
        <source>Claude usage</source>
        <translation>Claude 使用量</translation>
    </message>
    <message>
        <source>How old the figures shown are</source>
        <translation>表示中の数値の古さ</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Fetch usage now</source>
        <translation>今すぐ使用量を取得</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch usage now (F5)</source>
        <translation>今すぐ使用量を取得 (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
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
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>保存せずに閉じる</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべてを選択</translation>
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
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>デフォルトに戻す</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>変更を破棄</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>リンクの場所をコピー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
</context>
<context>
    <name>Remove</name>
    <message>
        <source>Remove account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Remove “{name}” from Claude Usage?</source>
        <translation>「{name}」を Claude Usage から削除しますか?</translation>
    </message>
    <message>
        <source>Its saved credentials are deleted from this app. Claude Code&apos;s own login, and the account itself, are not affected.</source>
        <translation>保存された認証情報はこのアプリから削除されます。Claude Code 自体のログインとアカウントそのものには影響しません。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename account</source>
        <translation>アカウント名を変更</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>「{name}」の新しい名前(&amp;N):</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新しい名前</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Number</source>
        <translation>数値(&amp;N)</translation>
    </message>
    <message>
        <source>Two &amp;bars</source>
        <translation>2 本のバー(&amp;B)</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>リング(&amp;I)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Claude Code&apos;s refresh tokens are single-use. When this app refreshes a linked login it must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes at the same moment, or the write fails, Claude Code is signed out and you must run `claude` to sign in again. Leave this off unless you know you need it.</source>
        <translation>Claude Code のリフレッシュトークンは 1 回限り有効です。このアプリがリンクしたログインを更新する際は、新しいトークンを Claude Code の保存場所に書き戻す必要があります。同時に Claude Code が更新した場合や書き込みに失敗した場合、Claude Code はサインアウトされ、`claude` を実行して再度サインインする必要があります。必要だと分かっている場合以外はオフのままにしてください。</translation>
    </message>
    <message>
        <source>Claude Usage settings</source>
        <translation>Claude 使用量の設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>更新間隔(&amp;R):</translation>
    </message>
    <message>
        <source>S&amp;tart Claude Usage when I log in</source>
        <translation>ログイン時に Claude 使用量を起動(&amp;T)</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>利用できません: {reason}。</translation>
    </message>
    <message>
        <source>O&amp;pen the popup with:</source>
        <translation>ポップアップを開くキー(&amp;P):</translation>
    </message>
    <message>
        <source>A key combination that works in every application.</source>
        <translation>どのアプリでも使えるキーの組み合わせです。</translation>
    </message>
    <message>
        <source>Global shortcut</source>
        <translation>グローバルショートカット</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>トレイアイコン:</translation>
    </message>
    <message>
        <source>&amp;Keep my own order of the accounts</source>
        <translation>アカウントを自分の順序のままにする(&amp;K)</translation>
    </message>
    <message>
        <source>Otherwise accounts that need attention and the fullest come first. Drag an account, or press Alt+↑/↓ on it, to move it.</source>
        <translation>オフの場合は、確認が必要なアカウントと使用量の多いアカウントが先頭になります。アカウントをドラッグするか Alt+↑/↓ で移動できます。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Warn when usage crosses a threshold</source>
        <translation>使用量がしきい値を超えたら警告(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. 80, 95</source>
        <translation>例: 80, 95</translation>
    </message>
    <message>
        <source>&amp;Session thresholds (%):</source>
        <translation>セッションのしきい値 (%)(&amp;S):</translation>
    </message>
    <message>
        <source>W&amp;eekly thresholds (%):</source>
        <translation>週間のしきい値 (%)(&amp;E):</translation>
    </message>
    <message>
        <source>Tell me when a limit I reached has reset</source>
        <translation>到達した上限がリセットされたら知らせる</translation>
    </message>
    <message>
        <source>Tell me when an account needs &amp;attention</source>
        <translation>アカウントの確認が必要なときに知らせる(&amp;A)</translation>
    </message>
    <message>
        <source>Show in the popup</source>
        <translation>ポップアップに表示</translation>
    </message>
    <message>
        <source>Session (5-hour) usage</source>
        <translation>セッション（5時間）の使用量</translation>
    </message>
    <message>
        <source>Weekly usage</source>
        <translation>週間使用量</translation>
    </message>
    <message>
        <source>Per-model weekly usage</source>
        <translation>モデル別の週間使用量</translation>
    </message>
    <message>
        <source>Extra usage (credits)</source>
        <translation>追加使用量（クレジット）</translation>
    </message>
    <message>
        <source>7-day chart</source>
        <translation>7 日間のグラフ</translation>
    </message>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>アイコンの色: 制約となる上限すべて</translation>
    </message>
    <message>
        <source>The icon&apos;s colour follows the limit holding an account back (a weekly or a model&apos;s limit), not only the session; a corner mark shows it either way</source>
        <translation>アイコンの色はセッションだけでなく、アカウントを制約している上限（週間やモデルの上限）に従います。どちらの場合も隅の印で示します</translation>
    </message>
    <message>
        <source>A small chart of the last 7 days of session and weekly usage on each card</source>
        <translation>各カードに直近 7 日間のセッションと週間の使用量の小さなグラフ</translation>
    </message>
    <message>
        <source>Accounts linked to Claude Code&apos;s login</source>
        <translation>Claude Code のログインにリンクしたアカウント</translation>
    </message>
    <message>
        <source>Rea&amp;d-only: when the login expires, ask me to run `claude`</source>
        <translation>読み取り専用: ログインの期限が切れたら `claude` の実行を求める(&amp;D)</translation>
    </message>
    <message>
        <source>Refresh it myself and write the new login &amp;back</source>
        <translation>自分で更新して新しいログインを書き戻す(&amp;B)</translation>
    </message>
    <message>
        <source>Local usage feed</source>
        <translation>ローカル使用量フィード</translation>
    </message>
    <message>
        <source>Ser&amp;ve my usage to programs on this computer</source>
        <translation>このコンピューターのプログラムに使用量を提供(&amp;V)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>（利用できません）</translation>
    </message>
    <message>
        <source>GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` document to programs that send the token kept in {where} (readable only by you) as `Authorization: Bearer TOKEN`. Off by default.</source>
        <translation>GET http://127.0.0.1:PORT/v1/usage は、{where}（あなただけが読める）に保存されたトークンを `Authorization: Bearer TOKEN` として送るプログラムに `claude-usage usage --json` のドキュメントを返します。既定ではオフです。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>週間</translation>
    </message>
    <message>
        <source>{window} thresholds: whole numbers from 1 to 100, separated by commas.</source>
        <translation>{window}のしきい値: 1〜100 の整数をカンマ区切りで入力してください。</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <source>Wayland does not let applications listen for keys. Bind a shortcut to the command claude-usage-tray in your desktop&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Wayland ではアプリがキー入力を監視できません。代わりにデスクトップのキーボード設定でコマンド claude-usage-tray にショートカットを割り当ててください。もう一度起動するとこのポップアップが開きます。</translation>
    </message>
    <message>
        <source>Not available on this system yet. Bind a shortcut to claude-usage-tray in the system&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>このシステムではまだ使えません。代わりにシステムのキーボード設定で claude-usage-tray にショートカットを割り当ててください。もう一度起動するとこのポップアップが開きます。</translation>
    </message>
    <message>
        <source>Not one key combination</source>
        <translation>1 つのキーの組み合わせではありません</translation>
    </message>
    <message>
        <source>Use at least one of Ctrl, Alt, Shift, Meta</source>
        <translation>Ctrl・Alt・Shift・Meta のいずれかを使ってください</translation>
    </message>
    <message>
        <source>Unknown key: {key}</source>
        <translation>不明なキー: {key}</translation>
    </message>
    <message>
        <source>{sequence} is already taken by another application</source>
        <translation>{sequence} は既に別のアプリで使われています</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Show usage</source>
        <translation>使用量を表示</translation>
    </message>
    <message>
        <source>Open the popup at this account</source>
        <translation>このアカウントでポップアップを開く</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>アカウントを追加…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>The shortcut {keys} does not work here: {problem}</source>
        <translation>ショートカット {keys} はここでは使えません: {problem}</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>{value} percent</source>
        <translation>{value} パーセント</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for this account.</source>
        <translation>このアカウントの名前を入力してください。</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>「{name}」という名前のアカウントは既にあります。</translation>
    </message>
    <message>
        <source>Paste the contents of Claude Code&apos;s .credentials.json.</source>
        <translation>Claude Code の .credentials.json の内容を貼り付けてください。</translation>
    </message>
    <message>
        <source>This is not valid JSON (line {line}, column {column}).</source>
        <translation>有効な JSON ではありません（{line} 行 {column} 列）。</translation>
    </message>
    <message>
        <source>Paste an Admin API key (it starts with sk-ant-admin).</source>
        <translation>Admin API キーを貼り付けてください（sk-ant-admin で始まります）。</translation>
    </message>
    <message>
        <source>This key looks cut short.</source>
        <translation>このキーは途中で切れているようです。</translation>
    </message>
    <message>
        <source>Paste the code shown after signing in.</source>
        <translation>サインイン後に表示されたコードを貼り付けてください。</translation>
    </message>
    <message>
        <source>The code has no spaces — paste it again.</source>
        <translation>コードに空白は含まれません。もう一度貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>now</source>
        <translation>今</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>session peak {percent}</source>
        <translation>セッションのピーク {percent}</translation>
    </message>
    <message>
        <source>week peak {percent}</source>
        <translation>週のピーク {percent}</translation>
    </message>
    <message>
        <source>retrying at the next refresh</source>
        <translation>次回の更新時に再試行</translation>
    </message>
    <message>
        <source>retrying in {duration} ({clock})</source>
        <translation>{duration}後に再試行（{clock}）</translation>
    </message>
    <message>
        <source>sign in again to keep tracking it</source>
        <translation>追跡を続けるにはもう一度サインインしてください</translation>
    </message>
    <message>
        <source>sign in with Claude</source>
        <translation>Claude でサインインしてください</translation>
    </message>
    <message>
        <source>will retry at the next refresh</source>
        <translation>次回の更新時に再試行します</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>: could not fetch usage</source>
        <translation>: 使用量を取得できませんでした</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>エラー: {message}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>古いデータ</translation>
    </message>
    <message>
        <source>Stale — showing values from {clock}</source>
        <translation>古いデータ — {clock} 時点の値</translation>
    </message>
    <message>
        <source>far ahead of pace</source>
        <translation>ペースを大きく超過</translation>
    </message>
    <message>
        <source>ahead of pace ({ratio}×)</source>
        <translation>ペース超過（{ratio}×）</translation>
    </message>
    <message>
        <source>under pace ({ratio}×)</source>
        <translation>ペース以下（{ratio}×）</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>ペース通り</translation>
    </message>
    <message>
        <source>runs out at {clock} (in {duration})</source>
        <translation>{clock} に上限到達（{duration}後）</translation>
    </message>
    <message>
        <source>used this month · no monthly cap</source>
        <translation>今月の使用額 · 月間上限なし</translation>
    </message>
    <message>
        <source>used this month</source>
        <translation>今月の使用額</translation>
    </message>
    <message>
        <source>Extra usage</source>
        <translation>追加使用量</translation>
    </message>
    <message>
        <source>Session (5 h)</source>
        <translation>セッション（5時間）</translation>
    </message>
    <message>
        <source>Week (all models)</source>
        <translation>週間（全モデル）</translation>
    </message>
    <message>
        <source>Week · {model}</source>
        <translation>週間 · {model}</translation>
    </message>
    <message>
        <source>The session resets at {clock}</source>
        <translation>セッションは {clock} にリセットされます</translation>
    </message>
    <message>
        <source>The week resets at {clock}</source>
        <translation>週間枠は {clock} にリセットされます</translation>
    </message>
    <message>
        <source>{window} limit reached — back {clock}</source>
        <translation>{window}: 上限に到達 — {clock} に復帰</translation>
    </message>
    <message>
        <source>{window} runs out {clock} — {early} before reset</source>
        <translation>{window} は {clock} に上限到達 — リセットの {early} 前</translation>
    </message>
    <message>
        <source>{window} nearly used up — resets in {left}</source>
        <translation>{window} はほぼ上限 — {left}後にリセット</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週間</translation>
    </message>
    <message>
        <source>Waiting for the first update…</source>
        <translation>最初の更新を待っています…</translation>
    </message>
    <message>
        <source>No usage reported yet</source>
        <translation>まだ使用量が報告されていません</translation>
    </message>
    <message>
        <source>{tokens} tok · ≈ {money}</source>
        <translation>{tokens} トークン · ≈ {money}</translation>
    </message>
    <message>
        <source>{name} (key)</source>
        <translation>{name}（キー）</translation>
    </message>
    <message>
        <source>{name} (user)</source>
        <translation>{name}（ユーザー）</translation>
    </message>
    <message>
        <source>≈ {money} (estimated)</source>
        <translation>≈ {money}（推定）</translation>
    </message>
    <message>
        <source>{input} in · {output} out</source>
        <translation>入力 {input} · 出力 {output}</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>キャッシュから</translation>
    </message>
    <message>
        <source>{tokens} of the input</source>
        <translation>入力のうち {tokens}</translation>
    </message>
    <message>
        <source>No price for</source>
        <translation>価格不明:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注</translation>
    </message>
    <message>
        <source>model and key costs are estimates at list prices; Spend is the bill</source>
        <translation>モデル別・キー別の費用は定価による推定です。支出は請求額です</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>上位モデル</translation>
    </message>
    <message>
        <source>Top keys and users</source>
        <translation>上位のキーとユーザー</translation>
    </message>
    <message>
        <source>{money} spent {period}</source>
        <translation>{period}の支出 {money}</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin API</translation>
    </message>
    <message>
        <source>month to date</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>{date} 以降</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{money} this month</source>
        <translation>今月 {money}</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>セッション {value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>週間 {value}</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation>（古いデータ）</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>サインインが必要</translation>
    </message>
    <message>
        <source>Claude Code&apos;s login expired</source>
        <translation>Claude Code のログインが期限切れ</translation>
    </message>
    <message>
        <source>can&apos;t read usage</source>
        <translation>使用量を読めません</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>認証情報が拒否されました</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>リクエスト制限中</translation>
    </message>
    <message>
        <source>blocked by Cloudflare</source>
        <translation>Cloudflare によりブロック</translation>
    </message>
    <message>
        <source>could not fetch usage</source>
        <translation>使用量を取得できませんでした</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <source>{title} — no accounts yet</source>
        <translation>{title} — アカウントなし</translation>
    </message>
    <message>
        <source>{title} — worst session {percent}</source>
        <translation>{title} — 最大セッション {percent}</translation>
    </message>
    <message>
        <source>Import {accounts} from {source}</source>
        <translation>{source} から {accounts} をインポート</translation>
    </message>
    <message>
        <source>Nothing new to import from {source}: its accounts are already here.</source>
        <translation>{source} から新しくインポートするものはありません（すべて追加済みです）。</translation>
    </message>
    <message>
        <source>Imported {accounts} from {source}: {names}.</source>
        <translation>{source} から {accounts} をインポートしました: {names}。</translation>
    </message>
    <message>
        <source>Can&apos;t reach Anthropic since {clock}</source>
        <translation>{clock} から Anthropic に接続できません</translation>
    </message>
    <message>
        <source>retrying {clock}</source>
        <translation>{clock} に再試行</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>まだ更新されていません</translation>
    </message>
    <message>
        <source>Data from {clock} ({age})</source>
        <translation>{clock} 時点のデータ（{age}）</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>{age}に更新</translation>
    </message>
</context>
<context>
    <name>WslLoginChooser</name>
    <message>
        <source>Claude Code login to link</source>
        <translation>リンクする Claude Code のログイン</translation>
    </message>
    <message>
        <source>Claude Code on this computer</source>
        <translation>このコンピューターの Claude Code</translation>
    </message>
    <message>
        <source>{distro} (WSL) — {user}</source>
        <translation>{distro} (WSL) — {user}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>ログイン:</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 件のアカウント</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sign in again to {name} ({email})</source>
        <translation>{name}（{email}）にもう一度サインイン</translation>
    </message>
    <message>
        <source>Sign in again to {name}</source>
        <translation>{name} にもう一度サインイン</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. Sign in as {who} and approve; you come back here automatically, and {name} is tracked again.</source>
        <translation>ブラウザーで Claude のサインインページが開きます。{who} としてサインインして承認すると、自動的にここへ戻り、{name} の追跡が再開されます。</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>このアカウント</translation>
    </message>
</context>
</TS>
