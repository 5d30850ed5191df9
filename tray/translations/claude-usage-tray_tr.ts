<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <source>Sign in again…</source>
        <translation>Yeniden giriş yap…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Yeniden adlandır…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Kaldır…</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>{name} için işlemler</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Yeniden giriş yap</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <source>Use Claude Code&apos;s &amp;login</source>
        <translation>Claude Code &amp;girişini kullan</translation>
    </message>
    <message>
        <source>&amp;Sign in with Claude (browser)</source>
        <translation>Claude ile &amp;giriş yap (tarayıcı)</translation>
    </message>
    <message>
        <source>&amp;Paste credentials from another computer</source>
        <translation>Başka bir bilgisayarın kimlik bilgilerini &amp;yapıştır</translation>
    </message>
    <message>
        <source>A&amp;dmin API key (organisation)</source>
        <translation>A&amp;dmin API anahtarı (kuruluş)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Giriş yap…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Denetle</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Denetle ve ekle</translation>
    </message>
    <message>
        <source>Signed in as {email}.</source>
        <translation>{email} olarak giriş yapıldı.</translation>
    </message>
    <message>
        <source>Its access token has expired, so it was not checked with Anthropic (that would mean refreshing it).</source>
        <translation>Erişim belirtecinin süresi dolduğu için Anthropic ile denetlenmedi (bu, belirteci yenilemek anlamına gelirdi).</translation>
    </message>
    <message>
        <source>This is Claude Code&apos;s own login on this computer. Refresh tokens are single use: a copy saved here would sign Claude Code out the first time this app refreshes it.</source>
        <translation>Bu, Claude Code&apos;un bu bilgisayardaki kendi girişidir. Yenileme belirteçleri tek kullanımlıktır: burada kaydedilen bir kopya, bu uygulama onu ilk yenilediğinde Claude Code&apos;un oturumunu kapatır.</translation>
    </message>
    <message>
        <source>Link it read-only instead: the app then only reads Claude Code&apos;s login, and Claude Code stays signed in.</source>
        <translation>Bunun yerine salt okunur bağlayın: uygulama yalnızca Claude Code girişini okur ve Claude Code oturumu açık kalır.</translation>
    </message>
    <message>
        <source>If this login came from Claude Code on another computer, that Claude Code will be signed out the first time this app refreshes it (refresh tokens are single use). Signing in with Claude gives this app a login of its own instead.</source>
        <translation>Bu giriş başka bir bilgisayardaki Claude Code&apos;dan geldiyse, bu uygulama onu ilk yenilediğinde o Claude Code&apos;un oturumu kapanır (yenileme belirteçleri tek kullanımlıktır). Claude ile giriş yapmak bu uygulamaya kendi girişini verir.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Hesap ekle</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>ör. İş, Kişisel</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Hesap adı</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Link read-only instead</source>
        <translation>Bunun yerine salt okunur &amp;bağla</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Kişisel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <source>claude-usage-core (the TypeScript library) saved {accounts} on this computer. Import them here? Its file is only read, never changed.</source>
        <translation>claude-usage-core (TypeScript kitaplığı) bu bilgisayara {accounts} kaydetti. Buraya içe aktarılsın mı? Dosyası yalnızca okunur, asla değiştirilmez.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Don&apos;t offer these accounts again</source>
        <translation>Bu hesapları bir daha önerme</translation>
    </message>
    <message>
        <source>{method} — none found on this computer</source>
        <translation>{method} — bu bilgisayarda bulunamadı</translation>
    </message>
    <message>
        <source>Tracks {email}, the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Claude Code&apos;un bu bilgisayarda giriş yaptığı {email} hesabını izler. Uygulama bu girişi yalnızca okur; süresi dolduğunda yenilemek için `claude` komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Tracks the account Claude Code is signed in to on this computer. The app only reads that login; when it expires, run `claude` to refresh it.</source>
        <translation>Claude Code&apos;un bu bilgisayarda giriş yaptığı hesabı izler. Uygulama bu girişi yalnızca okur; süresi dolduğunda yenilemek için `claude` komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. After you approve, you come back here automatically. This account&apos;s login belongs to this app, separate from Claude Code&apos;s.</source>
        <translation>Tarayıcınız Claude giriş sayfasını açar. Onayladıktan sonra otomatik olarak buraya dönersiniz. Bu hesabın girişi Claude Code&apos;unkinden ayrı olarak bu uygulamaya aittir.</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Giriş bağlantısı</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Bağlantıyı &amp;kopyala</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>Tarayıcıyı yeniden &amp;aç</translation>
    </message>
    <message>
        <source>If the page shows a code instead, paste it here:</source>
        <translation>Sayfa bunun yerine bir kod gösterirse buraya yapıştırın:</translation>
    </message>
    <message>
        <source>the code the page shows</source>
        <translation>sayfanın gösterdiği kod</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Giriş kodu</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>Kodu &amp;kullan</translation>
    </message>
    <message>
        <source>For a login copied from another computer (the contents of its Claude Code .credentials.json). Careful: refresh tokens are single use, so the first time this app refreshes the login, Claude Code there is signed out. To track Claude Code&apos;s login on this computer, use its login (read-only) instead; to give this app its own login, sign in with Claude.</source>
        <translation>Başka bir bilgisayardan kopyalanan giriş için (o bilgisayardaki Claude Code&apos;un .credentials.json içeriği). Dikkat: yenileme belirteçleri tek kullanımlıktır; bu uygulama girişi ilk yenilediğinde oradaki Claude Code&apos;un oturumu kapanır. Bu bilgisayardaki Claude Code girişini izlemek için onun girişini (salt okunur) kullanın; bu uygulamaya kendi girişini vermek için Claude ile giriş yapın.</translation>
    </message>
    <message>
        <source>Credentials JSON</source>
        <translation>Kimlik bilgileri (JSON)</translation>
    </message>
    <message>
        <source>An Admin API key shows the organisation&apos;s month-to-date tokens and spend. It is checked with one request, then stored encrypted.</source>
        <translation>Admin API anahtarı, kuruluşun ay başından beri belirteçlerini ve harcamasını gösterir. Tek bir istekle denetlenir, ardından şifrelenmiş olarak saklanır.</translation>
    </message>
    <message>
        <source>Admin API key</source>
        <translation>Admin API anahtarı</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Tarayıcıda giriş yapmanız bekleniyor…</translation>
    </message>
    <message>
        <source>Save a copy anyway</source>
        <translation>Yine de bir kopya kaydet</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Yine de ekle</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. If the browser did not open, open it again or copy this link into it:</source>
        <translation>Giriş yapmanız bekleniyor. Tarayıcı açılmadıysa yeniden açın veya bu bağlantıyı kopyalayın:</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Warning: </source>
        <translation>Uyarı: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Hata: </translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>session</source>
        <translation>oturum</translation>
    </message>
    <message>
        <source>week</source>
        <translation>hafta</translation>
    </message>
    <message>
        <source>Bars: session peak per hour; line: weekly usage</source>
        <translation>Çubuklar: saatlik oturum zirvesi; çizgi: haftalık kullanım</translation>
    </message>
</context>
<context>
    <name>ColumnHeads</name>
    <message>
        <source>Resets</source>
        <translation>Sıfırlanma</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Oturum</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Hafta</translation>
    </message>
</context>
<context>
    <name>DailyBars</name>
    <message>
        <source>Cost per day, last {count} days; highest {cost} on {day}</source>
        <translation>Günlük maliyet, son {count} gün; en yüksek {cost} ({day})</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first account</source>
        <translation>İlk hesabınızı ekleyin</translation>
    </message>
    <message>
        <source>Claude Usage shows how much of your Claude limits you have used. Choose how to connect an account:</source>
        <translation>Claude Kullanımı, Claude limitlerinizin ne kadarını kullandığınızı gösterir. Bir hesabı nasıl bağlayacağınızı seçin:</translation>
    </message>
    <message>
        <source>&amp;Use Claude Code&apos;s login</source>
        <translation>Claude Code girişini &amp;kullan</translation>
    </message>
    <message>
        <source>Track the account Claude Code is signed in to (read-only)</source>
        <translation>Claude Code&apos;un giriş yaptığı hesabı izle (salt okunur)</translation>
    </message>
    <message>
        <source>Sign &amp;in with Claude…</source>
        <translation>Claude ile &amp;giriş yap…</translation>
    </message>
    <message>
        <source>Add an Ad&amp;min API key…</source>
        <translation>Ad&amp;min API anahtarı ekle…</translation>
    </message>
    <message>
        <source>&amp;Paste credentials (advanced)…</source>
        <translation>Kimlik bilgilerini &amp;yapıştır (gelişmiş)…</translation>
    </message>
    <message>
        <source>For a login from another computer. Not Claude Code&apos;s login on this one: use the first choice for that</source>
        <translation>Başka bir bilgisayardaki giriş için. Bu bilgisayardaki Claude Code girişi için ilk seçeneği kullanın</translation>
    </message>
    <message>
        <source>Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); that file is only read</source>
        <translation>claude-usage-core&apos;un kaydettiği hesapları kopyala (~/.claude-usage/accounts.enc); dosya yalnızca okunur</translation>
    </message>
    <message>
        <source>Dismiss: don&apos;t offer these accounts again</source>
        <translation>Kapat: bu hesapları bir daha önerme</translation>
    </message>
    <message>
        <source>Dismiss the import offer</source>
        <translation>İçe aktarma önerisini kapat</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Could not import: {error}</source>
        <translation>İçe aktarılamadı: {error}</translation>
    </message>
    <message>
        <source>Could not rename “{name}”: {error}</source>
        <translation>“{name}” yeniden adlandırılamadı: {error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”: {error}</source>
        <translation>“{name}” kaldırılamadı: {error}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{value} B</source>
        <translation>{value} Mr</translation>
    </message>
    <message>
        <source>{value} M</source>
        <translation>{value} Mn</translation>
    </message>
    <message>
        <source>{value} k</source>
        <translation>{value} B</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>bir dakikadan az</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} g {hours} sa</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} g</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours} sa {minutes} dk</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} sa</translation>
    </message>
    <message>
        <source>{minutes} m</source>
        <translation>{minutes} dk</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>başlamadı</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>şimdi sıfırlanıyor</translation>
    </message>
    <message>
        <source>resets in {duration} ({clock})</source>
        <translation>{duration} sonra sıfırlanır ({clock})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hiç</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>az önce</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>{seconds} sn önce</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>{duration} önce</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Yeni dil bir sonraki başlatmada kullanılacak.</translation>
    </message>
</context>
<context>
    <name>LimitView</name>
    <message>
        <source>Holding you back: {limit}</source>
        <translation>Sizi sınırlayan: {limit}</translation>
    </message>
    <message>
        <source>A sign-in lasts about 28 days, refreshes or not: sign in again before then to avoid a sudden logout (for a Claude Code login, run `claude`)</source>
        <translation>Bir oturum açma, yenilense de yenilenmese de yaklaşık 28 gün sürer: ani bir çıkışı önlemek için öncesinde yeniden oturum açın (Claude Code girişi için `claude` çalıştırın)</translation>
    </message>
    <message>
        <source>— estimated from when you signed in</source>
        <translation>— oturum açtığınız zamana göre tahmini</translation>
    </message>
    <message>
        <source>(not a login problem)</source>
        <translation>(oturum açma sorunu değil)</translation>
    </message>
    <message>
        <source>%n session(s)</source>
        <translation>%n oturum</translation>
    </message>
    <message>
        <source>+{added} / −{removed} lines</source>
        <translation>+{added} / −{removed} satır</translation>
    </message>
    <message>
        <source>%n commit(s)</source>
        <translation>%n commit</translation>
    </message>
    <message>
        <source>%n PR(s)</source>
        <translation>%n PR</translation>
    </message>
    <message>
        <source>{share} of edits accepted</source>
        <translation>düzenlemelerin {share} kadarı kabul edildi</translation>
    </message>
    <message>
        <source>Spend limits: not available for this organisation</source>
        <translation>Harcama limitleri: bu kuruluş için kullanılamıyor</translation>
    </message>
    <message>
        <source>Spend limit: {spent} of {cap} ({share})</source>
        <translation>Harcama limiti: {cap} limitin {spent} kadarı ({share})</translation>
    </message>
    <message>
        <source>%n member(s) above 80 % of their limit</source>
        <translation>Limitinin yüzde 80&apos;ini aşan üye: %n</translation>
    </message>
    <message>
        <source>holding you back</source>
        <translation>sizi sınırlıyor</translation>
    </message>
    <message>
        <source>Binding — {line}</source>
        <translation>Sınırlayan — {line}</translation>
    </message>
</context>
<context>
    <name>LocalFeed</name>
    <message>
        <source>The local usage feed is not available here.</source>
        <translation>Yerel kullanım akışı burada kullanılamıyor.</translation>
    </message>
    <message>
        <source>Could not start the local usage feed on port {port}: {reason}</source>
        <translation>Yerel kullanım akışı {port} bağlantı noktasında başlatılamadı: {reason}</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Bu bilgisayardaki Claude Code</translation>
    </message>
    <message>
        <source>30-day chart</source>
        <translation>30 günlük grafik</translation>
    </message>
    <message>
        <source>Show the cost of each of the last 30 days</source>
        <translation>Son 30 günün her birinin maliyetini göster</translation>
    </message>
</context>
<context>
    <name>LocalUsage</name>
    <message>
        <source>Today {today} · 30 days {period} (API prices)</source>
        <translation>Bugün {today} · 30 gün {period} (API fiyatları)</translation>
    </message>
    <message>
        <source>No Claude Code messages in the last 30 days</source>
        <translation>Son 30 günde Claude Code mesajı yok</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(proje yok)</translation>
    </message>
    <message>
        <source>Top projects: {projects}</source>
        <translation>Başlıca projeler: {projects}</translation>
    </message>
    <message>
        <source>Not priced (no list price known): {models}</source>
        <translation>Fiyatsız (bilinen liste fiyatı yok): {models}</translation>
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
        <translation>Tüm hesaplarınızın Claude abonelik kullanımı, sistem tepsisinde.</translation>
    </message>
    <message>
        <source>run with three simulated accounts; nothing is read or written outside a temp folder</source>
        <translation>üç sanal hesapla çalıştır; geçici klasör dışında hiçbir şey okunmaz veya yazılmaz</translation>
    </message>
    <message>
        <source>log debug messages too</source>
        <translation>hata ayıklama iletilerini de günlüğe yaz</translation>
    </message>
    <message>
        <source>check that this installation works (no display or network needed) and exit</source>
        <translation>bu kurulumun çalıştığını denetle (ekran veya ağ gerekmez) ve çık</translation>
    </message>
    <message>
        <source>claude-usage-tray: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it from your desktop session, or use the command line: claude-usage --help</source>
        <translation>claude-usage-tray: grafik oturum yok (ne DISPLAY ne de WAYLAND_DISPLAY ayarlı).
Masaüstü oturumunuzdan başlatın veya komut satırını kullanın: claude-usage --help</translation>
    </message>
    <message>
        <source>Claude Usage (demo)</source>
        <translation>Claude Kullanımı (demo)</translation>
    </message>
    <message>
        <source>Claude Usage</source>
        <translation>Claude Kullanımı</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{name}&apos;s session is at {percent}</source>
        <translation>{name} oturumu {percent} seviyesinde</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit is at {percent}</source>
        <translation>{name} haftalık {model} limiti: {percent}</translation>
    </message>
    <message>
        <source>{name}&apos;s organisation has spent {percent} of its limit</source>
        <translation>{name} kuruluşu limitinin {percent} kadarını harcadı</translation>
    </message>
    <message>
        <source>{name}&apos;s week is at {percent}</source>
        <translation>{name} haftası {percent} seviyesinde</translation>
    </message>
    <message>
        <source>At 100 % the organisation&apos;s Claude Code use stops until then.</source>
        <translation>Yüzde 100&apos;de kuruluşun Claude Code kullanımı o zamana kadar durur.</translation>
    </message>
    <message>
        <source>At 100 % Claude stops answering on this account until then.</source>
        <translation>%100&apos;de Claude bu hesapta o zamana kadar yanıt vermez.</translation>
    </message>
    <message>
        <source>At 100 % {model} stops answering on this account until then.</source>
        <translation>Yüzde 100&apos;de {model} bu hesapta o zamana kadar yanıt vermez.</translation>
    </message>
    <message>
        <source>It resets soon.</source>
        <translation>Yakında sıfırlanacak.</translation>
    </message>
    <message>
        <source>Resets in {duration} ({clock}).</source>
        <translation>{duration} sonra sıfırlanır ({clock}).</translation>
    </message>
    <message>
        <source>The limit starts over soon.</source>
        <translation>Limit yakında sıfırlanır.</translation>
    </message>
    <message>
        <source>The limit starts over in {duration}.</source>
        <translation>Limit {duration} sonra sıfırlanır.</translation>
    </message>
    <message>
        <source>{name}&apos;s sign-in expires in %n day(s)</source>
        <translation>{name} oturumunun süresi %n gün içinde doluyor</translation>
    </message>
    <message>
        <source>Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code login: run `claude`) to keep tracking this account.</source>
        <translation>Oturumlar, yenilense de yenilenmese de yaklaşık 28 gün sürer. Bu hesabı izlemeye devam etmek için yeniden oturum açın (Claude Code girişi için: `claude` çalıştırın).</translation>
    </message>
    <message>
        <source>{name}&apos;s session limit has reset</source>
        <translation>{name} oturum limiti sıfırlandı</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly {model} limit has reset</source>
        <translation>{name} haftalık {model} limiti sıfırlandı</translation>
    </message>
    <message>
        <source>{name}&apos;s weekly limit has reset</source>
        <translation>{name} haftalık limiti sıfırlandı</translation>
    </message>
    <message>
        <source>You can use Claude on {name} again.</source>
        <translation>{name} üzerinde Claude&apos;u yeniden kullanabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>OrgDetailsDialog</name>
    <message>
        <source>{name} — Claude Code this month</source>
        <translation>{name} — bu ay Claude Code</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Ada göre filtrele</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Üyeler</translation>
    </message>
</context>
<context>
    <name>OrgPeopleModel</name>
    <message>
        <source>Member</source>
        <translation>Üye</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Harcama</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>Limitin %</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <source>Lines +</source>
        <translation>Satır +</translation>
    </message>
    <message>
        <source>Lines −</source>
        <translation>Satır −</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commit&apos;ler</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR&apos;ler</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edilen</translation>
    </message>
</context>
<context>
    <name>OrgSummaryBlock</name>
    <message>
        <source>CLAUDE CODE THIS MONTH</source>
        <translation>BU AY CLAUDE CODE</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Ayrıntılar…</translation>
    </message>
    <message>
        <source>Everyone, sortable by spend and productivity</source>
        <translation>Herkes, harcama ve üretkenliğe göre sıralanabilir</translation>
    </message>
    <message>
        <source>Top by spend</source>
        <translation>Harcamaya göre ilk sıradakiler</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Harcama</translation>
    </message>
    <message>
        <source>of limit</source>
        <translation>limitin</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <source>Claude Usage</source>
        <translation>Claude Kullanımı</translation>
    </message>
    <message>
        <source>Claude usage</source>
        <translation>Claude kullanımı</translation>
    </message>
    <message>
        <source>How old the figures shown are</source>
        <translation>Gösterilen değerlerin yaşı</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <source>Fetch usage now</source>
        <translation>Kullanımı şimdi al</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hesaplar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>Fetch usage now (F5)</source>
        <translation>Kullanımı şimdi al (F5)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Hesap &amp;ekle…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Tamam</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>İ&amp;ptal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Kaydetmeden Kapat</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Öntanımlıları Geri Yükle</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Evet</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hayır</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>At</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pyala</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Bağlantı Konumunu Kopyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
</context>
<context>
    <name>Remove</name>
    <message>
        <source>Remove account</source>
        <translation>Hesabı kaldır</translation>
    </message>
    <message>
        <source>Remove “{name}” from Claude Usage?</source>
        <translation>“{name}” Claude Usage&apos;dan kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Its saved credentials are deleted from this app. Claude Code&apos;s own login, and the account itself, are not affected.</source>
        <translation>Kayıtlı kimlik bilgileri bu uygulamadan silinir. Claude Code&apos;un kendi girişi ve hesabın kendisi etkilenmez.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename account</source>
        <translation>Hesabı yeniden adlandır</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>“{name}” için &amp;yeni ad:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Yeni ad</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Sayı</translation>
    </message>
    <message>
        <source>Two &amp;bars</source>
        <translation>İki &amp;çubuk</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>&amp;Halka</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Claude Code&apos;s refresh tokens are single-use. When this app refreshes a linked login it must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes at the same moment, or the write fails, Claude Code is signed out and you must run `claude` to sign in again. Leave this off unless you know you need it.</source>
        <translation>Claude Code&apos;un yenileme belirteçleri tek kullanımlıktır. Bu uygulama bağlı bir girişi yenilediğinde yeni belirteçleri Claude Code&apos;un onları sakladığı yere geri yazmalıdır; Claude Code aynı anda yenilerse veya yazma başarısız olursa Claude Code&apos;un oturumu kapanır ve yeniden giriş yapmak için `claude` komutunu çalıştırmanız gerekir. Gerektiğinden emin değilseniz kapalı bırakın.</translation>
    </message>
    <message>
        <source>Claude Usage settings</source>
        <translation>Claude Kullanımı ayarları</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Yenileme sıklığı:</translation>
    </message>
    <message>
        <source>S&amp;tart Claude Usage when I log in</source>
        <translation>Oturum açtığımda Claude Kullanımı&apos;nı &amp;başlat</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>Kullanılamıyor: {reason}.</translation>
    </message>
    <message>
        <source>O&amp;pen the popup with:</source>
        <translation>Açılır pencereyi şununla &amp;aç:</translation>
    </message>
    <message>
        <source>A key combination that works in every application.</source>
        <translation>Her uygulamada çalışan bir tuş birleşimi.</translation>
    </message>
    <message>
        <source>Global shortcut</source>
        <translation>Genel kısayol</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Tray icon:</source>
        <translation>Tepsi simgesi:</translation>
    </message>
    <message>
        <source>&amp;Keep my own order of the accounts</source>
        <translation>Hesapların &amp;kendi sıramı koru</translation>
    </message>
    <message>
        <source>Otherwise accounts that need attention and the fullest come first. Drag an account, or press Alt+↑/↓ on it, to move it.</source>
        <translation>Aksi hâlde ilgi bekleyen ve en dolu hesaplar önce gelir. Bir hesabı taşımak için sürükleyin veya üzerindeyken Alt+↑/↓ tuşlarına basın.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>&amp;Warn when usage crosses a threshold</source>
        <translation>Kullanım bir eşiği aştığında &amp;uyar</translation>
    </message>
    <message>
        <source>e.g. 80, 95</source>
        <translation>ör. 80, 95</translation>
    </message>
    <message>
        <source>&amp;Session thresholds (%):</source>
        <translation>&amp;Oturum eşikleri (%):</translation>
    </message>
    <message>
        <source>W&amp;eekly thresholds (%):</source>
        <translation>&amp;Haftalık eşikler (%):</translation>
    </message>
    <message>
        <source>Tell me when a limit I reached has reset</source>
        <translation>Ulaştığım bir limit sıfırlandığında haber ver</translation>
    </message>
    <message>
        <source>Tell me when an account needs &amp;attention</source>
        <translation>Bir hesap &amp;ilgi beklediğinde haber ver</translation>
    </message>
    <message>
        <source>Show in the popup</source>
        <translation>Açılır pencerede göster</translation>
    </message>
    <message>
        <source>Session (5-hour) usage</source>
        <translation>Oturum (5 saat) kullanımı</translation>
    </message>
    <message>
        <source>Weekly usage</source>
        <translation>Haftalık kullanım</translation>
    </message>
    <message>
        <source>Per-model weekly usage</source>
        <translation>Model başına haftalık kullanım</translation>
    </message>
    <message>
        <source>Extra usage (credits)</source>
        <translation>Ek kullanım (krediler)</translation>
    </message>
    <message>
        <source>7-day chart</source>
        <translation>7 günlük grafik</translation>
    </message>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Simge rengi: sınırlayan her limit</translation>
    </message>
    <message>
        <source>The icon&apos;s colour follows the limit holding an account back (a weekly or a model&apos;s limit), not only the session; a corner mark shows it either way</source>
        <translation>Simge rengi yalnızca oturumu değil, hesabı sınırlayan limiti (haftalık veya bir modelin limiti) izler; köşe işareti her durumda gösterir</translation>
    </message>
    <message>
        <source>A small chart of the last 7 days of session and weekly usage on each card</source>
        <translation>Her kartta son 7 günün oturum ve haftalık kullanımını gösteren küçük bir grafik</translation>
    </message>
    <message>
        <source>Accounts linked to Claude Code&apos;s login</source>
        <translation>Claude Code girişine bağlı hesaplar</translation>
    </message>
    <message>
        <source>Rea&amp;d-only: when the login expires, ask me to run `claude`</source>
        <translation>Salt &amp;okunur: giriş süresi dolunca `claude` çalıştırmamı iste</translation>
    </message>
    <message>
        <source>Refresh it myself and write the new login &amp;back</source>
        <translation>Kendim yenileyip yeni girişi &amp;geri yaz</translation>
    </message>
    <message>
        <source>Local usage feed</source>
        <translation>Yerel kullanım akışı</translation>
    </message>
    <message>
        <source>Ser&amp;ve my usage to programs on this computer</source>
        <translation>Kullanımımı bu bilgisayardaki programlara &amp;sun</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Bağlantı noktası:</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(kullanılamıyor)</translation>
    </message>
    <message>
        <source>GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` document to programs that send the token kept in {where} (readable only by you) as `Authorization: Bearer TOKEN`. Off by default.</source>
        <translation>GET http://127.0.0.1:PORT/v1/usage, {where} içinde saklanan belirteci (yalnızca siz okuyabilirsiniz) `Authorization: Bearer TOKEN` olarak gönderen programlara `claude-usage usage --json` belgesini döndürür. Varsayılan olarak kapalı.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Oturum</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Haftalık</translation>
    </message>
    <message>
        <source>{window} thresholds: whole numbers from 1 to 100, separated by commas.</source>
        <translation>{window} eşikleri: virgülle ayrılmış 1–100 arası tam sayılar.</translation>
    </message>
</context>
<context>
    <name>Shortcut</name>
    <message>
        <source>Wayland does not let applications listen for keys. Bind a shortcut to the command claude-usage-tray in your desktop&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Wayland, uygulamaların tuşları dinlemesine izin vermez. Bunun yerine masaüstünüzün klavye ayarlarında claude-usage-tray komutuna bir kısayol atayın: yeniden başlatmak bu pencereyi açar.</translation>
    </message>
    <message>
        <source>Not available on this system yet. Bind a shortcut to claude-usage-tray in the system&apos;s keyboard settings instead: starting it again opens this popup.</source>
        <translation>Bu sistemde henüz kullanılamıyor. Bunun yerine sistemin klavye ayarlarında claude-usage-tray için bir kısayol atayın: yeniden başlatmak bu pencereyi açar.</translation>
    </message>
    <message>
        <source>Not one key combination</source>
        <translation>Tek bir tuş birleşimi değil</translation>
    </message>
    <message>
        <source>Use at least one of Ctrl, Alt, Shift, Meta</source>
        <translation>Ctrl, Alt, Shift veya Meta&apos;dan en az birini kullanın</translation>
    </message>
    <message>
        <source>Unknown key: {key}</source>
        <translation>Bilinmeyen tuş: {key}</translation>
    </message>
    <message>
        <source>{sequence} is already taken by another application</source>
        <translation>{sequence} zaten başka bir uygulama tarafından kullanılıyor</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Show usage</source>
        <translation>Kullanımı göster</translation>
    </message>
    <message>
        <source>Open the popup at this account</source>
        <translation>Açılır pencereyi bu hesapta aç</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Şimdi yenile</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Hesap ekle…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ayarlar…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>The shortcut {keys} does not work here: {problem}</source>
        <translation>{keys} kısayolu burada çalışmıyor: {problem}</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>{value} percent</source>
        <translation>yüzde {value}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for this account.</source>
        <translation>Bu hesap için bir ad girin.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>“{name}” adlı bir hesap zaten var.</translation>
    </message>
    <message>
        <source>Paste the contents of Claude Code&apos;s .credentials.json.</source>
        <translation>Claude Code&apos;un .credentials.json dosyasının içeriğini yapıştırın.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line {line}, column {column}).</source>
        <translation>Bu geçerli bir JSON değil (satır {line}, sütun {column}).</translation>
    </message>
    <message>
        <source>Paste an Admin API key (it starts with sk-ant-admin).</source>
        <translation>Bir Admin API anahtarı yapıştırın (sk-ant-admin ile başlar).</translation>
    </message>
    <message>
        <source>This key looks cut short.</source>
        <translation>Bu anahtar eksik görünüyor.</translation>
    </message>
    <message>
        <source>Paste the code shown after signing in.</source>
        <translation>Giriş yaptıktan sonra gösterilen kodu yapıştırın.</translation>
    </message>
    <message>
        <source>The code has no spaces — paste it again.</source>
        <translation>Kodda boşluk yoktur — yeniden yapıştırın.</translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>now</source>
        <translation>şimdi</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Harcama</translation>
    </message>
    <message>
        <source>session</source>
        <translation>oturum</translation>
    </message>
    <message>
        <source>week</source>
        <translation>hafta</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>session peak {percent}</source>
        <translation>oturum zirvesi {percent}</translation>
    </message>
    <message>
        <source>week peak {percent}</source>
        <translation>hafta zirvesi {percent}</translation>
    </message>
    <message>
        <source>retrying at the next refresh</source>
        <translation>bir sonraki yenilemede yeniden denenecek</translation>
    </message>
    <message>
        <source>retrying in {duration} ({clock})</source>
        <translation>{duration} sonra yeniden denenecek ({clock})</translation>
    </message>
    <message>
        <source>sign in again to keep tracking it</source>
        <translation>izlemeye devam etmek için yeniden giriş yapın</translation>
    </message>
    <message>
        <source>sign in with Claude</source>
        <translation>Claude ile giriş yapın</translation>
    </message>
    <message>
        <source>will retry at the next refresh</source>
        <translation>bir sonraki yenilemede yeniden denenecek</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>: could not fetch usage</source>
        <translation>: kullanım alınamadı</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Hata: {message}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Eski</translation>
    </message>
    <message>
        <source>Stale — showing values from {clock}</source>
        <translation>Eski — {clock} değerleri</translation>
    </message>
    <message>
        <source>far ahead of pace</source>
        <translation>tempodan çok önde</translation>
    </message>
    <message>
        <source>ahead of pace ({ratio}×)</source>
        <translation>tempodan önde ({ratio}×)</translation>
    </message>
    <message>
        <source>under pace ({ratio}×)</source>
        <translation>temponun altında ({ratio}×)</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>tempoda</translation>
    </message>
    <message>
        <source>runs out at {clock} (in {duration})</source>
        <translation>{clock} tükenir ({duration} sonra)</translation>
    </message>
    <message>
        <source>used this month · no monthly cap</source>
        <translation>bu ay kullanılan · aylık üst sınır yok</translation>
    </message>
    <message>
        <source>used this month</source>
        <translation>bu ay kullanılan</translation>
    </message>
    <message>
        <source>Extra usage</source>
        <translation>Ek kullanım</translation>
    </message>
    <message>
        <source>Session (5 h)</source>
        <translation>Oturum (5 sa)</translation>
    </message>
    <message>
        <source>Week (all models)</source>
        <translation>Hafta (tüm modeller)</translation>
    </message>
    <message>
        <source>Week · {model}</source>
        <translation>Hafta · {model}</translation>
    </message>
    <message>
        <source>The session resets at {clock}</source>
        <translation>Oturum {clock} saatinde sıfırlanır</translation>
    </message>
    <message>
        <source>The week resets at {clock}</source>
        <translation>Hafta {clock} saatinde sıfırlanır</translation>
    </message>
    <message>
        <source>{window} limit reached — back {clock}</source>
        <translation>{window}: limite ulaşıldı — {clock} saatinde geri gelir</translation>
    </message>
    <message>
        <source>{window} runs out {clock} — {early} before reset</source>
        <translation>{window} {clock} saatinde tükenir — sıfırlanmadan {early} önce</translation>
    </message>
    <message>
        <source>{window} nearly used up — resets in {left}</source>
        <translation>{window} neredeyse bitti — {left} sonra sıfırlanır</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Oturum</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Hafta</translation>
    </message>
    <message>
        <source>Waiting for the first update…</source>
        <translation>İlk güncelleme bekleniyor…</translation>
    </message>
    <message>
        <source>No usage reported yet</source>
        <translation>Henüz kullanım bildirilmedi</translation>
    </message>
    <message>
        <source>{tokens} tok · ≈ {money}</source>
        <translation>{tokens} belirteç · ≈ {money}</translation>
    </message>
    <message>
        <source>{name} (key)</source>
        <translation>{name} (anahtar)</translation>
    </message>
    <message>
        <source>{name} (user)</source>
        <translation>{name} (kullanıcı)</translation>
    </message>
    <message>
        <source>≈ {money} (estimated)</source>
        <translation>≈ {money} (tahmini)</translation>
    </message>
    <message>
        <source>{input} in · {output} out</source>
        <translation>{input} giriş · {output} çıkış</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Belirteçler</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>Önbellekten</translation>
    </message>
    <message>
        <source>{tokens} of the input</source>
        <translation>girişin {tokens} kadarı</translation>
    </message>
    <message>
        <source>No price for</source>
        <translation>Fiyatı yok:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>model and key costs are estimates at list prices; Spend is the bill</source>
        <translation>model ve anahtar maliyetleri liste fiyatıyla tahmindir; Harcama faturadır</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Başlıca modeller</translation>
    </message>
    <message>
        <source>Top keys and users</source>
        <translation>Başlıca anahtarlar ve kullanıcılar</translation>
    </message>
    <message>
        <source>{money} spent {period}</source>
        <translation>{period} {money} harcandı</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin API</translation>
    </message>
    <message>
        <source>month to date</source>
        <translation>ay başından beri</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>{date} tarihinden beri</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{money} this month</source>
        <translation>bu ay {money}</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>henüz veri yok</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>oturum {value}</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>hafta {value}</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>limit yok</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (eski)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>başlamadı</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>oturum açılmalı</translation>
    </message>
    <message>
        <source>Claude Code&apos;s login expired</source>
        <translation>Claude Code girişinin süresi doldu</translation>
    </message>
    <message>
        <source>can&apos;t read usage</source>
        <translation>kullanım okunamıyor</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>kimlik bilgileri reddedildi</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>çevrimdışı</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>istek sınırında</translation>
    </message>
    <message>
        <source>blocked by Cloudflare</source>
        <translation>Cloudflare tarafından engellendi</translation>
    </message>
    <message>
        <source>could not fetch usage</source>
        <translation>kullanım alınamadı</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <source>{title} — no accounts yet</source>
        <translation>{title} — henüz hesap yok</translation>
    </message>
    <message>
        <source>{title} — worst session {percent}</source>
        <translation>{title} — en yüksek oturum {percent}</translation>
    </message>
    <message>
        <source>Import {accounts} from {source}</source>
        <translation>{source} içinden {accounts} içe aktar</translation>
    </message>
    <message>
        <source>Nothing new to import from {source}: its accounts are already here.</source>
        <translation>{source} içinden içe aktarılacak yeni bir şey yok: hesapları zaten burada.</translation>
    </message>
    <message>
        <source>Imported {accounts} from {source}: {names}.</source>
        <translation>{source} içinden {accounts} içe aktarıldı: {names}.</translation>
    </message>
    <message>
        <source>Can&apos;t reach Anthropic since {clock}</source>
        <translation>{clock} saatinden beri Anthropic&apos;e ulaşılamıyor</translation>
    </message>
    <message>
        <source>retrying {clock}</source>
        <translation>{clock} yeniden denenecek</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Güncelleniyor…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Henüz güncellenmedi</translation>
    </message>
    <message>
        <source>Data from {clock} ({age})</source>
        <translation>{clock} verileri ({age})</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>{age} güncellendi</translation>
    </message>
</context>
<context>
    <name>WslLoginChooser</name>
    <message>
        <source>Claude Code login to link</source>
        <translation>Bağlanacak Claude Code girişi</translation>
    </message>
    <message>
        <source>Claude Code on this computer</source>
        <translation>Bu bilgisayardaki Claude Code</translation>
    </message>
    <message>
        <source>{distro} (WSL) — {user}</source>
        <translation>{distro} (WSL) — {user}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Giriş:</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n hesap</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sign in again to {name} ({email})</source>
        <translation>{name} hesabına yeniden giriş yap ({email})</translation>
    </message>
    <message>
        <source>Sign in again to {name}</source>
        <translation>{name} hesabına yeniden giriş yap</translation>
    </message>
    <message>
        <source>Your browser opens Claude&apos;s sign-in page. Sign in as {who} and approve; you come back here automatically, and {name} is tracked again.</source>
        <translation>Tarayıcınız Claude giriş sayfasını açar. {who} olarak giriş yapıp onaylayın; otomatik olarak buraya dönersiniz ve {name} yeniden izlenir.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>bu hesap</translation>
    </message>
</context>
</TS>
