<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
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
    <name>SettingsDialog</name>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>아이콘 색: 제한 중인 모든 한도</translation>
    </message>
    <message>
        <source>The icon's colour follows the limit holding an account back (a weekly or a model's limit), not only the session; a corner mark shows it either way</source>
        <translation>아이콘 색은 세션뿐 아니라 계정을 제한하는 한도(주간 또는 모델 한도)를 따릅니다. 어느 경우든 모서리 표시로 알려 줍니다</translation>
    </message>
</context>
<context>
    <name>SignInDeadlineRow</name>
    <message>
        <source>Sign in again…</source>
        <translation>다시 로그인…</translation>
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
        <source>Paste the contents of Claude Code's .credentials.json.</source>
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
</TS>
