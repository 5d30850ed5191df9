<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
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
    <name>SettingsDialog</name>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>アイコンの色: 制約となる上限すべて</translation>
    </message>
    <message>
        <source>The icon's colour follows the limit holding an account back (a weekly or a model's limit), not only the session; a corner mark shows it either way</source>
        <translation>アイコンの色はセッションだけでなく、アカウントを制約している上限（週間やモデルの上限）に従います。どちらの場合も隅の印で示します</translation>
    </message>
</context>
<context>
    <name>SignInDeadlineRow</name>
    <message>
        <source>Sign in again…</source>
        <translation>もう一度サインイン…</translation>
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
        <source>Paste the contents of Claude Code's .credentials.json.</source>
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
</TS>
