# mailpasswd: every text a person reads, in Dutch.
# Register: a careful company IT page, "u" (not "je"); imperatives as in
# Dutch business UIs ("Voer … in", "Probeer het … opnieuw"). Quotes: „…”.
# Provider FAQ wording: "De wijziging is direct actief."

## Frame of every page

# The site's name when the operator names no provider.
title = E-mailwachtwoord wijzigen
language-name = Taal
# Before an error, for screen readers.
error-prefix = Fout:
# The browser tab's title of a page that shows an error.
error-title = Fout: { $title }
support-intro = Vragen? De helpdesk helpt u verder:
back-to-start = Terug naar inloggen

## Login

login-intro = Log in met uw e-mailadres en uw huidige wachtwoord. Daarna stelt u een nieuw wachtwoord in.
email-label = E-mailadres
email-hint = Uw volledige adres, bijv. jan.jansen@{ $domain }
current-password-label = Huidig wachtwoord
show-current-password = Wachtwoord tonen
login-button = Inloggen
login-busy = Bezig met inloggen…
login-failed = Inloggen is mislukt. Controleer uw e-mailadres en wachtwoord.
# After a few failed logins for one address from this browser.
attempts-left =
    { $left ->
        [one] Nog één poging, daarna is inloggen hier tot { $clock } uur geblokkeerd.
       *[other] Nog { $left } pogingen, daarna is inloggen hier tot { $clock } uur geblokkeerd.
    } Dit heeft geen gevolgen voor uw mailbox.
session-expired = Uw sessie is verlopen. Log opnieuw in.
logged-out = U bent uitgelogd.

## The new password

password-title = Nieuw wachtwoord instellen
logged-in-as = Ingelogd als
session-valid = U heeft vanaf het inloggen { $minutes } minuten de tijd om het nieuwe wachtwoord op te slaan.
new-password-label = Nieuw wachtwoord
new-password-hint = Minimaal { $min } tekens
show-new-password = Nieuw wachtwoord tonen
confirm-password-label = Nieuw wachtwoord herhalen
show-confirm-password = Herhaling tonen
show-password = Tonen
hide-password = Verbergen
rules-heading = Uw nieuwe wachtwoord
rule-length = heeft minimaal { $min } en maximaal { $max } tekens,
rule-differs = verschilt van uw huidige wachtwoord,
rule-not-name = bevat niet de naam van de mailbox of het domein,
rule-not-provider = bevat niet de naam „{ $provider }”,
rule-not-guessable = is niet makkelijk te raden en niet bekend uit datalekken.
# Said beside a rule the typed password already meets.
rule-met = voldaan
rule-tip = Tip: een paar willekeurige woorden vormen samen een lang wachtwoord dat goed te onthouden is, bijv. „{ $example }”. Bedenk zelf woorden: het voorbeeld zelf wordt niet geaccepteerd.
change-button = Wachtwoord wijzigen
change-busy = Bezig met wijzigen…
logout-button = Uitloggen
new-password-empty = Voer een nieuw wachtwoord in.
confirm-password-empty = Herhaal het nieuwe wachtwoord.
passwords-differ = De wachtwoorden komen niet overeen.
violations-heading = Het nieuwe wachtwoord is niet opgeslagen.
error-summary-heading = Er is een probleem
quota = Opslagruimte: { $used } van { $limit } gebruikt
quota-full = Uw mailbox is bijna vol. Zodra de mailbox vol is, kunnen er geen nieuwe e-mails meer binnenkomen. Verwijder oude e-mails of leeg de prullenbak.

## Success

success-heading = Wachtwoord gewijzigd
success-for = Het wachtwoord voor { $mailbox } is gewijzigd.
success-text = De wijziging is direct actief. Vanaf nu werkt alleen nog het nieuwe wachtwoord, zowel in uw e-mailprogramma als in de webmail.
success-sessions = Andere sessies op deze pagina zijn beëindigd. E-mailprogramma's op uw andere apparaten vragen om het nieuwe wachtwoord: voer het daar in.
success-mail = We hebben een bevestiging naar { $mailbox } gestuurd.
to-webmail = Naar de webmail
close-window = U kunt dit venster nu sluiten.

## Error pages

unavailable-heading = Nu niet mogelijk
forbidden-heading = Formulier verlopen
not-found-heading = Pagina niet gevonden
rate-limited-heading = Te veel pogingen
error-heading = Dat is niet gelukt
unavailable = De mailserver is op dit moment niet bereikbaar. Uw wachtwoord is niet gewijzigd. Probeer het over een paar minuten opnieuw.
not-confirmed = De mailserver heeft het nieuwe wachtwoord niet bevestigd. Uw huidige wachtwoord blijft geldig. Probeer het over een paar minuten opnieuw.
forbidden = Het formulier is verlopen. Log opnieuw in.
bad-request = De invoer kon niet worden verwerkt.
too-large = De invoer is te lang.
not-found = Deze pagina bestaat niet.
internal = Er is een interne fout opgetreden. Uw wachtwoord is niet gewijzigd.

## Failures of a change or a request

not-saved = Het wachtwoord kan op dit moment niet worden opgeslagen; uw huidige wachtwoord blijft geldig. Probeer het later opnieuw.
uncertain = We konden niet vaststellen of uw nieuwe wachtwoord is opgeslagen. Meld u in uw e-mailprogramma aan met het nieuwe wachtwoord; lukt dat niet, dan blijft uw oude wachtwoord geldig. Neem bij twijfel contact op met de helpdesk.
not-in-store = Het wachtwoord van deze mailbox kan hier niet worden gewijzigd. Neem contact op met de helpdesk.
overloaded = Op dit moment wijzigen heel veel mensen hun wachtwoord. Uw wachtwoord is niet gewijzigd. Probeer het over enkele seconden opnieuw.
superseded = Het wachtwoord van deze mailbox is inmiddels gewijzigd. Log opnieuw in met het huidige wachtwoord.
check-unavailable = Op dit moment kan niet worden gecontroleerd of het nieuwe wachtwoord bekend is uit datalekken. Uw wachtwoord is niet gewijzigd. Probeer het over een paar minuten opnieuw.
request-timeout = Het verzoek kwam te traag binnen. Probeer het opnieuw.

## Too many attempts

too-many-attempts = Te veel pogingen.
try-again-in =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Probeer het over één seconde opnieuw.
               *[other] Probeer het over { $seconds } seconden opnieuw.
            }
        [one] Probeer het over één minuut opnieuw.
       *[other] Probeer het over { $minutes } minuten opnieuw.
    }
try-again-in-until =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Probeer het over één seconde opnieuw (om { $clock } uur).
               *[other] Probeer het over { $seconds } seconden opnieuw (om { $clock } uur).
            }
        [one] Probeer het over één minuut opnieuw (om { $clock } uur).
       *[other] Probeer het over { $minutes } minuten opnieuw (om { $clock } uur).
    }
mailbox-not-blocked = Dit heeft geen gevolgen voor uw mailbox: e-mailprogramma's en webmail blijven gewoon werken.

## The address and password fields

address-empty = Voer uw e-mailadres in.
address-too-long = Het e-mailadres is te lang.
address-control-character = Het e-mailadres bevat een regeleinde of een stuurteken.
address-forbidden-character = Het e-mailadres bevat het teken „{ $character }”. Toegestaan zijn de letters a–z, cijfers, punt, koppelteken en underscore (_).
address-incomplete = Voer het volledige e-mailadres in (naam@domein).
password-empty = Voer uw huidige wachtwoord in.
password-too-many-chars = Het wachtwoord is langer dan { $max } tekens.
password-too-many-bytes = Het wachtwoord is langer dan { $max } bytes.
password-control-character = Het wachtwoord bevat een stuurteken (bijv. een regeleinde) dat e-mailprogramma's niet kunnen verzenden.

## The rules a new password breaks

violation-too-short = Het nieuwe wachtwoord moet minimaal { $min } tekens lang zijn.
violation-too-long = Het nieuwe wachtwoord mag maximaal { $max } tekens lang zijn.
violation-too-many-bytes = Het nieuwe wachtwoord is te lang voor het opslagformaat van de mailserver (maximaal { $max } bytes; letters met accenten tellen dubbel).
violation-same-as-current = Het nieuwe wachtwoord moet verschillen van het huidige.
violation-contains-local-part = Het nieuwe wachtwoord mag de naam van de mailbox niet bevatten.
violation-contains-domain = Het nieuwe wachtwoord mag het domein niet bevatten.
violation-contains-context-word = Het nieuwe wachtwoord mag „{ $word }” (de naam van de provider of het bedrijf) niet bevatten.
violation-common = Het nieuwe wachtwoord staat op een lijst van veelgebruikte of gelekte wachtwoorden en is makkelijk te raden.
violation-not-normalized = Het nieuwe wachtwoord bevat samengestelde tekens (bijv. een letter met een los accentteken) die andere apparaten anders zouden invoeren. Typ letters met accenten rechtstreeks.
violation-breached = Het nieuwe wachtwoord is bekend uit datalekken. Zulke wachtwoorden proberen aanvallers als eerste, ook als ze lang zijn. Kies een ander wachtwoord.
violation-shown-example = Het nieuwe wachtwoord is een voorbeeld van deze pagina. Iedereen die de pagina heeft gezien, kent het. Bedenk zelf woorden.
guessable-repeat = Het nieuwe wachtwoord is makkelijk te raden: het herhaalt zichzelf, zoals „hallohallo”.
guessable-sequence = Het nieuwe wachtwoord is makkelijk te raden: het bevat een reeks zoals „abcd” of „1234”.
guessable-keyboard = Het nieuwe wachtwoord is makkelijk te raden: het volgt een toetsenbordpatroon zoals „qwerty” of „asdf”.
guessable-common = Het nieuwe wachtwoord is makkelijk te raden: het lijkt op een veelgebruikt wachtwoord.
guessable-words = Het nieuwe wachtwoord is makkelijk te raden: één los woord met cijfers of een jaartal is snel geraden, ook met verwisselde letters.
guessable-date = Het nieuwe wachtwoord is makkelijk te raden: jaartallen en datums zijn snel geraden.
guessable-personal = Het nieuwe wachtwoord is makkelijk te raden: delen van uw e-mailadres of van de naam van de provider proberen aanvallers als eerste.
guessable-phrase = Het nieuwe wachtwoord is makkelijk te raden: het is een bekende uitdrukking. Zulke zinnen (groeten, spreekwoorden, songtitels) proberen aanvallers als eerste, ook met spaties, cijfers of leestekens.
guessable-frequent-words = Het nieuwe wachtwoord is makkelijk te raden: het bestaat uit een paar zeer veelvoorkomende woorden.
guessable-place-or-club = Het nieuwe wachtwoord is makkelijk te raden: namen van clubs en plaatsen staan in de woordenlijsten van aanvallers, ook met een jaartal erbij.
guessable-name = Het nieuwe wachtwoord is makkelijk te raden: namen en geboortejaren proberen aanvallers al vroeg.
guessable-calendar = Het nieuwe wachtwoord is makkelijk te raden: maanden, weekdagen, seizoenen en feestdagen zijn snel geraden, ook als ze op volgorde staan.
guessable-number-words = Het nieuwe wachtwoord is makkelijk te raden: uitgeschreven getallen zoals „een twee drie” zijn net zo snel geraden als cijfers.
guessable-other = Het nieuwe wachtwoord is te makkelijk te raden.
guessable-tip = Beter: een paar willekeurige woorden die niets met elkaar te maken hebben.
directory-quality = Het nieuwe wachtwoord voldoet niet aan de kwaliteitseisen van uw mailprovider. Kies een ander wachtwoord.
directory-too-short = Het nieuwe wachtwoord is korter dan uw mailprovider toestaat. Kies een langer wachtwoord.
directory-too-long = Het nieuwe wachtwoord is langer dan uw mailprovider toestaat. Kies een korter wachtwoord.
directory-too-young = Uw wachtwoord is pas kort geleden gewijzigd. Een nieuwe wijziging is pas na een wachttijd mogelijk; tot die tijd blijft uw huidige wachtwoord geldig.
directory-in-history = Dit wachtwoord heeft u eerder al gebruikt. Kies een wachtwoord dat u nog niet eerder heeft gebruikt.
directory-not-allowed = Uw mailprovider staat voor deze mailbox geen wachtwoordwijziging via deze pagina toe. Neem contact op met de helpdesk.
directory-other = Uw mailprovider accepteert dit wachtwoord niet. Kies een ander wachtwoord.

## Reset links and the admin API

link-gone-heading = Link niet meer geldig
link-gone = Deze link is verlopen of al gebruikt – vraag uw beheerder om een nieuwe link.
reset-intro = Stel een nieuw wachtwoord in voor uw mailbox. Het huidige wachtwoord heeft u daarvoor niet nodig.
admin-unauthorized = Geen of een onbekende API-sleutel.
admin-forbidden = Deze API-sleutel heeft geen toestemming voor deze actie op deze mailbox.
admin-no-such-mailbox = Deze mailbox bestaat niet.

## Forgotten password and the recovery address

forgot-link = Wachtwoord vergeten?
forgot-title = Wachtwoord vergeten
forgot-intro = Voer het adres van uw mailbox in. Als u een hersteladres heeft ingesteld, sturen we daar een link naartoe waarmee u een nieuw wachtwoord instelt.
forgot-button = Link aanvragen
forgot-busy = Bezig met aanvragen…
forgot-sent = Als voor deze mailbox een hersteladres is ingesteld, hebben we daar een link naartoe gestuurd. De link is { $minutes } minuten geldig.
forgot-no-address = Zonder hersteladres kan uw beheerder u helpen met een link om het wachtwoord opnieuw in te stellen.
recovery-link = Hersteladres instellen voor een vergeten wachtwoord
recovery-title = Hersteladres
recovery-intro = Als u uw wachtwoord vergeet, sturen we naar dit adres een link om het opnieuw in te stellen. Kies een adres dat niet bij deze mailbox hoort, bijvoorbeeld een privéadres.
recovery-current = Huidig hersteladres: { $address }
recovery-none = Er is nog geen hersteladres ingesteld.
recovery-label = Nieuw hersteladres
recovery-button = Bevestigingslink versturen
recovery-busy = Bezig met versturen…
recovery-not-writable = Het hersteladres kan hier niet worden gewijzigd. Neem contact op met uw beheerder.
recovery-sent = We hebben een link naar { $address } gestuurd. Pas als u die link opent, wordt het adres opgeslagen. De link is { $minutes } minuten geldig.
recovery-saved = Het hersteladres { $address } is opgeslagen.
recovery-expired = De bevestigingslink is verlopen of al gebruikt. Stel het adres opnieuw in.
recovery-confirm-question = Wilt u { $address } instellen als hersteladres van de mailbox { $mailbox }?
recovery-confirm-button = Adres bevestigen
recovery-unfit-not_an_address = Voer een volledig e-mailadres in (naam@domein).
recovery-unfit-same_mailbox = Het hersteladres moet een ander adres zijn dan deze mailbox.
recovery-unfit-same_domain = Het hersteladres mag niet in het domein van deze mailbox liggen: wie het wachtwoord vergeten is, kan vaak ook daar niet bij zijn e-mail.
recovery-unfit-not_ascii = Gebruik een adres zonder accenten of andere speciale tekens vóór de @: veel mailservers bezorgen niets op zulke adressen.
back-to-password = Terug naar het nieuwe wachtwoord

## The notification mail

mail-subject = Het wachtwoord van uw mailbox is gewijzigd
mail-body =
    Goedendag,

    Het wachtwoord van de mailbox { $mailbox } is op { $time } gewijzigd.
    IP-adres van waaruit de wijziging is gedaan: { $ip }.

    Was u dat? Dan is alles in orde. E-mailprogramma's op uw andere apparaten vragen om het nieuwe wachtwoord; voer het daar in.

    Was u dat niet? Neem dan direct contact op met de helpdesk{ $support }.

    Dit is een automatisch gegenereerd bericht.
mail-unknown-ip = onbekend
mail-subject-admin = Het wachtwoord van uw mailbox is door uw beheerder opnieuw ingesteld
mail-body-admin =
    Goedendag,

    Uw beheerder heeft het wachtwoord van de mailbox { $mailbox } op { $time } opnieuw ingesteld.
    IP-adres van waaruit de wijziging is gedaan: { $ip }.

    Het oude wachtwoord is niet meer geldig. U ontvangt het nieuwe wachtwoord van uw beheerder; e-mailprogramma's op uw apparaten zullen erom vragen.

    Had u dit niet verwacht? Neem dan direct contact op met de helpdesk{ $support }.

    Dit is een automatisch gegenereerd bericht.
mail-subject-reset = Het wachtwoord van uw mailbox is via een link opnieuw ingesteld
mail-body-reset =
    Goedendag,

    Het wachtwoord van de mailbox { $mailbox } is op { $time } opnieuw ingesteld via een herstellink.
    IP-adres van waaruit de wijziging is gedaan: { $ip }.

    Was u dat? Dan is alles in orde. E-mailprogramma's op uw andere apparaten vragen om het nieuwe wachtwoord; voer het daar in.

    Was u dat niet? Neem dan direct contact op met de helpdesk{ $support }.

    Dit is een automatisch gegenereerd bericht.
mail-forgot-subject = Link om uw e-mailwachtwoord opnieuw in te stellen
mail-forgot-body =
    Goedendag,

    Voor de mailbox { $mailbox } is op { $time } een nieuw wachtwoord aangevraagd.
    IP-adres van waaruit het verzoek is gedaan: { $ip }.

    Met deze link stelt u een nieuw wachtwoord in. De link is { $minutes } minuten geldig en werkt maar één keer:

    { $link }

    Heeft u dit niet aangevraagd? Verwijder dan dit bericht; uw wachtwoord blijft ongewijzigd. Met vragen kunt u terecht bij de helpdesk{ $support }.

    Dit is een automatisch gegenereerd bericht.
mail-confirm-subject = Bevestig uw hersteladres
mail-confirm-body =
    Goedendag,

    Dit adres is opgegeven als hersteladres van de mailbox { $mailbox }, voor het geval dat het wachtwoord vergeten wordt (aangevraagd op { $time }, IP-adres: { $ip }).

    Wilt u dat? Open dan deze link; de link is { $minutes } minuten geldig:

    { $link }

    Zo niet, verwijder dan dit bericht; er wordt dan niets opgeslagen. Met vragen kunt u terecht bij de helpdesk{ $support }.

    Dit is een automatisch gegenereerd bericht.
mail-recovery-changed-subject = Het hersteladres van uw mailbox is gewijzigd
mail-recovery-changed-body =
    Goedendag,

    Sinds { $time } is { $address } ingesteld als hersteladres van de mailbox { $mailbox }. Links om het wachtwoord opnieuw in te stellen worden naar dit adres gestuurd.
    IP-adres van waaruit de wijziging is gedaan: { $ip }.

    Was u dat niet? Neem dan direct contact op met de helpdesk{ $support }.

    Dit is een automatisch gegenereerd bericht.

## Numbers, sizes and times

# The separator of decimal places ("1,2 GB").
decimal-separator = ,
size = { $value } { $unit }
# A date and time in mails, as a strftime pattern; the zone follows.
mail-time-format = %d-%m-%Y om %H:%M uur (%Z)
