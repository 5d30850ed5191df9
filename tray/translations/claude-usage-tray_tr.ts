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
    <name>Notifications</name>
    <message>
        <source>{account}: session (5-hour) usage at {percent}</source>
        <translation>{account}: oturum (5 saat) kullanımı {percent}</translation>
    </message>
    <message>
        <source>{account}: weekly usage at {percent}</source>
        <translation>{account}: haftalık kullanım {percent}</translation>
    </message>
    <message>
        <source>{account} has used {percent} of its session (5-hour) limit.</source>
        <translation>{account}, oturum limitinin (5 saat) {percent} kadarını kullandı.</translation>
    </message>
    <message>
        <source>{account} has used {percent} of its weekly limit.</source>
        <translation>{account}, haftalık limitinin {percent} kadarını kullandı.</translation>
    </message>
    <message>
        <source>{account}: session (5-hour) limit reset</source>
        <translation>{account}: oturum limiti (5 saat) sıfırlandı</translation>
    </message>
    <message>
        <source>{account}: weekly limit reset</source>
        <translation>{account}: haftalık limit sıfırlandı</translation>
    </message>
    <message>
        <source>The session (5-hour) window of {account} has reset; you can use Claude again.</source>
        <translation>{account} hesabının oturumu (5 saat) sıfırlandı; Claude'u yeniden kullanabilirsiniz.</translation>
    </message>
    <message>
        <source>The weekly window of {account} has reset; you can use Claude again.</source>
        <translation>{account} hesabının haftalık dönemi sıfırlandı; Claude'u yeniden kullanabilirsiniz.</translation>
    </message>
    <message>
        <source>Claude Code's login expired — run `claude` to refresh it.</source>
        <translation>Claude Code girişinin süresi doldu — yenilemek için `claude` komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Sign in again to keep tracking this account.</source>
        <translation>Bu hesabı izlemeye devam etmek için yeniden giriş yapın.</translation>
    </message>
    <message>
        <source>This login can't read usage — sign in with Claude instead.</source>
        <translation>Bu giriş kullanımı okuyamıyor — bunun yerine Claude ile giriş yapın.</translation>
    </message>
    <message>
        <source>Its credentials were refused — check or replace them.</source>
        <translation>Kimlik bilgileri reddedildi — kontrol edin veya değiştirin.</translation>
    </message>
    <message>
        <source>You are about to hit the limit.</source>
        <translation>Limite ulaşmak üzeresiniz.</translation>
    </message>
    <message>
        <source>{account} needs attention</source>
        <translation>{account} ilgi bekliyor</translation>
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
</TS>
