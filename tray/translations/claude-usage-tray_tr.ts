<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
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
        <translation>Commit'ler</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR'ler</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Icon colour: any binding limit</source>
        <translation>Simge rengi: sınırlayan her limit</translation>
    </message>
    <message>
        <source>The icon's colour follows the limit holding an account back (a weekly or a model's limit), not only the session; a corner mark shows it either way</source>
        <translation>Simge rengi yalnızca oturumu değil, hesabı sınırlayan limiti (haftalık veya bir modelin limiti) izler; köşe işareti her durumda gösterir</translation>
    </message>
</context>
<context>
    <name>SignInDeadlineRow</name>
    <message>
        <source>Sign in again…</source>
        <translation>Yeniden giriş yap…</translation>
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
        <source>Paste the contents of Claude Code's .credentials.json.</source>
        <translation>Claude Code'un .credentials.json dosyasının içeriğini yapıştırın.</translation>
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
</TS>
