<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <source>Sign in again…</source>
        <translation>다시 로그인…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>제거(&amp;M)…</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>{name} 작업</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>다시 로그인</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Use Claude Code&apos;s &amp;login</source>
        <translation>Claude Code 로그인 사용(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sign in with Claude (browser)</source>
        <translation>Claude로 로그인(브라우저)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paste credentials from another computer</source>
        <translation>다른 컴퓨터의 자격 증명 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;dmin API key (organisation)</source>
        <translation>Admin API 키(조직)(&amp;D)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>로그인…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>확인 후 추가</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>{email}(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <source>Its access token has expired, so it was not checked with Anthropic (that would mean refreshing it).</source>
        <translation>액세스 토큰이 만료되어 Anthropic에서 확인하지 않았습니다(확인하려면 갱신해야 함).</translation>
    </message>
    <message>
        <source>This is Claude Code&apos;s own login on this computer. Refresh tokens are single use: a copy saved here would sign Claude Code out the first time this app refreshes it.</source>
        <translation>이 컴퓨터의 Claude Code 자체 로그인입니다. 갱신 토큰은 한 번만 쓸 수 있으므로, 여기에 저장한 사본을 이 앱이 처음 갱신하는 순간 Claude Code가 로그아웃됩니다.</translation>
    </message>
    <message>
        <source>Link it read-only instead: the app then only reads Claude Code&apos;s login, and Claude Code stays signed in.</source>
        <translation>대신 읽기 전용으로 연결하세요. 앱은 Claude Code 로그인을 읽기만 하고 Claude Code는 로그인 상태로 유지됩니다.</translation>
    </message>
    <message>
        <source>If this login came from Claude Code on another computer, that Claude Code will be signed out the first time this app refreshes it (refresh tokens are single use). Signing in with Claude gives this app a login of its own instead.</source>
        <translation>이 로그인이 다른 컴퓨터의 Claude Code에서 온 것이면, 이 앱이 처음 갱신할 때 그 Claude Code는 로그아웃됩니다(갱신 토큰은 한 번만 사용 가능). Claude로 로그인하면 이 앱만의 로그인이 생깁니다.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>예: 업무, 개인</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>계정 이름</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Link read-only instead</source>
        <translation>대신 읽기 전용으로 연결(&amp;L)</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>개인</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>claude-usage-core (the TypeScript library) saved {accounts} on this computer. Import them here? Its file is only read, never changed.</source>
        <translation>claude-usage-core(TypeScript 라이브러리)가 이 컴퓨터에 {accounts}를 저장했습니다. 여기로 가져올까요? 파일은 읽기만 하고 변경하지 않습니다.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Don&apos;t offer these accounts again</source>
        <translation>이 계정을 다시 제안하지 않음</translation>
    </message>
    <message>
        <source>{method} — none found on this computer</source>
        <translation>{method} — 이 컴퓨터에서 찾을 수 없음</translation>
    </message>
    <message>
        <source>Tracks {email}, the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>이 컴퓨터에서 Claude Code가 로그인한 계정 {email}을(를) 추적합니다. 앱은 그 로그인을 읽기만 합니다. 만료되면 `claude`를 실행해 갱신하세요.</translation>
    </message>
    <message>
        <source>Tracks the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>이 컴퓨터에서 Claude Code가 로그인한 계정을 추적합니다. 앱은 그 로그인을 읽기만 합니다. 만료되면 `claude`를 실행해 갱신하세요.</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. After you approve, you come back here automatically. This account&apos;s login belongs to this app, separate from Claude Code&apos;s.</source>
        <translation>브라우저에서 Claude 로그인 페이지가 열립니다. 승인하면 자동으로 여기로 돌아옵니다. 이 계정의 로그인은 Claude Code와 별개로 이 앱의 것입니다.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>로그인 링크</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>링크 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>브라우저 다시 열기(&amp;O)</translation>
    </message>
    <message>
        <source>If the page shows a code instead, paste it here:</source>
        <translation>페이지에 코드가 표시되면 여기에 붙여넣으세요:</translation>
    </message>
    <message>
        <source>the code the page shows</source>
        <translation>페이지에 표시된 코드</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>로그인 코드</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>코드 사용(&amp;U)</translation>
    </message>
    <message>
        <source>For a login copied from another computer (the contents of its Claude Code .credentials.json). Careful: refresh tokens are single use, so the first time this app refreshes the login, Claude Code there is signed out. To track Claude Code&apos;s login on this computer, use its login (read-only) instead; to give this app its own login, sign in with Claude.</source>
        <translation>다른 컴퓨터에서 복사한 로그인용입니다(그 컴퓨터 Claude Code의 .credentials.json 내용). 주의: 갱신 토큰은 한 번만 쓸 수 있어서, 이 앱이 처음 로그인을 갱신하면 그쪽 Claude Code는 로그아웃됩니다. 이 컴퓨터의 Claude Code 로그인을 추적하려면 그 로그인(읽기 전용)을 사용하고, 이 앱만의 로그인이 필요하면 Claude로 로그인하세요.</translation>
    </message>
    <message>
        <source>Credentials JSON</source>
        <translation>자격 증명 JSON</translation>
    </message>
    <message>
        <source>An Admin API key shows the organisation&apos;s month-to-date tokens and spend. It is checked with one request, then stored encrypted.</source>
        <translation>Admin API 키로 조직의 이번 달 토큰과 지출을 표시합니다. 요청 한 번으로 확인한 뒤 암호화해 저장합니다.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Admin API 키</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>브라우저에서 로그인하기를 기다리는 중…</translation>
    </message>
    <message>
        <source>Save a copy anyway</source>
        <translation>그래도 사본 저장</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>그래도 추가</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. If the browser did not open, open it again or copy this link into it:</source>
        <translation>로그인을 기다리는 중입니다. 브라우저가 열리지 않았다면 다시 열거나 이 링크를 복사해 넣으세요:</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Warning: </source>
        <translation>경고: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>오류: </translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>week</source>
        <translation>주간</translation>
    </message>
    <message>
        <source>Bars: session peak per hour; line: weekly usage</source>
        <translation>막대: 시간별 세션 최고치, 선: 주간 사용량</translation>
    </message>
</context>
<context>
    <name>ColumnHeads</name>
    <message>
        <source>Resets</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주간</translation>
    </message>
</context>
<context>
    <name>DailyBars</name>
    <message>
        <source>Cost per day, last {count} days; highest {cost} on {day}</source>
        <translation>일별 비용, 최근 {count}일. 최고: {day} {cost}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first account</source>
        <translation>첫 계정 추가</translation>
    </message>
    <message>
        <source>Claude Usage shows how much of your Claude limits you have used. Choose how to connect an account:</source>
        <translation>Claude 사용량은 Claude 한도를 얼마나 사용했는지 보여 줍니다. 계정 연결 방법을 선택하세요:</translation>
    </message>
    <message>
        <source>&amp;Use Claude Code&apos;s login</source>
        <translation>Claude Code 로그인 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Track the account Claude Code is signed in to (read-only)</source>
        <translation>Claude Code가 로그인한 계정을 추적합니다(읽기 전용)</translation>
    </message>
    <message>
        <source>Sign &amp;in with Claude…</source>
        <translation>Claude로 로그인(&amp;I)…</translation>
    </message>
    <message>
        <source>Add an Ad&amp;min API key…</source>
        <translation>Admin API 키 추가(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Paste credentials (advanced)…</source>
        <translation>자격 증명 붙여넣기(고급)(&amp;P)…</translation>
    </message>
    <message>
        <source>For a login from another computer. Not Claude Code&apos;s login on this one: use the first choice for that</source>
        <translation>다른 컴퓨터의 로그인용입니다. 이 컴퓨터의 Claude Code 로그인에는 첫 번째 항목을 사용하세요</translation>
    </message>
    <message>
        <source>Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); that file is only read</source>
        <translation>claude-usage-core가 저장한 계정(~/.claude-usage/accounts.enc)을 복사합니다. 이 파일은 읽기만 합니다</translation>
    </message>
    <message>
        <source>Dismiss: don&apos;t offer these accounts again</source>
        <translation>닫기: 이 계정을 다시 제안하지 않음</translation>
    </message>
    <message>
        <source>Dismiss the import offer</source>
        <translation>가져오기 제안 닫기</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Could not import: {error}</source>
        <translation>가져올 수 없음: {error}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {error}</source>
        <translation>“{name}”의 이름을 바꿀 수 없음: {error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”: {error}</source>
        <translation>“{name}”을(를) 제거할 수 없음: {error}</translation>
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
        <translation>1분 미만</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}일 {hours}시간</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}일</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours}시간 {minutes}분</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}시간</translation>
    </message>
    <message>
        <source>{minutes} m</source>
        <translation>{minutes}분</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>지금 초기화 중</translation>
    </message>
    <message>
        <source>resets in {duration} ({clock})</source>
        <translation>{duration} 후 초기화 ({clock})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>{seconds}초 전</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>{duration} 전</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>새 언어는 다음 실행부터 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>LimitView</name>
    <message>
        <source>Holding you back: {limit}</source>
        <translation>현재 제한: {limit}</translation>
    </message>
    <message>
        <source>A sign-in lasts about 28 days, refreshes or not: sign in again before then to avoid a sudden logout (for a Claude Code login, run `claude`)</source>
        <translation>로그인은 갱신 여부와 관계없이 약 28일 동안 유지됩니다. 갑작스러운 로그아웃을 피하려면 그 전에 다시 로그인하세요 (Claude Code 로그인은 `claude` 실행)</translation>
    </message>
    <message>
        <source>— estimated from when you signed in</source>
        <translation>— 로그인한 시점으로 추정</translation>
    </message>
    <message>
        <source>(not a login problem)</source>
        <translation>(로그인 문제 아님)</translation>
    </message>
    <message>
        <source>%n session(s)</source>
        <translation>세션 %n개</translation>
    </message>
    <message>
        <source>+{added} / −{removed} lines</source>
        <translation>+{added} / −{removed}줄</translation>
    </message>
    <message>
        <source>%n commit(s)</source>
        <translation>커밋 %n개</translation>
    </message>
    <message>
        <source>%n PR(s)</source>
        <translation>PR %n개</translation>
    </message>
    <message>
        <source>{share} of edits accepted</source>
        <translation>편집의 {share} 수락</translation>
    </message>
    <message>
        <source>Spend limits: not available for this organisation</source>
        <translation>지출 한도: 이 조직에서는 사용할 수 없음</translation>
    </message>
    <message>
        <source>Spend limit: {spent} of {cap} ({share})</source>
        <translation>지출 한도: {cap} 중 {spent} ({share})</translation>
    </message>
    <message>
        <source>%n member(s) above 80 % of their limit</source>
        <translation>한도의 80 %를 넘은 구성원: %n명</translation>
    </message>
    <message>
        <source>holding you back</source>
        <translation>현재 제한 중</translation>
    </message>
    <message>
        <source>Binding — {line}</source>
        <translation>제한 — {line}</translation>
    </message>
</context>
<context>
    <name>LocalFeed</name>
    <message>
        <source>The local usage feed is not available here.</source>
        <translation>로컬 사용량 피드를 여기서 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not start the local usage feed on port {port}: {reason}</source>
        <translation>포트 {port}에서 로컬 사용량 피드를 시작할 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Claude Code on this computer</source>
        <translation>이 컴퓨터의 Claude Code</translation>
    </message>
    <message>
        <source>30-day chart</source>
        <translation>30일 차트</translation>
    </message>
    <message>
        <source>Show the cost of each of the last 30 days</source>
        <translation>최근 30일의 일별 비용을 표시합니다</translation>
    </message>
</context>
<context>
    <name>LocalUsage</name>
    <message>
        <source>Today {today} · 30 days {period} (API prices)</source>
        <translation>오늘 {today} · 30일 {period} (API 가격)</translation>
    </message>
    <message>
        <source>No Claude Code messages in the last 30 days</source>
        <translation>최근 30일 동안 Claude Code 메시지가 없습니다</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(프로젝트 없음)</translation>
    </message>
    <message>
        <source>Top projects: {projects}</source>
        <translation>상위 프로젝트: {projects}</translation>
    </message>
    <message>
        <source>Not priced (no list price known): {models}</source>
        <translation>가격 없음 (알려진 정가 없음): {models}</translation>
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
        <translation>모든 계정의 Claude 구독 사용량을 시스템 트레이에 표시합니다.</translation>
    </message>
    <message>
        <source>run with three simulated accounts; nothing is read or written outside a temp folder</source>
        <translation>가상 계정 3개로 실행합니다. 임시 폴더 밖에서는 아무것도 읽거나 쓰지 않습니다</translation>
    </message>
    <message>
        <source>log debug messages too</source>
        <translation>디버그 메시지도 기록합니다</translation>
    </message>
    <message>
        <source>check that this installation works (no display or network needed) and exit</source>
        <translation>이 설치가 작동하는지 확인하고 종료합니다(디스플레이나 네트워크 불필요)</translation>
    </message>
    <message>
        <source>claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it from your desktop session, or use the command line: claude-usage --help</source>
        <translation>claude-usage-tray: 그래픽 세션이 없습니다(DISPLAY와 WAYLAND_DISPLAY 모두 설정되지 않음).
데스크톱 세션에서 시작하거나 명령줄을 사용하세요: claude-usage --help</translation>
    </message>
    <message>
        <source>Claude Usage (demo)</source>
        <translation>Claude 사용량 (데모)</translation>
    </message>
    <message>
        <source>Claude Usage</source>
        <translation>Claude 사용량</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{name}&apos;s session is at {percent}</source>
        <translation>{name} 세션 사용량 {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit is at {percent}</source>
        <translation>{name}의 주간 {model} 한도 {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s organisation has spent {percent} of its limit</source>
        <translation>{name} 조직이 한도의 {percent}를 사용함</translation>
    </message>
    <message>
        <source>{name}&apos;s week is at {percent}</source>
        <translation>{name} 주간 사용량 {percent}</translation>
    </message>
    <message>
        <source>At 100 % the organisation&apos;s Claude Code use stops until then.</source>
        <translation>100 %에 도달하면 그때까지 조직의 Claude Code 사용이 중지됩니다.</translation>
    </message>
    <message>
        <source>At 100 % Claude stops answering on this account until then.</source>
        <translation>100%에 도달하면 그때까지 이 계정에서 Claude가 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>At 100 % {model} stops answering on this account until then.</source>
        <translation>100 %에 도달하면 그때까지 이 계정에서 {model}이(가) 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>It resets soon.</source>
        <translation>곧 초기화됩니다.</translation>
    </message>
    <message>
        <source>Resets in {duration} ({clock}).</source>
        <translation>{duration} 후 초기화({clock}).</translation>
    </message>
    <message>
        <source>The limit starts over soon.</source>
        <translation>한도가 곧 초기화됩니다.</translation>
    </message>
    <message>
        <source>The limit starts over in {duration}.</source>
        <translation>{duration} 후 한도가 초기화됩니다.</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-in expires in %n day(s)</source>
        <translation>{name} 로그인이 %n일 후 만료됨</translation>
    </message>
    <message>
        <source>Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code login: run `claude`) to keep tracking this account.</source>
        <translation>로그인은 갱신 여부와 관계없이 약 28일 동안 유지됩니다. 이 계정을 계속 추적하려면 다시 로그인하세요 (Claude Code 로그인은 `claude` 실행).</translation>
    </message>
    <message>
        <source>{name}&apos;s session limit has reset</source>
        <translation>{name} 세션 한도 초기화됨</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit has reset</source>
        <translation>{name}의 주간 {model} 한도가 초기화됨</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly limit has reset</source>
        <translation>{name} 주간 한도 초기화됨</translation>
    </message>
    <message>
        <source>You can use Claude on {name} again.</source>
        <translation>{name}에서 Claude를 다시 사용할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>OrgDetailsDialog</name>
    <message>
        <source>{name} — Claude Code this month</source>
        <translation>{name} — 이번 달 Claude Code</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>이름으로 필터</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
</context>
<context>
    <name>OrgPeopleModel</name>
    <message>
        <source>Member</source>
        <translation>구성원</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>한도</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>한도 대비 %</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Lines +</source>
        <translation>줄 +</translation>
    </message>
    <message>
        <source>Lines −</source>
        <translation>줄 −</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>커밋</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락</translation>
    </message>
</context>
<context>
    <name>OrgSummaryBlock</name>
    <message>
        <source>CLAUDE CODE THIS MONTH</source>
        <translation>이번 달 CLAUDE CODE</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <source>Everyone, sortable by spend and productivity</source>
        <translation>전체(지출 및 생산성으로 정렬 가능)</translation>
    </message>
    <message>
        <source>Top by spend</source>
        <translation>지출 상위</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>of limit</source>
        <translation>(한도 대비)</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <source>Claude Usage</source>
        <translation>Claude 사용량</translation>
    </message>
    <message>
        <source>Claude usage</source>
        <translation>Claude 사용량</translation>
    </message>
    <message>
        <source>How old the figures shown are</source>
        <translation>표시된 수치가 얼마나 오래되었는지</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Fetch usage now</source>
        <translation>지금 사용량 가져오기</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch usage now (F5)</source>
        <translation>지금 사용량 가져오기(F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>계정 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>확인(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>저장하지 않고 닫기</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>모두 선택</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>기본값 복원</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>무시</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>링크 주소 복사(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>모두 선택</translation>
    </message>
</context>
<context>
    <name>Remove</name>
    <message>
        <source>Remove account</source>
        <translation>계정 제거</translation>
    </message>
    <message>
        <source>Remove “{name}” from Claude Usage?</source>
        <translation>Claude Usage에서 “{name}”을(를) 제거할까요?</translation>
    </message>
    <message>
        <source>Its saved credentials are deleted from this app. Claude Code&apos;s own login, and the account itself, are not affected.</source>
        <translation>저장된 자격 증명이 이 앱에서 삭제됩니다. Claude Code 자체 로그인과 계정 자체에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename account</source>
        <translation>계정 이름 바꾸기</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>“{name}”의 새 이름(&amp;N):</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>새 이름</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Number</source>
        <translation>숫자(&amp;N)</translation>
    </message>
    <message>
        <source>Two &amp;bars</source>
        <translation>막대 두 개(&amp;B)</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>링(&amp;I)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Claude Code&apos;s refresh tokens are single-use. When this app refreshes a linked login it must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes at the same moment, or the write fails, Claude Code is signed out and you must run `claude` to sign in again. Leave this off unless you know you need it.</source>
        <translation>Claude Code의 갱신 토큰은 한 번만 쓸 수 있습니다. 이 앱이 연결된 로그인을 갱신하면 새 토큰을 Claude Code가 보관하는 곳에 다시 써야 합니다. Claude Code가 같은 순간에 갱신하거나 쓰기에 실패하면 Claude Code가 로그아웃되고 `claude`를 실행해 다시 로그인해야 합니다. 꼭 필요한 경우가 아니면 끄세요.</translation>
    </message>
    <message>
        <source>Claude Usage settings</source>
        <translation>Claude 사용량 설정</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>새로 고침 간격(&amp;R):</translation>
    </message>
    <message>
        <source>S&amp;tart Claude Usage when I log in</source>
        <translation>로그인할 때 Claude 사용량 시작(&amp;T)</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>사용할 수 없음: {reason}.</translation>
    </message>
    <message>
        <source>O&amp;pen the popup with:</source>
        <translation>팝업 열기 단축키(&amp;P):</translation>
    </message>
    <message>
        <source>A key combination that works in every application.</source>
        <translation>모든 앱에서 작동하는 키 조합입니다.</translation>
    </message>
    <message>
        <source>Global shortcut</source>
        <translation>전역 단축키</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>테마(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>트레이 아이콘:</translation>
    </message>
    <message>
        <source>&amp;Keep my own order of the accounts</source>
        <translation>계정 순서를 직접 지정한 대로 유지(&amp;K)</translation>
    </message>
    <message>
        <source>Otherwise accounts that need attention and the fullest come first. Drag an account, or press Alt+↑/↓ on it, to move it.</source>
        <translation>끄면 확인이 필요한 계정과 가장 많이 사용한 계정이 먼저 표시됩니다. 계정을 끌거나 Alt+↑/↓를 눌러 옮길 수 있습니다.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>&amp;Warn when usage crosses a threshold</source>
        <translation>사용량이 임계값을 넘으면 경고(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. 80, 95</source>
        <translation>예: 80, 95</translation>
    </message>
    <message>
        <source>&amp;Session thresholds (%):</source>
        <translation>세션 임계값(%)(&amp;S):</translation>
    </message>
    <message>
        <source>W&amp;eekly thresholds (%):</source>
        <translation>주간 임계값(%)(&amp;E):</translation>
    </message>
    <message>
        <source>Tell me when a limit I reached has reset</source>
        <translation>도달한 한도가 초기화되면 알림</translation>
    </message>
    <message>
        <source>Tell me when an account needs &amp;attention</source>
        <translation>계정 확인이 필요하면 알림(&amp;A)</translation>
    </message>
    <message>
        <source>Show in the popup</source>
        <translation>팝업에 표시</translation>
    </message>
    <message>
        <source>Session (5-hour) usage</source>
        <translation>세션(5시간) 사용량</translation>
    </message>
    <message>
        <source>Weekly usage</source>
        <translation>주간 사용량</translation>
    </message>
    <message>
        <source>Per-model weekly usage</source>
        <translation>모델별 주간 사용량</translation>
    </message>
    <message>
        <source>Extra usage (credits)</source>
        <translation>추가 사용량(크레딧)</translation>
    </message>
    <message>
        <source>7-day chart</source>
        <translation>7일 차트</translation>
    </message>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>아이콘 색: 제한 중인 모든 한도</translation>
    </message>
    <message>
        <source>The icon&apos;s colour follows the limit holding an account back (a weekly or a model&apos;s limit), not only the session; a corner mark shows it either way</source>
        <translation>아이콘 색은 세션뿐 아니라 계정을 제한하는 한도(주간 또는 모델 한도)를 따릅니다. 어느 경우든 모서리 표시로 알려 줍니다</translation>
    </message>
    <message>
        <source>A small chart of the last 7 days of session and weekly usage on each card</source>
        <translation>각 카드에 최근 7일간 세션·주간 사용량 작은 차트</translation>
    </message>
    <message>
        <source>Accounts linked to Claude Code&apos;s login</source>
        <translation>Claude Code 로그인에 연결된 계정</translation>
    </message>
    <message>
        <source>Rea&amp;d-only: when the login expires, ask me to run `claude`</source>
        <translation>읽기 전용: 로그인이 만료되면 `claude` 실행을 요청(&amp;D)</translation>
    </message>
    <message>
        <source>Refresh it myself and write the new login &amp;back</source>
        <translation>직접 갱신하고 새 로그인을 다시 쓰기(&amp;B)</translation>
    </message>
    <message>
        <source>Local usage feed</source>
        <translation>로컬 사용량 피드</translation>
    </message>
    <message>
        <source>Ser&amp;ve my usage to programs on this computer</source>
        <translation>이 컴퓨터의 프로그램에 사용량 제공(&amp;V)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>포트(&amp;O):</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(사용할 수 없음)</translation>
    </message>
    <message>
        <source>GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` document to programs that send the token kept in {where} (readable only by you) as `Authorization: Bearer TOKEN`. Off by default.</source>
        <translation>GET http://127.0.0.1:PORT/v1/usage는 {where}(본인만 읽을 수 있음)에 보관된 토큰을 `Authorization: Bearer TOKEN`으로 보내는 프로그램에 `claude-usage usage --json` 문서를 응답합니다. 기본값은 꺼짐입니다.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>주간</translation>
    </message>
    <message>
        <source>{window} thresholds: whole numbers from 1 to 100, separated by commas.</source>
        <translation>{window} 임계값: 1~100 사이의 정수를 쉼표로 구분해 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <source>Wayland does not let applications listen for keys. Bind a shortcut to the command claude-usage-tray in your desktop&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Wayland에서는 앱이 키 입력을 감지할 수 없습니다. 대신 데스크톱 키보드 설정에서 claude-usage-tray 명령에 단축키를 지정하세요. 다시 실행하면 이 팝업이 열립니다.</translation>
    </message>
    <message>
        <source>Not available on this system yet. Bind a shortcut to claude-usage-tray in the system&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>이 시스템에서는 아직 사용할 수 없습니다. 대신 시스템 키보드 설정에서 claude-usage-tray에 단축키를 지정하세요. 다시 실행하면 이 팝업이 열립니다.</translation>
    </message>
    <message>
        <source>Not one key combination</source>
        <translation>하나의 키 조합이 아닙니다</translation>
    </message>
    <message>
        <source>Use at least one of Ctrl, Alt, Shift, Meta</source>
        <translation>Ctrl, Alt, Shift, Meta 중 하나 이상을 사용하세요</translation>
    </message>
    <message>
        <source>Unknown key: {key}</source>
        <translation>알 수 없는 키: {key}</translation>
    </message>
    <message>
        <source>{sequence} is already taken by another application</source>
        <translation>{sequence}은(는) 이미 다른 앱에서 사용 중입니다</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Show usage</source>
        <translation>사용량 보기</translation>
    </message>
    <message>
        <source>Open the popup at this account</source>
        <translation>이 계정에서 팝업 열기</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>지금 새로 고침</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>계정 추가…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>The shortcut {keys} does not work here: {problem}</source>
        <translation>단축키 {keys}는 여기서 작동하지 않습니다: {problem}</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>{value} percent</source>
        <translation>{value}퍼센트</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for this account.</source>
        <translation>이 계정의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>“{name}” 계정이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Paste the contents of Claude Code&apos;s .credentials.json.</source>
        <translation>Claude Code의 .credentials.json 내용을 붙여넣으세요.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line {line}, column {column}).</source>
        <translation>올바른 JSON이 아닙니다({line}행 {column}열).</translation>
    </message>
    <message>
        <source>Paste an Admin API key (it starts with sk-ant-admin).</source>
        <translation>Admin API 키를 붙여넣으세요(sk-ant-admin으로 시작).</translation>
    </message>
    <message>
        <source>This key looks cut short.</source>
        <translation>이 키가 잘린 것 같습니다.</translation>
    </message>
    <message>
        <source>Paste the code shown after signing in.</source>
        <translation>로그인 후 표시된 코드를 붙여넣으세요.</translation>
    </message>
    <message>
        <source>The code has no spaces — paste it again.</source>
        <translation>코드에는 공백이 없습니다. 다시 붙여넣으세요.</translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>now</source>
        <translation>지금</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>week</source>
        <translation>주간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>session peak {percent}</source>
        <translation>세션 최고치 {percent}</translation>
    </message>
    <message>
        <source>week peak {percent}</source>
        <translation>주간 최고치 {percent}</translation>
    </message>
    <message>
        <source>retrying at the next refresh</source>
        <translation>다음 새로 고침 때 재시도</translation>
    </message>
    <message>
        <source>retrying in {duration} ({clock})</source>
        <translation>{duration} 후 재시도({clock})</translation>
    </message>
    <message>
        <source>sign in again to keep tracking it</source>
        <translation>계속 추적하려면 다시 로그인하세요</translation>
    </message>
    <message>
        <source>sign in with Claude</source>
        <translation>Claude로 로그인하세요</translation>
    </message>
    <message>
        <source>will retry at the next refresh</source>
        <translation>다음 새로 고침 때 다시 시도합니다</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>: could not fetch usage</source>
        <translation>: 사용량을 가져올 수 없음</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>오류: {message}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>오래된 데이터</translation>
    </message>
    <message>
        <source>Stale — showing values from {clock}</source>
        <translation>오래된 데이터 — {clock} 기준 값</translation>
    </message>
    <message>
        <source>far ahead of pace</source>
        <translation>속도 크게 초과</translation>
    </message>
    <message>
        <source>ahead of pace ({ratio}×)</source>
        <translation>속도 초과({ratio}×)</translation>
    </message>
    <message>
        <source>under pace ({ratio}×)</source>
        <translation>속도 미만({ratio}×)</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>속도 유지</translation>
    </message>
    <message>
        <source>runs out at {clock} (in {duration})</source>
        <translation>{clock}에 소진({duration} 후)</translation>
    </message>
    <message>
        <source>used this month · no monthly cap</source>
        <translation>이번 달 사용 · 월 한도 없음</translation>
    </message>
    <message>
        <source>used this month</source>
        <translation>이번 달 사용</translation>
    </message>
    <message>
        <source>Extra usage</source>
        <translation>추가 사용량</translation>
    </message>
    <message>
        <source>Session (5 h)</source>
        <translation>세션(5시간)</translation>
    </message>
    <message>
        <source>Week (all models)</source>
        <translation>주간(모든 모델)</translation>
    </message>
    <message>
        <source>Week · {model}</source>
        <translation>주간 · {model}</translation>
    </message>
    <message>
        <source>The session resets at {clock}</source>
        <translation>세션은 {clock}에 초기화됩니다</translation>
    </message>
    <message>
        <source>The week resets at {clock}</source>
        <translation>주간 한도는 {clock}에 초기화됩니다</translation>
    </message>
    <message>
        <source>{window} limit reached — back {clock}</source>
        <translation>{window}: 한도 도달 — {clock}에 복구</translation>
    </message>
    <message>
        <source>{window} runs out {clock} — {early} before reset</source>
        <translation>{window} {clock}에 소진 — 초기화 {early} 전</translation>
    </message>
    <message>
        <source>{window} nearly used up — resets in {left}</source>
        <translation>{window} 거의 소진 — {left} 후 초기화</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주간</translation>
    </message>
    <message>
        <source>Waiting for the first update…</source>
        <translation>첫 업데이트를 기다리는 중…</translation>
    </message>
    <message>
        <source>No usage reported yet</source>
        <translation>아직 보고된 사용량 없음</translation>
    </message>
    <message>
        <source>{tokens} tok · ≈ {money}</source>
        <translation>{tokens} 토큰 · ≈ {money}</translation>
    </message>
    <message>
        <source>{name} (key)</source>
        <translation>{name}(키)</translation>
    </message>
    <message>
        <source>{name} (user)</source>
        <translation>{name}(사용자)</translation>
    </message>
    <message>
        <source>≈ {money} (estimated)</source>
        <translation>≈ {money}(추정)</translation>
    </message>
    <message>
        <source>{input} in · {output} out</source>
        <translation>입력 {input} · 출력 {output}</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>캐시에서</translation>
    </message>
    <message>
        <source>{tokens} of the input</source>
        <translation>입력 중 {tokens}</translation>
    </message>
    <message>
        <source>No price for</source>
        <translation>가격 없음:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>model and key costs are estimates at list prices; Spend is the bill</source>
        <translation>모델별·키별 비용은 정가 기준 추정치이며, 지출이 청구 금액입니다</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>상위 모델</translation>
    </message>
    <message>
        <source>Top keys and users</source>
        <translation>상위 키 및 사용자</translation>
    </message>
    <message>
        <source>{money} spent {period}</source>
        <translation>{period} 지출 {money}</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin API</translation>
    </message>
    <message>
        <source>month to date</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>{date} 이후</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{money} this month</source>
        <translation>이번 달 {money}</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>세션 {value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>주간 {value}</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>한도 없음</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (오래됨)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>로그인 필요</translation>
    </message>
    <message>
        <source>Claude Code&apos;s login expired</source>
        <translation>Claude Code 로그인 만료됨</translation>
    </message>
    <message>
        <source>can&apos;t read usage</source>
        <translation>사용량을 읽을 수 없음</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>자격 증명 거부됨</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>요청 제한됨</translation>
    </message>
    <message>
        <source>blocked by Cloudflare</source>
        <translation>Cloudflare에 의해 차단됨</translation>
    </message>
    <message>
        <source>could not fetch usage</source>
        <translation>사용량을 가져오지 못함</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <source>{title} — no accounts yet</source>
        <translation>{title} — 계정 없음</translation>
    </message>
    <message>
        <source>{title} — worst session {percent}</source>
        <translation>{title} — 최고 세션 {percent}</translation>
    </message>
    <message>
        <source>Import {accounts} from {source}</source>
        <translation>{source}에서 {accounts} 가져오기</translation>
    </message>
    <message>
        <source>Nothing new to import from {source}: its accounts are already here.</source>
        <translation>{source}에서 가져올 새 항목이 없습니다. 계정이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Imported {accounts} from {source}: {names}.</source>
        <translation>{source}에서 {accounts}를 가져왔습니다: {names}.</translation>
    </message>
    <message>
        <source>Can&apos;t reach Anthropic since {clock}</source>
        <translation>{clock}부터 Anthropic에 연결할 수 없음</translation>
    </message>
    <message>
        <source>retrying {clock}</source>
        <translation>{clock}에 재시도</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>업데이트 중…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>아직 업데이트 안 됨</translation>
    </message>
    <message>
        <source>Data from {clock} ({age})</source>
        <translation>{clock} 기준 데이터({age})</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>{age} 업데이트됨</translation>
    </message>
</context>
<context>
    <name>WslLoginChooser</name>
    <message>
        <source>Claude Code login to link</source>
        <translation>연결할 Claude Code 로그인</translation>
    </message>
    <message>
        <source>Claude Code on this computer</source>
        <translation>이 컴퓨터의 Claude Code</translation>
    </message>
    <message>
        <source>{distro} (WSL) — {user}</source>
        <translation>{distro} (WSL) — {user}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>로그인:</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>계정 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sign in again to {name} ({email})</source>
        <translation>{name}({email})에 다시 로그인</translation>
    </message>
    <message>
        <source>Sign in again to {name}</source>
        <translation>{name}에 다시 로그인</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. Sign in as {who} and approve; you come back here automatically, and {name} is tracked again.</source>
        <translation>브라우저에서 Claude 로그인 페이지가 열립니다. {who}(으)로 로그인하고 승인하면 자동으로 여기로 돌아오며 {name}을(를) 다시 추적합니다.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>이 계정</translation>
    </message>
</context>
</TS>
