# mailpasswd: every text a person reads, in Turkish (tr).
# Register: a careful company IT page, polite "siz" in every sentence
# ("girin", "deneyin", "şifreniz"); buttons use the usual short Turkish UI
# command ("Giriş yap", "Şifreyi değiştir"). Variables are { $name }; same
# messages and variables as the German reference.
# Provider's FAQ wording: "Değişiklik hemen geçerli olur."
# No Turkish suffix is attached to a variable (a time, domain or address
# would need a different ending for each value).

## Frame of every page

# The site's name when the operator names no provider.
title = E-posta şifresi değiştirme
language-name = Dil
# Before an error, for screen readers.
error-prefix = Hata:
# The browser tab's title of a page that shows an error.
error-title = Hata: { $title }
support-intro = Sorularınız mı var? Destek ekibi yardımcı olur:
back-to-start = Giriş sayfasına dön

## Login

login-intro = E-posta adresiniz ve mevcut şifrenizle giriş yapın. Ardından yeni bir şifre belirleyebilirsiniz.
email-label = E-posta adresi
email-hint = Adresinizin tamamı, ör. ad.soyad@{ $domain }
current-password-label = Mevcut şifre
show-current-password = Şifreyi göster
login-button = Giriş yap
login-busy = Giriş yapılıyor…
login-failed = Giriş başarısız oldu. Lütfen e-posta adresinizi ve şifrenizi kontrol edin.
# After a few failed logins for one address from this browser.
attempts-left =
    { $left ->
        [one] Son bir deneme hakkınız kaldı; ardından bu sayfadan giriş, saat { $clock } olana kadar engellenir.
       *[other] { $left } deneme hakkınız kaldı; ardından bu sayfadan giriş, saat { $clock } olana kadar engellenir.
    } Posta kutunuz bundan etkilenmez.
session-expired = Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın.
logged-out = Oturumunuz kapatıldı.

## The new password

password-title = Yeni şifre belirleyin
logged-in-as = Giriş yapılan hesap:
session-valid = Yeni şifreyi kaydetmek için girişten itibaren { $minutes } dakikanız var.
new-password-label = Yeni şifre
new-password-hint = En az { $min } karakter
show-new-password = Yeni şifreyi göster
confirm-password-label = Yeni şifre (tekrar)
show-confirm-password = Şifre tekrarını göster
show-password = Göster
hide-password = Gizle
rules-heading = Yeni şifreniz
rule-length = en az { $min }, en fazla { $max } karakterden oluşmalı,
rule-differs = mevcut şifrenizden farklı olmalı,
rule-not-name = posta kutusu adını ve alan adını içermemeli,
rule-not-provider = “{ $provider }” adını içermemeli,
rule-not-guessable = kolayca tahmin edilememeli ve veri sızıntılarında yer almamış olmalı.
# Said beside a rule the typed password already meets.
rule-met = karşılanıyor
rule-tip = İpucu: Birkaç rastgele kelime, akılda kalması kolay ve uzun bir şifre oluşturur, ör. “{ $example }”. Kendi kelimelerinizi bulun: Buradaki örnek kabul edilmez.
change-button = Şifreyi değiştir
change-busy = Değiştiriliyor…
logout-button = Çıkış yap
new-password-empty = Yeni bir şifre girin.
confirm-password-empty = Yeni şifreyi tekrar girin.
passwords-differ = Şifreler eşleşmiyor.
violations-heading = Yeni şifre kaydedilmedi.
error-summary-heading = Bir sorun var
quota = Kullanılan depolama alanı: { $used } / { $limit }
quota-full = Posta kutunuz neredeyse dolu. Kutu dolduğunda yeni e-postalar alınamaz. Eski e-postaları silin veya çöp kutusunu boşaltın.

## Success

success-heading = Şifre değiştirildi
success-for = { $mailbox } posta kutusunun şifresi değiştirildi.
success-text = Değişiklik hemen geçerli olur. Artık hem e-posta programınızda hem de webmail'de yalnızca yeni şifre kullanılabilir.
success-sessions = Bu sayfadaki diğer oturumlar sonlandırıldı. Diğer cihazlarınızdaki e-posta programları yeni şifreyi soracaktır: Lütfen şifreyi oraya girin.
success-mail = Onay e-postasını { $mailbox } adresine gönderdik.
to-webmail = Webmail'e git
close-window = Bu pencereyi artık kapatabilirsiniz.

## Error pages

unavailable-heading = Şu anda mümkün değil
forbidden-heading = Formun süresi doldu
not-found-heading = Sayfa bulunamadı
rate-limited-heading = Çok fazla deneme
error-heading = İşlem başarısız oldu
unavailable = Posta sunucusuna şu anda ulaşılamıyor. Şifreniz değiştirilmedi. Lütfen birkaç dakika sonra tekrar deneyin.
not-confirmed = Posta sunucusu yeni şifreyi onaylamadı. Mevcut şifreniz geçerliliğini koruyor. Lütfen birkaç dakika sonra tekrar deneyin.
forbidden = Formun süresi doldu. Lütfen yeniden giriş yapın.
bad-request = Girilen bilgiler işlenemedi.
too-large = Girilen bilgiler çok uzun.
not-found = Bu sayfa mevcut değil.
internal = Dahili bir hata oluştu. Şifreniz değiştirilmedi.

## Failures of a change or a request

not-saved = Şifre şu anda kaydedilemiyor; mevcut şifreniz geçerliliğini koruyor. Lütfen daha sonra tekrar deneyin.
uncertain = Yeni şifrenizin kaydedilip kaydedilmediğini tespit edemedik. Lütfen e-posta programınızda yeni şifreyle giriş yapmayı deneyin; giriş yapamazsanız mevcut şifreniz hâlâ geçerlidir. Emin değilseniz destek ekibine başvurun.
not-in-store = Bu posta kutusunun şifresi burada değiştirilemez. Lütfen destek ekibine başvurun.
overloaded = Şu anda çok sayıda kişi şifresini değiştiriyor. Şifreniz değiştirilmedi. Lütfen birkaç saniye sonra tekrar deneyin.
superseded = Bu posta kutusunun şifresi bu arada değiştirildi. Lütfen güncel şifreyle yeniden giriş yapın.
check-unavailable = Yeni şifrenin veri sızıntılarında yer alıp almadığı şu anda kontrol edilemiyor. Şifreniz değiştirilmedi. Lütfen birkaç dakika sonra tekrar deneyin.
request-timeout = İstek çok yavaş ulaştı. Lütfen tekrar deneyin.

## Too many attempts

too-many-attempts = Çok fazla deneme yapıldı.
try-again-in =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Lütfen bir saniye sonra tekrar deneyin.
               *[other] Lütfen { $seconds } saniye sonra tekrar deneyin.
            }
        [one] Lütfen bir dakika sonra tekrar deneyin.
       *[other] Lütfen { $minutes } dakika sonra tekrar deneyin.
    }
try-again-in-until =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Lütfen bir saniye sonra (saat { $clock } itibarıyla) tekrar deneyin.
               *[other] Lütfen { $seconds } saniye sonra (saat { $clock } itibarıyla) tekrar deneyin.
            }
        [one] Lütfen bir dakika sonra (saat { $clock } itibarıyla) tekrar deneyin.
       *[other] Lütfen { $minutes } dakika sonra (saat { $clock } itibarıyla) tekrar deneyin.
    }
mailbox-not-blocked = Bu engel posta kutunuzu etkilemez: E-posta programlarınız ve webmail çalışmaya devam eder.

## The address and password fields

address-empty = Lütfen e-posta adresinizi girin.
address-too-long = E-posta adresi çok uzun.
address-control-character = E-posta adresi bir satır sonu veya kontrol karakteri içeriyor.
address-forbidden-character = E-posta adresi “{ $character }” karakterini içeriyor. İzin verilenler: a–z harfleri, rakamlar, nokta, kısa çizgi ve alt çizgi.
address-incomplete = Lütfen e-posta adresinizin tamamını girin (ad@alanadi).
password-empty = Lütfen mevcut şifrenizi girin.
password-too-many-chars = Şifre { $max } karakterden uzun.
password-too-many-bytes = Şifre { $max } bayttan uzun.
password-control-character = Şifre, e-posta programlarının gönderemediği bir kontrol karakteri (ör. satır sonu) içeriyor.

## The rules a new password breaks

violation-too-short = Yeni şifre en az { $min } karakter uzunluğunda olmalıdır.
violation-too-long = Yeni şifre en fazla { $max } karakter uzunluğunda olabilir.
violation-too-many-bytes = Yeni şifre, posta sunucusunun kayıt biçimi için çok uzun (en fazla { $max } bayt; ç, ğ, ı, ö, ş, ü gibi Türkçe karakterler iki bayt sayılır).
violation-same-as-current = Yeni şifre, mevcut şifrenizden farklı olmalıdır.
violation-contains-local-part = Yeni şifre, posta kutusunun adını içeremez.
violation-contains-domain = Yeni şifre, alan adını içeremez.
violation-contains-context-word = Yeni şifre, sağlayıcının veya şirketin adı olan “{ $word }” ifadesini içeremez.
violation-common = Yeni şifre, sık kullanılan veya yayımlanmış şifrelerin bulunduğu bir listede yer alıyor ve kolayca tahmin edilebilir.
violation-not-normalized = Yeni şifre birleşik karakterler içeriyor (ör. “u” harfi ile ayrı iki noktadan oluşturulmuş bir “ü”); diğer cihazlar bu karakterleri farklı girer. Lütfen Türkçe karakterleri doğrudan yazın.
violation-breached = Yeni şifre, veri sızıntılarında ortaya çıkmış bir şifre. Saldırganlar bu tür şifreleri, uzun olsalar bile, ilk önce dener. Lütfen başka bir şifre seçin.
violation-shown-example = Yeni şifre, bu sayfada gösterilen bir örnek. Sayfayı gören herkes bu şifreyi bilir. Lütfen kendi kelimelerinizi bulun.
guessable-repeat = Yeni şifre kolayca tahmin edilebilir: “selamselam” gibi kendini tekrar ediyor.
guessable-sequence = Yeni şifre kolayca tahmin edilebilir: “abcd” veya “1234” gibi bir dizi içeriyor.
guessable-keyboard = Yeni şifre kolayca tahmin edilebilir: “qwerty” veya “asdf” gibi klavyede yan yana duran tuşlardan oluşuyor.
guessable-common = Yeni şifre kolayca tahmin edilebilir: Çok sık kullanılan bir şifreye benziyor.
guessable-words = Yeni şifre kolayca tahmin edilebilir: Rakam veya yıl eklenmiş tek bir kelime, harflerinin yeri değiştirilmiş olsa bile hızla tahmin edilir.
guessable-date = Yeni şifre kolayca tahmin edilebilir: Yıllar ve tarihler hızla tahmin edilir.
guessable-personal = Yeni şifre kolayca tahmin edilebilir: Saldırganlar ilk önce e-posta adresinizin veya sağlayıcı adının parçalarını dener.
guessable-phrase = Yeni şifre kolayca tahmin edilebilir: Yaygın olarak bilinen bir ifadeden oluşuyor. Saldırganlar bu tür sözleri (selamlaşmalar, atasözleri, şarkı adları) boşluk, sayı veya noktalama işaretleri eklenmiş olsa bile ilk önce dener.
guessable-frequent-words = Yeni şifre kolayca tahmin edilebilir: Çok yaygın birkaç kelimeden oluşuyor.
guessable-place-or-club = Yeni şifre kolayca tahmin edilebilir: Kulüp ve yer adları, yanlarına yıl eklense bile saldırganların kelime listelerinde bulunur.
guessable-name = Yeni şifre kolayca tahmin edilebilir: Saldırganlar isimleri ve doğum yıllarını ilk sıralarda dener.
guessable-calendar = Yeni şifre kolayca tahmin edilebilir: Aylar, haftanın günleri, mevsimler ve bayramlar, art arda sıralansalar bile hızla tahmin edilir.
guessable-number-words = Yeni şifre kolayca tahmin edilebilir: “bir iki üç” gibi yazıyla yazılmış sayılar, rakamlar kadar hızlı tahmin edilir.
guessable-other = Yeni şifrenin tahmin edilmesi çok kolay.
guessable-tip = Daha iyisi: birbiriyle hiçbir ilgisi olmayan birkaç rastgele kelime.
directory-quality = Yeni şifre, posta kutusu sağlayıcınızın kalite kurallarını karşılamıyor. Lütfen başka bir şifre seçin.
directory-too-short = Yeni şifre, posta kutusu sağlayıcınızın izin verdiğinden daha kısa. Lütfen daha uzun bir şifre seçin.
directory-too-long = Yeni şifre, posta kutusu sağlayıcınızın izin verdiğinden daha uzun. Lütfen daha kısa bir şifre seçin.
directory-too-young = Şifreniz kısa süre önce değiştirildi. Yeni bir değişiklik ancak bir bekleme süresinden sonra mümkündür; o zamana kadar mevcut şifreniz geçerlidir.
directory-in-history = Bu şifreyi daha önce kullandınız. Lütfen daha önce kullanmadığınız bir şifre seçin.
directory-not-allowed = Posta kutusu sağlayıcınız, bu posta kutusunun şifresinin burada değiştirilmesine izin vermiyor. Lütfen destek ekibine başvurun.
directory-other = Posta kutusu sağlayıcınız bu şifreyi kabul etmiyor. Lütfen başka bir şifre seçin.

## Reset links and the admin API

link-gone-heading = Bağlantı artık geçerli değil
link-gone = Bağlantının süresi dolmuş veya bağlantı daha önce kullanılmış – lütfen yöneticinizden yeni bir bağlantı isteyin.
reset-intro = Posta kutunuz için yeni bir şifre belirleyin. Bunun için mevcut şifrenize ihtiyacınız yok.
admin-unauthorized = API anahtarı eksik veya tanınmıyor.
admin-forbidden = Bu API anahtarının, bu posta kutusu için bu işlemi yapma yetkisi yok.
admin-no-such-mailbox = Böyle bir posta kutusu yok.

## Forgotten password and the recovery address

forgot-link = Şifrenizi mi unuttunuz?
forgot-title = Şifremi unuttum
forgot-intro = Posta kutunuzun adresini girin. Bir kurtarma adresi kaydettiyseniz, yeni şifre belirlemenizi sağlayacak bir bağlantıyı o adrese göndeririz.
forgot-button = Bağlantı iste
forgot-busy = İstek gönderiliyor…
forgot-sent = Bu posta kutusu için bir kurtarma adresi kayıtlıysa, o adrese bir bağlantı gönderdik. Bağlantı { $minutes } dakika geçerlidir.
forgot-no-address = Kurtarma adresiniz yoksa yöneticiniz yardımcı olabilir: Size bir sıfırlama bağlantısı verebilir.
recovery-link = Unutulan şifre için kurtarma adresi belirleyin
recovery-title = Kurtarma adresi
recovery-intro = Şifrenizi unutursanız bu adrese bir sıfırlama bağlantısı göndeririz. Bu posta kutusuna ait olmayan bir adres seçin, ör. kişisel adresinizi.
recovery-current = Kayıtlı adres: { $address }
recovery-none = Henüz kayıtlı bir kurtarma adresi yok.
recovery-label = Yeni kurtarma adresi
recovery-button = Onay bağlantısı gönder
recovery-busy = Gönderiliyor…
recovery-not-writable = Kurtarma adresi burada değiştirilemez. Lütfen yöneticinize başvurun.
recovery-sent = { $address } adresine bir bağlantı gönderdik. Adres ancak bu bağlantıyı açtığınızda kaydedilir. Bağlantı { $minutes } dakika geçerlidir.
recovery-saved = { $address } adresi, kurtarma adresi olarak kaydedildi.
recovery-expired = Onay bağlantısının süresi dolmuş veya bağlantı daha önce kullanılmış. Lütfen adresi yeniden belirleyin.
recovery-confirm-question = { $mailbox } posta kutusunun kurtarma adresi { $address } olarak ayarlansın mı?
recovery-confirm-button = Adresi onayla
recovery-unfit-not_an_address = Lütfen eksiksiz bir e-posta adresi girin (ad@alanadi).
recovery-unfit-same_mailbox = Kurtarma adresi bu posta kutusundan farklı bir adres olmalıdır.
recovery-unfit-same_domain = Kurtarma adresi, bu posta kutusuyla aynı alan adında olamaz: Şifresini unutan kişi çoğu zaman oradaki e-postalarına da erişemez.
recovery-unfit-not_ascii = Lütfen @ işaretinden önce Türkçe karakter veya başka özel karakter içermeyen bir adres kullanın: birçok e-posta sunucusu bu tür adreslere ileti teslim etmez.
back-to-password = Yeni şifre sayfasına dön

## The notification mail

mail-subject = Posta kutunuzun şifresi değiştirildi
mail-body =
    Merhaba,

    { $mailbox } posta kutusunun şifresi { $time } tarihinde değiştirildi.
    Değişikliğin yapıldığı IP adresi: { $ip }

    Bu değişikliği siz yaptıysanız her şey yolunda. Diğer cihazlarınızdaki e-posta programları yeni şifreyi soracaktır; lütfen şifreyi oraya girin.

    Bu değişikliği siz yapmadıysanız lütfen hemen destek ekibine{ $support } başvurun.

    Bu mesaj otomatik olarak oluşturulmuştur.
mail-unknown-ip = bilinmiyor
mail-subject-admin = Posta kutunuzun şifresi yöneticiniz tarafından sıfırlandı
mail-body-admin =
    Merhaba,

    Yöneticiniz, { $mailbox } posta kutusu için { $time } tarihinde yeni bir şifre belirledi.
    Değişikliğin yapıldığı IP adresi: { $ip }

    Eski şifre artık geçerli değil. Yeni şifreyi yöneticinizden alacaksınız; cihazlarınızdaki e-posta programları bu şifreyi soracaktır.

    Bu değişiklikten haberiniz yoksa lütfen hemen destek ekibine{ $support } başvurun.

    Bu mesaj otomatik olarak oluşturulmuştur.
mail-subject-reset = Posta kutunuzun şifresi bir bağlantı aracılığıyla sıfırlandı
mail-body-reset =
    Merhaba,

    { $mailbox } posta kutusu için { $time } tarihinde, şifre sıfırlama bağlantısı aracılığıyla yeni bir şifre belirlendi.
    Değişikliğin yapıldığı IP adresi: { $ip }

    Bu değişikliği siz yaptıysanız her şey yolunda. Diğer cihazlarınızdaki e-posta programları yeni şifreyi soracaktır; lütfen şifreyi oraya girin.

    Bu değişikliği siz yapmadıysanız lütfen hemen destek ekibine{ $support } başvurun.

    Bu mesaj otomatik olarak oluşturulmuştur.
mail-forgot-subject = E-posta şifreniz için sıfırlama bağlantısı
mail-forgot-body =
    Merhaba,

    { $mailbox } posta kutusu için { $time } tarihinde yeni bir şifre talep edildi.
    Talebin geldiği IP adresi: { $ip }

    Bu bağlantıyla yeni bir şifre belirleyebilirsiniz. Bağlantı { $minutes } dakika geçerlidir ve yalnızca bir kez kullanılabilir:

    { $link }

    Bu talepte siz bulunmadıysanız bu mesajı silin; şifreniz olduğu gibi kalır. Sorularınız için destek ekibine{ $support } başvurabilirsiniz.

    Bu mesaj otomatik olarak oluşturulmuştur.
mail-confirm-subject = Lütfen kurtarma adresinizi onaylayın
mail-confirm-body =
    Merhaba,

    Bu adresin, şifrenin unutulması durumunda kullanılmak üzere { $mailbox } posta kutusunun kurtarma adresi olarak kaydedilmesi istendi.
    Talep tarihi: { $time }, IP adresi: { $ip }

    Bunu onaylıyorsanız bu bağlantıyı açın; bağlantı { $minutes } dakika geçerlidir:

    { $link }

    Onaylamıyorsanız bu mesajı silin; bu durumda hiçbir şey kaydedilmez. Sorularınız için destek ekibine{ $support } başvurabilirsiniz.

    Bu mesaj otomatik olarak oluşturulmuştur.
mail-recovery-changed-subject = Posta kutunuzun kurtarma adresi değiştirildi
mail-recovery-changed-body =
    Merhaba,

    { $time } itibarıyla { $mailbox } posta kutusunun kurtarma adresi { $address } olarak kayıtlıdır. Şifre sıfırlama bağlantıları bu adrese gönderilir.
    Değişikliğin yapıldığı IP adresi: { $ip }

    Bu değişikliği siz yapmadıysanız lütfen hemen destek ekibine{ $support } başvurun.

    Bu mesaj otomatik olarak oluşturulmuştur.

## Numbers, sizes and times

# The separator of decimal places ("1,2 GB").
decimal-separator = ,
size = { $value } { $unit }
# A date and time in mails, as a strftime pattern; the zone follows.
# Used as "{ $time } tarihinde" / "{ $time } itibarıyla": "26.11.2026 15:03 (CET)".
mail-time-format = %d.%m.%Y %H:%M (%Z)
