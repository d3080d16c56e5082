# mailpasswd: every text a person reads, in German (the reference).
# Register: a careful company IT page, "Sie". Variables are { $name };
# every language has the same messages with the same variables.

## Pages
language-name = Sprache / Language
switch-to = Deutsch
title = E-Mail-Passwort ändern
login-intro = Melden Sie sich mit Ihrer E-Mail-Adresse und dem bisherigen Passwort an. Danach vergeben Sie ein neues Passwort.
email-label = E-Mail-Adresse
email-hint = Ihre vollständige Adresse, z. B. max.mustermann@{ $domain }
current-password-label = Bisheriges Passwort
login-button = Anmelden
login-failed = Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie E-Mail-Adresse und Passwort.
logged-in-as = Angemeldet als
session-valid = Sie haben ab der Anmeldung { $minutes } Minuten Zeit, das neue Passwort zu speichern.
new-password-label = Neues Passwort
confirm-password-label = Neues Passwort wiederholen
show-password = Anzeigen
hide-password = Verbergen
rules-heading = Ihr neues Passwort
rule-length = hat mindestens { $min } und höchstens { $max } Zeichen,
rule-differs = unterscheidet sich vom bisherigen Passwort,
rule-not-name = enthält weder den Namen des Postfachs noch die Domain,
rule-not-provider = enthält nicht den Namen „{ $provider }“,
rule-not-guessable = ist nicht leicht zu erraten und nicht bei Datenlecks bekannt geworden.
rule-tip = Tipp: Mehrere zufällige Wörter ergeben ein langes Passwort, das man sich gut merken kann.
change-button = Passwort ändern
logout-button = Abmelden
passwords-differ = Die beiden Eingaben stimmen nicht überein.
violations-heading = Das neue Passwort wurde nicht gespeichert:
error-summary-heading = Bitte korrigieren Sie Folgendes
# Before an error, for screen readers.
error-prefix = Fehler:
error-title = Fehler: { $title }
quota = Speicherplatz: { $used } von { $limit } belegt
quota-full = Ihr Postfach ist fast voll. Wenn es voll ist, können keine neuen E-Mails mehr ankommen. Löschen Sie alte E-Mails oder leeren Sie den Papierkorb.
success-heading = Passwort geändert
success-for = Das Passwort für { $mailbox } wurde geändert.
success-text = Die Änderung wird sofort aktiv. Ab jetzt gilt nur noch das neue Passwort, im E-Mail-Programm ebenso wie im Webmail.
success-devices = Tragen Sie das neue Passwort jetzt auch in Ihrem E-Mail-Programm und auf Ihrem Smartphone ein.
to-webmail = Weiter zum Webmail
close-window = Sie können dieses Fenster jetzt schließen.
back-to-start = Zur Anmeldung
unavailable-heading = Gerade nicht möglich
forbidden-heading = Formular abgelaufen
not-found-heading = Seite nicht gefunden
rate-limited-heading = Zu viele Versuche
support = Fragen? Der Support hilft weiter: { $contact }
unavailable = Der Mailserver ist im Moment nicht erreichbar. Ihr Passwort wurde nicht geändert. Bitte versuchen Sie es in einigen Minuten erneut.
not-confirmed = Der Mailserver hat das neue Passwort nicht bestätigt. Ihr bisheriges Passwort gilt weiterhin. Bitte versuchen Sie es in einigen Minuten erneut.
session-expired = Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.
logged-out = Sie wurden abgemeldet.
forbidden = Das Formular ist abgelaufen oder kam nicht von dieser Seite. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.
bad-request = Die Eingabe konnte nicht verarbeitet werden.
too-large = Die Eingabe ist zu lang.
not-found = Diese Seite gibt es nicht.
internal = Ein interner Fehler ist aufgetreten. Ihr Passwort wurde nicht geändert.
error-heading = Das hat nicht geklappt
mail-subject = Das Passwort Ihres E-Mail-Postfachs wurde geändert
mail-body =
    Guten Tag,

    das Passwort des E-Mail-Postfachs { $mailbox } wurde am { $time } geändert.
    Die Änderung kam von der IP-Adresse { $ip }.

    Waren Sie das? Dann ist alles in Ordnung, und Sie müssen nichts weiter tun.

    Waren Sie das nicht? Dann wenden Sie sich bitte umgehend an den Support{ $support }.

    Diese Nachricht wurde automatisch erstellt.

mail-unknown-ip = unbekannt

## Failures of a change or a request

not-saved = Das Passwort kann gerade nicht gespeichert werden; es bleibt das bisherige. Bitte versuchen Sie es später noch einmal.
uncertain = Wir konnten nicht feststellen, ob Ihr neues Passwort gespeichert wurde. Bitte melden Sie sich in Ihrem E-Mail-Programm mit dem neuen Passwort an; klappt das nicht, gilt Ihr bisheriges Passwort weiter. Im Zweifel hilft der Support.
not-in-store = Für dieses Postfach kann das Passwort hier nicht geändert werden. Bitte wenden Sie sich an den Support.
overloaded = Gerade ändern sehr viele ihr Passwort. Ihr Passwort wurde nicht geändert. Bitte versuchen Sie es in einigen Sekunden erneut.
superseded = Das Passwort dieses Postfachs wurde inzwischen geändert. Bitte melden Sie sich mit dem aktuellen Passwort neu an.
check-unavailable = Ob das neue Passwort bei Datenlecks bekannt geworden ist, kann gerade nicht geprüft werden. Ihr Passwort wurde nicht geändert. Bitte versuchen Sie es in einigen Minuten erneut.
request-timeout = Die Anfrage kam zu langsam an. Bitte versuchen Sie es noch einmal.

## Too many attempts

too-many-attempts = Zu viele Versuche.
try-again-in =
    { $minutes ->
        [0] { $seconds ->
                [one] Bitte versuchen Sie es in einer Sekunde erneut.
               *[other] Bitte versuchen Sie es in { $seconds } Sekunden erneut.
            }
        [one] Bitte versuchen Sie es in einer Minute erneut.
       *[other] Bitte versuchen Sie es in { $minutes } Minuten erneut.
    }
try-again-in-until =
    { $minutes ->
        [0] { $seconds ->
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
password-empty = Bitte geben Sie das Passwort ein.
password-too-many-chars = Das Passwort ist länger als { $max } Zeichen.
password-too-many-bytes = Das Passwort ist länger als { $max } Bytes.
password-control-character = Das Passwort enthält ein Steuerzeichen (z. B. einen Zeilenumbruch), das E-Mail-Programme nicht senden können.

## The rules a new password breaks

violation-too-short = Es muss mindestens { $min } Zeichen lang sein.
violation-too-long = Es darf höchstens { $max } Zeichen lang sein.
violation-too-many-bytes = Es ist für das Speicherformat des Mailservers zu lang (höchstens { $max } Bytes; Umlaute zählen doppelt).
violation-same-as-current = Es muss sich vom bisherigen Passwort unterscheiden.
violation-contains-local-part = Es darf den Namen des Postfachs nicht enthalten.
violation-contains-domain = Es darf die Domain nicht enthalten.
violation-contains-context-word = Es darf den Namen des Anbieters oder der Firma nicht enthalten.
violation-common = Es steht auf einer Liste häufig benutzter oder veröffentlichter Passwörter und wäre leicht zu erraten.
violation-not-normalized = Es enthält zusammengesetzte Zeichen (z. B. ein Umlaut aus Buchstabe und Pünktchen), die andere Geräte anders eingeben würden. Bitte tippen Sie die Umlaute direkt.
violation-breached = Es ist bei Datenlecks bekannt geworden. Solche Passwörter probieren Angreifer als Erstes aus, auch wenn sie lang sind. Bitte wählen Sie ein anderes.
guessable-repeat = Wiederholungen wie „hallohallo“ sind leicht zu erraten.
guessable-sequence = Folgen wie „abcd“ oder „1234“ sind leicht zu erraten.
guessable-keyboard = Tastaturmuster wie „qwertz“ oder „asdf“ sind leicht zu erraten.
guessable-common = Es ähnelt einem sehr häufig benutzten Passwort.
guessable-words = Ein einzelnes Wort mit Ziffern oder einer Jahreszahl ist leicht zu erraten, auch mit vertauschten Buchstaben.
guessable-date = Jahreszahlen und Daten sind leicht zu erraten.
guessable-personal = Teile Ihrer E-Mail-Adresse oder des Anbieternamens probieren Angreifer als Erstes aus.
guessable-other = Es ist zu leicht zu erraten.
guessable-tip = Besser: mehrere zufällige Wörter, z. B. „Wolke Fahrrad Quittung Laterne“.
directory-quality = Es erfüllt die Qualitätsregeln Ihres Postfach-Anbieters nicht. Bitte wählen Sie ein anderes.
directory-too-short = Es ist kürzer, als Ihr Postfach-Anbieter erlaubt. Bitte wählen Sie ein längeres.
directory-too-long = Es ist länger, als Ihr Postfach-Anbieter erlaubt. Bitte wählen Sie ein kürzeres.
directory-too-young = Ihr Passwort wurde erst vor Kurzem geändert. Ein neuer Wechsel ist erst nach einer Wartezeit möglich; bis dahin gilt das bisherige Passwort.
directory-in-history = Sie haben es früher schon einmal benutzt. Bitte wählen Sie eines, das Sie noch nicht verwendet haben.
directory-not-allowed = Ihr Postfach-Anbieter lässt für dieses Postfach keinen Passwortwechsel hier zu. Bitte wenden Sie sich an den Support.
directory-other = Ihr Postfach-Anbieter lässt dieses Passwort nicht zu. Bitte wählen Sie ein anderes.

## Numbers, sizes and times

# The separator of decimal places ("1,2 GB").
decimal-separator = ,
size = { $value } { $unit }
# A clock time, as jiff's strftime pattern.
clock-format = %H:%M
# A date and time in mails, as jiff's strftime pattern; the zone follows.
mail-time-format = %d.%m.%Y, %H:%M Uhr (%Z)
