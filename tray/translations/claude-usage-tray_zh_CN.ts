<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>Notifications</name>
    <message>
        <source>{account}: session (5-hour) usage at {percent}</source>
        <translation>{account}：会话（5小时）用量 {percent}</translation>
    </message>
    <message>
        <source>{account}: weekly usage at {percent}</source>
        <translation>{account}：每周用量 {percent}</translation>
    </message>
    <message>
        <source>{account} has used {percent} of its session (5-hour) limit.</source>
        <translation>{account} 已用掉会话限额（5小时）的 {percent}。</translation>
    </message>
    <message>
        <source>{account} has used {percent} of its weekly limit.</source>
        <translation>{account} 已用掉每周限额的 {percent}。</translation>
    </message>
    <message>
        <source>{account}: session (5-hour) limit reset</source>
        <translation>{account}：会话限额（5小时）已重置</translation>
    </message>
    <message>
        <source>{account}: weekly limit reset</source>
        <translation>{account}：每周限额已重置</translation>
    </message>
    <message>
        <source>The session (5-hour) window of {account} has reset; you can use Claude again.</source>
        <translation>{account} 的会话（5小时）已重置，可以再次使用 Claude。</translation>
    </message>
    <message>
        <source>The weekly window of {account} has reset; you can use Claude again.</source>
        <translation>{account} 的每周额度已重置，可以再次使用 Claude。</translation>
    </message>
    <message>
        <source>Claude Code's login expired — run `claude` to refresh it.</source>
        <translation>Claude Code 的登录已过期——运行 `claude` 以刷新。</translation>
    </message>
    <message>
        <source>Sign in again to keep tracking this account.</source>
        <translation>请重新登录以继续跟踪此账户。</translation>
    </message>
    <message>
        <source>This login can't read usage — sign in with Claude instead.</source>
        <translation>此登录无法读取用量——请改用 Claude 登录。</translation>
    </message>
    <message>
        <source>Its credentials were refused — check or replace them.</source>
        <translation>凭据被拒绝——请检查或替换。</translation>
    </message>
    <message>
        <source>You are about to hit the limit.</source>
        <translation>即将达到限额。</translation>
    </message>
    <message>
        <source>{account} needs attention</source>
        <translation>{account} 需要处理</translation>
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
        <source>Paste the contents of Claude Code's .credentials.json.</source>
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
</TS>
