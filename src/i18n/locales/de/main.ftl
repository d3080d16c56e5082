# mailpasswd: every text a person reads, in German (the reference).
# Register: a careful company IT page, "Sie". Variables are { $name };
# every language has the same messages with the same variables.
# Wording the provider's own FAQ uses: "Die Änderung wird sofort aktiv."

## Frame of every page

# The site's name when the operator names no provider.
title = E-Mail-Passwort ändern
language-name = Sprache
# Before an error, for screen readers.
error-prefix = Fehler:
# The browser tab's title of a page that shows an error.
error-title = Fehler: { $title }
support-intro = Fragen? Der Support hilft weiter:
back-to-start = Zur Anmeldung

## Login

login-intro = Melden Sie sich mit Ihrer E-Mail-Adresse und dem bisherigen Passwort an. Danach legen Sie ein neues Passwort fest.
email-label = E-Mail-Adresse
email-hint = Ihre vollständige Adresse, z. B. max.mustermann@{ $domain }
current-password-label = Bisheriges Passwort
show-current-password = Passwort anzeigen
login-button = Anmelden
login-busy = Anmeldung läuft …
login-failed = Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie E-Mail-Adresse und Passwort.
# After a few failed logins for one address from this browser.
attempts-left =
    { $left ->
        [one] Noch ein Versuch, dann ist die Anmeldung hier bis { $clock } Uhr gesperrt.
       *[other] Noch { $left } Versuche, dann ist die Anmeldung hier bis { $clock } Uhr gesperrt.
    } Ihr Postfach ist davon nicht betroffen.
session-expired = Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.
logged-out = Sie wurden abgemeldet.

## The new password

password-title = Neues Passwort festlegen
logged-in-as = Angemeldet als
session-valid = Sie haben ab der Anmeldung { $minutes } Minuten Zeit, das neue Passwort zu speichern.
new-password-label = Neues Passwort
new-password-hint = Mindestens { $min } Zeichen
show-new-password = Neues Passwort anzeigen
confirm-password-label = Neues Passwort wiederholen
show-confirm-password = Wiederholung anzeigen
show-password = Anzeigen
hide-password = Verbergen
rules-heading = Ihr neues Passwort
rule-length = hat mindestens { $min } und höchstens { $max } Zeichen,
rule-differs = unterscheidet sich vom bisherigen Passwort,
rule-not-name = enthält weder den Namen des Postfachs noch die Domain,
rule-not-provider = enthält nicht den Namen „{ $provider }“,
rule-not-guessable = ist nicht leicht zu erraten und nicht aus Datenlecks bekannt.
# Said beside a rule the typed password already meets.
rule-met = erfüllt
rule-tip = Tipp: Mehrere zufällige Wörter ergeben ein langes Passwort, das man sich gut merken kann, z. B. „{ $example }“. Denken Sie sich eigene Wörter aus: Das Beispiel selbst wird nicht angenommen.
change-button = Passwort ändern
change-busy = Wird geändert …
logout-button = Abmelden
new-password-empty = Geben Sie ein neues Passwort ein.
confirm-password-empty = Wiederholen Sie das neue Passwort.
passwords-differ = Die Passwörter stimmen nicht überein.
violations-heading = Das neue Passwort wurde nicht gespeichert.
error-summary-heading = Es gibt ein Problem
quota = Speicherplatz: { $used } von { $limit } belegt
quota-full = Ihr Postfach ist fast voll. Wenn es voll ist, können keine neuen E-Mails mehr ankommen. Löschen Sie alte E-Mails oder leeren Sie den Papierkorb.

## Success

success-heading = Passwort geändert
success-for = Das Passwort für { $mailbox } wurde geändert.
success-text = Die Änderung wird sofort aktiv. Ab jetzt gilt nur noch das neue Passwort, im E-Mail-Programm ebenso wie im Webmail.
success-sessions = Andere Anmeldungen auf dieser Seite wurden beendet. E-Mail-Programme auf Ihren anderen Geräten fragen nach dem neuen Passwort: Geben Sie es dort ein.
success-mail = Eine Bestätigung haben wir an { $mailbox } geschickt.
to-webmail = Weiter zum Webmail
close-window = Sie können dieses Fenster jetzt schließen.

## Error pages

unavailable-heading = Gerade nicht möglich
forbidden-heading = Formular abgelaufen
not-found-heading = Seite nicht gefunden
rate-limited-heading = Zu viele Versuche
error-heading = Das hat nicht geklappt
unavailable = Der Mailserver ist im Moment nicht erreichbar. Ihr Passwort wurde nicht geändert. Bitte versuchen Sie es in einigen Minuten erneut.
not-confirmed = Der Mailserver hat das neue Passwort nicht bestätigt. Ihr bisheriges Passwort gilt weiterhin. Bitte versuchen Sie es in einigen Minuten erneut.
forbidden = Das Formular ist abgelaufen. Bitte melden Sie sich noch einmal an.
bad-request = Die Eingabe konnte nicht verarbeitet werden.
too-large = Die Eingabe ist zu lang.
not-found = Diese Seite gibt es nicht.
internal = Ein interner Fehler ist aufgetreten. Ihr Passwort wurde nicht geändert.

## Failures of a change or a request

not-saved = Das Passwort kann gerade nicht gespeichert werden; es bleibt das bisherige. Bitte versuchen Sie es später noch einmal.
uncertain = Wir konnten nicht feststellen, ob Ihr neues Passwort gespeichert wurde. Bitte melden Sie sich in Ihrem E-Mail-Programm mit dem neuen Passwort an; klappt das nicht, gilt Ihr bisheriges Passwort weiter. Im Zweifel hilft der Support.
not-in-store = Für dieses Postfach kann das Passwort hier nicht geändert werden. Bitte wenden Sie sich an den Support.
overloaded = Gerade ändern sehr viele ihr Passwort. Ihr Passwort wurde nicht geändert. Bitte versuchen Sie es in einigen Sekunden erneut.
superseded = Das Passwort dieses Postfachs wurde inzwischen geändert. Bitte melden Sie sich mit dem aktuellen Passwort neu an.
check-unavailable = Ob das neue Passwort aus Datenlecks bekannt ist, kann gerade nicht geprüft werden. Ihr Passwort wurde nicht geändert. Bitte versuchen Sie es in einigen Minuten erneut.
request-timeout = Die Anfrage kam zu langsam an. Bitte versuchen Sie es noch einmal.

## Too many attempts

too-many-attempts = Zu viele Versuche.
try-again-in =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Bitte versuchen Sie es in einer Sekunde erneut.
               *[other] Bitte versuchen Sie es in { $seconds } Sekunden erneut.
            }
        [one] Bitte versuchen Sie es in einer Minute erneut.
       *[other] Bitte versuchen Sie es in { $minutes } Minuten erneut.
    }
try-again-in-until =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Bitte versuchen Sie es in einer Sekunde (um { $clock } Uhr) erneut.
               *[other] Bitte versuchen Sie es in { $seconds } Sekunden (um { $clock } Uhr) erneut.
            }
        [one] Bitte versuchen Sie es in einer Minute (um { $clock } Uhr) erneut.
       *[other] Bitte versuchen Sie es in { $minutes } Minuten (um { $clock } Uhr) erneut.
    }
mailbox-not-blocked = Ihr Postfach ist davon nicht betroffen: E-Mail-Programme und Webmail funktionieren weiter.

## The address and password fields

address-empty = Bitte geben Sie Ihre E-Mail-Adresse ein.
address-too-long = Die E-Mail-Adresse ist zu lang.
address-control-character = Die E-Mail-Adresse enthält einen Zeilenumbruch oder ein Steuerzeichen.
address-forbidden-character = Die E-Mail-Adresse enthält das Zeichen „{ $character }“. Erlaubt sind Buchstaben a–z, Ziffern, Punkt, Bindestrich und Unterstrich.
address-incomplete = Bitte geben Sie die vollständige E-Mail-Adresse ein (name@domain).
password-empty = Bitte geben Sie Ihr bisheriges Passwort ein.
password-too-many-chars = Das Passwort ist länger als { $max } Zeichen.
password-too-many-bytes = Das Passwort ist länger als { $max } Bytes.
password-control-character = Das Passwort enthält ein Steuerzeichen (z. B. einen Zeilenumbruch), das E-Mail-Programme nicht senden können.

## The rules a new password breaks

violation-too-short = Das neue Passwort muss mindestens { $min } Zeichen lang sein.
violation-too-long = Das neue Passwort darf höchstens { $max } Zeichen lang sein.
violation-too-many-bytes = Das neue Passwort ist für das Speicherformat des Mailservers zu lang (höchstens { $max } Bytes; Umlaute zählen doppelt).
violation-same-as-current = Das neue Passwort muss sich vom bisherigen unterscheiden.
violation-contains-local-part = Das neue Passwort darf den Namen des Postfachs nicht enthalten.
violation-contains-domain = Das neue Passwort darf die Domain nicht enthalten.
violation-contains-context-word = Das neue Passwort darf „{ $word }“ nicht enthalten, den Namen des Anbieters oder der Firma.
violation-common = Das neue Passwort steht auf einer Liste häufig benutzter oder veröffentlichter Passwörter und wäre leicht zu erraten.
violation-not-normalized = Das neue Passwort enthält zusammengesetzte Zeichen (z. B. einen Umlaut aus Buchstabe und Pünktchen), die andere Geräte anders eingeben würden. Bitte tippen Sie die Umlaute direkt.
violation-breached = Das neue Passwort ist aus Datenlecks bekannt. Solche Passwörter probieren Angreifer als Erstes aus, auch wenn sie lang sind. Bitte wählen Sie ein anderes.
violation-shown-example = Das neue Passwort ist ein Beispiel von dieser Seite. Wer die Seite gesehen hat, kennt es. Bitte denken Sie sich eigene Wörter aus.
guessable-repeat = Das neue Passwort ist leicht zu erraten: Es wiederholt sich, wie „hallohallo“.
guessable-sequence = Das neue Passwort ist leicht zu erraten: Es enthält eine Folge wie „abcd“ oder „1234“.
guessable-keyboard = Das neue Passwort ist leicht zu erraten: Es folgt einem Tastaturmuster wie „qwertz“ oder „asdf“.
guessable-common = Das neue Passwort ist leicht zu erraten: Es ähnelt einem sehr häufig benutzten Passwort.
guessable-words = Das neue Passwort ist leicht zu erraten: Ein einzelnes Wort mit Ziffern oder einer Jahreszahl errät man schnell, auch mit vertauschten Buchstaben.
guessable-date = Das neue Passwort ist leicht zu erraten: Jahreszahlen und Daten errät man schnell.
guessable-personal = Das neue Passwort ist leicht zu erraten: Teile Ihrer E-Mail-Adresse oder des Anbieternamens probieren Angreifer als Erstes aus.
guessable-phrase = Das neue Passwort ist leicht zu erraten: Es ist eine bekannte Redewendung. Solche Sätze (Grüße, Sprichwörter, Liedtitel) probieren Angreifer als Erstes aus, auch mit Leerzeichen, Zahlen oder Satzzeichen.
guessable-frequent-words = Das neue Passwort ist leicht zu erraten: Es besteht aus wenigen sehr häufigen Wörtern.
guessable-place-or-club = Das neue Passwort ist leicht zu erraten: Vereins- und Ortsnamen stehen in den Wortlisten der Angreifer, auch mit Jahreszahl.
guessable-name = Das neue Passwort ist leicht zu erraten: Namen und Geburtsjahre probieren Angreifer früh aus.
guessable-calendar = Das neue Passwort ist leicht zu erraten: Monate, Wochentage, Jahreszeiten und Feiertage errät man schnell, auch in ihrer Reihenfolge.
guessable-number-words = Das neue Passwort ist leicht zu erraten: Ausgeschriebene Zahlen wie „eins zwei drei“ errät man so schnell wie Ziffern.
guessable-other = Das neue Passwort ist zu leicht zu erraten.
guessable-tip = Besser: mehrere zufällige Wörter, die nichts miteinander zu tun haben.
directory-quality = Das neue Passwort erfüllt die Qualitätsregeln Ihres Postfach-Anbieters nicht. Bitte wählen Sie ein anderes.
directory-too-short = Das neue Passwort ist kürzer, als Ihr Postfach-Anbieter erlaubt. Bitte wählen Sie ein längeres.
directory-too-long = Das neue Passwort ist länger, als Ihr Postfach-Anbieter erlaubt. Bitte wählen Sie ein kürzeres.
directory-too-young = Ihr Passwort wurde erst vor Kurzem geändert. Ein neuer Wechsel ist erst nach einer Wartezeit möglich; bis dahin gilt das bisherige Passwort.
directory-in-history = Das neue Passwort haben Sie früher schon einmal benutzt. Bitte wählen Sie eines, das Sie noch nicht verwendet haben.
directory-not-allowed = Ihr Postfach-Anbieter lässt für dieses Postfach keinen Passwortwechsel hier zu. Bitte wenden Sie sich an den Support.
directory-other = Ihr Postfach-Anbieter lässt dieses Passwort nicht zu. Bitte wählen Sie ein anderes.

## Reset links and the admin API

link-gone-heading = Link nicht mehr gültig
link-gone = Link abgelaufen oder bereits benutzt – bitten Sie Ihren Administrator um einen neuen Link.
reset-intro = Legen Sie ein neues Passwort für Ihr Postfach fest. Das bisherige brauchen Sie dafür nicht.
admin-unauthorized = Kein oder ein unbekannter API-Schlüssel.
admin-forbidden = Dieser API-Schlüssel darf das für dieses Postfach nicht.
admin-no-such-mailbox = Dieses Postfach gibt es nicht.

## Forgotten password and the recovery address

forgot-link = Passwort vergessen?
forgot-title = Passwort vergessen
forgot-intro = Geben Sie die Adresse Ihres Postfachs ein. Haben Sie eine Ausweichadresse hinterlegt, schicken wir Ihnen dorthin einen Link, mit dem Sie ein neues Passwort festlegen.
forgot-button = Link anfordern
forgot-busy = Wird angefordert …
forgot-sent = Wenn für dieses Postfach eine Ausweichadresse hinterlegt ist, haben wir Ihnen einen Link dorthin geschickt. Er gilt { $minutes } Minuten.
forgot-no-address = Ohne Ausweichadresse hilft Ihr Administrator: Er kann Ihnen einen Link zum Zurücksetzen geben.
recovery-link = Ausweichadresse für ein vergessenes Passwort festlegen
recovery-title = Ausweichadresse
recovery-intro = Haben Sie Ihr Passwort vergessen, schicken wir an diese Adresse einen Link zum Zurücksetzen. Nehmen Sie eine Adresse, die nicht zu diesem Postfach gehört, zum Beispiel eine private.
recovery-current = Hinterlegt ist: { $address }
recovery-none = Noch ist keine Ausweichadresse hinterlegt.
recovery-label = Neue Ausweichadresse
recovery-button = Bestätigungslink senden
recovery-busy = Wird gesendet …
recovery-not-writable = Die Ausweichadresse kann hier nicht geändert werden. Bitte wenden Sie sich an Ihren Administrator.
recovery-sent = Wir haben einen Link an { $address } geschickt. Erst wenn Sie ihm folgen, wird die Adresse gespeichert. Er gilt { $minutes } Minuten.
recovery-saved = Die Ausweichadresse { $address } ist gespeichert.
recovery-expired = Der Bestätigungslink ist abgelaufen oder wurde schon benutzt. Bitte legen Sie die Adresse noch einmal fest.
recovery-confirm-question = Soll { $address } die Ausweichadresse des Postfachs { $mailbox } werden?
recovery-confirm-button = Adresse bestätigen
recovery-unfit-not_an_address = Bitte geben Sie eine vollständige E-Mail-Adresse ein (name@domain).
recovery-unfit-same_mailbox = Die Ausweichadresse muss eine andere sein als dieses Postfach.
recovery-unfit-same_domain = Die Ausweichadresse darf nicht in der Domain dieses Postfachs liegen: Wer das Passwort vergessen hat, kommt auch dort oft nicht an seine E-Mails.
recovery-unfit-not_ascii = Bitte nehmen Sie eine Adresse ohne Umlaute oder andere Sonderzeichen vor dem @: Viele Mailserver stellen an solche Adressen nichts zu.
back-to-password = Zurück zum neuen Passwort

## The notification mail

mail-subject = Das Passwort Ihres E-Mail-Postfachs wurde geändert
mail-body =
    Guten Tag,

    das Passwort des E-Mail-Postfachs { $mailbox } wurde am { $time } geändert.
    Die Änderung kam von der IP-Adresse { $ip }.

    Waren Sie das? Dann ist alles in Ordnung. E-Mail-Programme auf Ihren anderen Geräten fragen nach dem neuen Passwort; geben Sie es dort ein.

    Waren Sie das nicht? Dann wenden Sie sich bitte umgehend an den Support{ $support }.

    Diese Nachricht wurde automatisch erstellt.
mail-unknown-ip = unbekannt
mail-subject-admin = Das Passwort Ihres E-Mail-Postfachs wurde von Ihrem Administrator neu gesetzt
mail-body-admin =
    Guten Tag,

    Ihr Administrator hat das Passwort des E-Mail-Postfachs { $mailbox } am { $time } neu gesetzt.
    Die Änderung kam von der IP-Adresse { $ip }.

    Das bisherige Passwort gilt nicht mehr. Das neue erhalten Sie von Ihrem Administrator; E-Mail-Programme auf Ihren Geräten fragen danach.

    Haben Sie das nicht erwartet? Dann wenden Sie sich bitte umgehend an den Support{ $support }.

    Diese Nachricht wurde automatisch erstellt.
mail-subject-reset = Das Passwort Ihres E-Mail-Postfachs wurde über einen Link neu gesetzt
mail-body-reset =
    Guten Tag,

    das Passwort des E-Mail-Postfachs { $mailbox } wurde am { $time } über einen Link zum Zurücksetzen neu gesetzt.
    Die Änderung kam von der IP-Adresse { $ip }.

    Waren Sie das? Dann ist alles in Ordnung. E-Mail-Programme auf Ihren anderen Geräten fragen nach dem neuen Passwort; geben Sie es dort ein.

    Waren Sie das nicht? Dann wenden Sie sich bitte umgehend an den Support{ $support }.

    Diese Nachricht wurde automatisch erstellt.
mail-forgot-subject = Link zum Zurücksetzen Ihres E-Mail-Passworts
mail-forgot-body =
    Guten Tag,

    für das E-Mail-Postfach { $mailbox } wurde am { $time } ein neues Passwort angefordert.
    Die Anfrage kam von der IP-Adresse { $ip }.

    Mit diesem Link legen Sie ein neues Passwort fest. Er gilt { $minutes } Minuten und nur einmal:

    { $link }

    Haben Sie das nicht angefordert? Dann löschen Sie diese Nachricht; Ihr Passwort bleibt, wie es ist. Fragen beantwortet der Support{ $support }.

    Diese Nachricht wurde automatisch erstellt.
mail-confirm-subject = Bitte bestätigen Sie Ihre Ausweichadresse
mail-confirm-body =
    Guten Tag,

    diese Adresse soll als Ausweichadresse des E-Mail-Postfachs { $mailbox } hinterlegt werden, für den Fall, dass das Passwort vergessen wird (angefordert am { $time } von der IP-Adresse { $ip }).

    Möchten Sie das? Dann folgen Sie diesem Link; er gilt { $minutes } Minuten:

    { $link }

    Sonst löschen Sie diese Nachricht; dann wird nichts gespeichert. Fragen beantwortet der Support{ $support }.

    Diese Nachricht wurde automatisch erstellt.
mail-recovery-changed-subject = Die Ausweichadresse Ihres E-Mail-Postfachs wurde geändert
mail-recovery-changed-body =
    Guten Tag,

    für das E-Mail-Postfach { $mailbox } ist seit { $time } die Ausweichadresse { $address } hinterlegt. An sie gehen Links zum Zurücksetzen des Passworts.
    Die Änderung kam von der IP-Adresse { $ip }.

    Waren Sie das nicht? Dann wenden Sie sich bitte umgehend an den Support{ $support }.

    Diese Nachricht wurde automatisch erstellt.

## Numbers, sizes and times

# The separator of decimal places ("1,2 GB").
decimal-separator = ,
size = { $value } { $unit }
# A date and time in mails, as a strftime pattern; the zone follows.
mail-time-format = %d.%m.%Y um %H:%M Uhr (%Z)
