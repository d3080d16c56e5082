# mailpasswd: every text a person reads, in Romanian.
# Register: a careful company IT page, formal "dumneavoastră" forms
# ("Vă rugăm să…", "Introduceți…"). Quotes „…”, diacritics ș ț (comma below).
# Provider FAQ wording: "Die Änderung wird sofort aktiv." = „Modificarea intră în vigoare imediat.”
# Plurals use the CLDR categories of Romanian (one, few, other); counts of
# 20 and more take "de" ("20 de minute"), so numbers in running text are
# given a selector where the source has none.

## Frame of every page

# The site's name when the operator names no provider.
title = Schimbarea parolei de e-mail
language-name = Limbă
# Before an error, for screen readers.
error-prefix = Eroare:
# The browser tab's title of a page that shows an error.
error-title = Eroare: { $title }
support-intro = Aveți întrebări? Echipa de suport vă ajută:
back-to-start = Înapoi la autentificare

## Login

login-intro = Autentificați-vă cu adresa de e-mail și parola actuală. Apoi veți putea stabili o parolă nouă.
email-label = Adresa de e-mail
email-hint = Adresa dumneavoastră completă, de exemplu ion.popescu@{ $domain }
current-password-label = Parola actuală
show-current-password = Afișați parola
login-button = Autentificare
login-busy = Autentificare în curs…
login-failed = Autentificarea a eșuat. Vă rugăm să verificați adresa de e-mail și parola.
# After a few failed logins for one address from this browser.
attempts-left =
    { $left ->
        [one] Mai aveți o încercare, după care autentificarea pe această pagină va fi blocată până la ora { $clock }.
        [few] Mai aveți { $left } încercări, după care autentificarea pe această pagină va fi blocată până la ora { $clock }.
       *[other] Mai aveți { $left } de încercări, după care autentificarea pe această pagină va fi blocată până la ora { $clock }.
    } Căsuța dumneavoastră poștală nu este afectată.
session-expired = Sesiunea dumneavoastră a expirat. Vă rugăm să vă autentificați din nou.
logged-out = V-ați deconectat.

## The new password

password-title = Stabilirea unei parole noi
logged-in-as = Autentificat ca
session-valid =
    { $minutes ->
        [one] Din momentul autentificării aveți la dispoziție un minut pentru a salva parola nouă.
        [few] Din momentul autentificării aveți la dispoziție { $minutes } minute pentru a salva parola nouă.
       *[other] Din momentul autentificării aveți la dispoziție { $minutes } de minute pentru a salva parola nouă.
    }
new-password-label = Parola nouă
new-password-hint =
    { $min ->
        [one] Cel puțin un caracter
        [few] Cel puțin { $min } caractere
       *[other] Cel puțin { $min } de caractere
    }
show-new-password = Afișați parola nouă
confirm-password-label = Repetați parola nouă
show-confirm-password = Afișați parola repetată
show-password = Afișați
hide-password = Ascundeți
# The rules below continue this heading as one sentence.
rules-heading = Parola dumneavoastră nouă
rule-length =
    { $max ->
        [few] are cel puțin { $min } și cel mult { $max } caractere,
       *[other] are cel puțin { $min } și cel mult { $max } de caractere,
    }
rule-differs = diferă de parola actuală,
rule-not-name = nu conține nici numele căsuței poștale, nici domeniul,
rule-not-provider = nu conține numele „{ $provider }”,
rule-not-guessable = nu este ușor de ghicit și nu este cunoscută din scurgeri de date.
# Said beside a rule the typed password already meets.
rule-met = îndeplinit
rule-tip = Sfat: câteva cuvinte alese la întâmplare formează o parolă lungă, ușor de reținut, de exemplu „{ $example }”. Alegeți-vă propriile cuvinte: exemplul în sine nu este acceptat.
change-button = Schimbați parola
change-busy = Schimbare în curs…
logout-button = Deconectare
new-password-empty = Introduceți o parolă nouă.
confirm-password-empty = Vă rugăm să repetați parola nouă.
passwords-differ = Parolele nu coincid.
violations-heading = Parola nouă nu a fost salvată.
error-summary-heading = A apărut o problemă
quota = Spațiu de stocare ocupat: { $used } din { $limit }
quota-full = Căsuța dumneavoastră poștală este aproape plină. Când va fi plină, nu veți mai putea primi e-mailuri noi. Ștergeți e-mailurile vechi sau goliți coșul de gunoi.

## Success

success-heading = Parola a fost schimbată
success-for = Parola pentru { $mailbox } a fost schimbată.
success-text = Modificarea intră în vigoare imediat. De acum înainte este valabilă doar parola nouă, atât în programul de e-mail, cât și în webmail.
success-sessions = Celelalte sesiuni deschise pe această pagină au fost încheiate. Programele de e-mail de pe celelalte dispozitive vă vor cere parola nouă: introduceți-o acolo.
success-mail = V-am trimis o confirmare la adresa { $mailbox }.
to-webmail = Continuați la webmail
close-window = Acum puteți închide această fereastră.

## Error pages

unavailable-heading = Momentan nu este posibil
forbidden-heading = Formularul a expirat
not-found-heading = Pagina nu a fost găsită
rate-limited-heading = Prea multe încercări
error-heading = Operațiunea nu a reușit
unavailable = Serverul de e-mail nu poate fi contactat momentan. Parola dumneavoastră nu a fost schimbată. Vă rugăm să încercați din nou peste câteva minute.
not-confirmed = Serverul de e-mail nu a confirmat parola nouă. Parola dumneavoastră actuală rămâne valabilă. Vă rugăm să încercați din nou peste câteva minute.
forbidden = Formularul a expirat. Vă rugăm să vă autentificați din nou.
bad-request = Datele introduse nu au putut fi procesate.
too-large = Datele introduse sunt prea lungi.
not-found = Această pagină nu există.
internal = A apărut o eroare internă. Parola dumneavoastră nu a fost schimbată.

## Failures of a change or a request

not-saved = Parola nu poate fi salvată momentan; rămâne valabilă parola actuală. Vă rugăm să încercați din nou mai târziu.
uncertain = Nu am putut stabili dacă parola nouă a fost salvată. Vă rugăm să vă autentificați în programul de e-mail cu parola nouă; dacă nu reușiți, parola anterioară rămâne valabilă. Dacă aveți dubii, contactați echipa de suport.
not-in-store = Parola acestei căsuțe poștale nu poate fi schimbată aici. Vă rugăm să contactați echipa de suport.
overloaded = Foarte multe persoane își schimbă parola chiar acum. Parola dumneavoastră nu a fost schimbată. Vă rugăm să încercați din nou peste câteva secunde.
superseded = Între timp, parola acestei căsuțe poștale a fost schimbată. Vă rugăm să vă autentificați din nou cu parola actuală.
check-unavailable = Momentan nu se poate verifica dacă parola nouă este cunoscută din scurgeri de date. Parola dumneavoastră nu a fost schimbată. Vă rugăm să încercați din nou peste câteva minute.
request-timeout = Transmiterea cererii a durat prea mult. Vă rugăm să încercați din nou.

## Too many attempts

too-many-attempts = Prea multe încercări.
try-again-in =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Vă rugăm să încercați din nou peste o secundă.
                [few] Vă rugăm să încercați din nou peste { $seconds } secunde.
               *[other] Vă rugăm să încercați din nou peste { $seconds } de secunde.
            }
        [one] Vă rugăm să încercați din nou peste un minut.
        [few] Vă rugăm să încercați din nou peste { $minutes } minute.
       *[other] Vă rugăm să încercați din nou peste { $minutes } de minute.
    }
try-again-in-until =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Vă rugăm să încercați din nou peste o secundă (la ora { $clock }).
                [few] Vă rugăm să încercați din nou peste { $seconds } secunde (la ora { $clock }).
               *[other] Vă rugăm să încercați din nou peste { $seconds } de secunde (la ora { $clock }).
            }
        [one] Vă rugăm să încercați din nou peste un minut (la ora { $clock }).
        [few] Vă rugăm să încercați din nou peste { $minutes } minute (la ora { $clock }).
       *[other] Vă rugăm să încercați din nou peste { $minutes } de minute (la ora { $clock }).
    }
mailbox-not-blocked = Căsuța dumneavoastră poștală nu este afectată: programele de e-mail și webmailul funcționează în continuare.

## The address and password fields

address-empty = Vă rugăm să introduceți adresa de e-mail.
address-too-long = Adresa de e-mail este prea lungă.
address-control-character = Adresa de e-mail conține un salt de linie sau un caracter de control.
address-forbidden-character = Adresa de e-mail conține caracterul „{ $character }”. Sunt permise literele a–z, cifrele, punctul, cratima și caracterul de subliniere.
address-incomplete = Vă rugăm să introduceți adresa de e-mail completă (nume@domeniu).
password-empty = Vă rugăm să introduceți parola actuală.
password-too-many-chars =
    { $max ->
        [one] Parola are mai mult de un caracter.
        [few] Parola are mai mult de { $max } caractere.
       *[other] Parola are mai mult de { $max } de caractere.
    }
password-too-many-bytes =
    { $max ->
        [one] Parola are mai mult de un octet.
        [few] Parola are mai mult de { $max } octeți.
       *[other] Parola are mai mult de { $max } de octeți.
    }
password-control-character = Parola conține un caracter de control (de exemplu, un salt de linie) pe care programele de e-mail nu îl pot trimite.

## The rules a new password breaks

violation-too-short =
    { $min ->
        [one] Parola nouă trebuie să aibă cel puțin un caracter.
        [few] Parola nouă trebuie să aibă cel puțin { $min } caractere.
       *[other] Parola nouă trebuie să aibă cel puțin { $min } de caractere.
    }
violation-too-long =
    { $max ->
        [one] Parola nouă poate avea cel mult un caracter.
        [few] Parola nouă poate avea cel mult { $max } caractere.
       *[other] Parola nouă poate avea cel mult { $max } de caractere.
    }
violation-too-many-bytes =
    { $max ->
        [one] Parola nouă este prea lungă pentru formatul de stocare al serverului de e-mail (cel mult un octet; literele cu diacritice contează dublu).
        [few] Parola nouă este prea lungă pentru formatul de stocare al serverului de e-mail (cel mult { $max } octeți; literele cu diacritice contează dublu).
       *[other] Parola nouă este prea lungă pentru formatul de stocare al serverului de e-mail (cel mult { $max } de octeți; literele cu diacritice contează dublu).
    }
violation-same-as-current = Parola nouă trebuie să fie diferită de cea actuală.
violation-contains-local-part = Parola nouă nu trebuie să conțină numele căsuței poștale.
violation-contains-domain = Parola nouă nu trebuie să conțină domeniul.
violation-contains-context-word = Parola nouă nu trebuie să conțină „{ $word }”, numele furnizorului sau al companiei.
violation-common = Parola nouă figurează pe o listă de parole folosite frecvent sau publicate și ar fi ușor de ghicit.
violation-not-normalized = Parola nouă conține caractere compuse (de exemplu, o literă cu diacritic formată din literă și semn separat), pe care alte dispozitive le-ar introduce diferit. Vă rugăm să tastați direct literele cu diacritice.
violation-breached = Parola nouă este cunoscută din scurgeri de date. Atacatorii încearcă mai întâi astfel de parole, chiar dacă sunt lungi. Vă rugăm să alegeți alta.
violation-shown-example = Parola nouă este un exemplu de pe această pagină. Oricine a văzut pagina o cunoaște. Vă rugăm să vă alegeți propriile cuvinte.
guessable-repeat = Parola nouă este ușor de ghicit: se repetă, ca „salutsalut”.
guessable-sequence = Parola nouă este ușor de ghicit: conține o secvență precum „abcd” sau „1234”.
guessable-keyboard = Parola nouă este ușor de ghicit: urmează un model de pe tastatură, precum „qwertz” sau „asdf”.
guessable-common = Parola nouă este ușor de ghicit: seamănă cu o parolă foarte des folosită.
guessable-words = Parola nouă este ușor de ghicit: un singur cuvânt însoțit de cifre sau de un an este ghicit rapid, chiar și cu unele litere înlocuite.
guessable-date = Parola nouă este ușor de ghicit: anii și datele calendaristice sunt ghicite rapid.
guessable-personal = Parola nouă este ușor de ghicit: atacatorii încearcă mai întâi părți din adresa dumneavoastră de e-mail sau din numele furnizorului.
guessable-phrase = Parola nouă este ușor de ghicit: este o expresie cunoscută. Atacatorii încearcă mai întâi astfel de fraze (salutări, proverbe, titluri de cântece), inclusiv cu spații, cifre sau semne de punctuație.
guessable-frequent-words = Parola nouă este ușor de ghicit: este formată din câteva cuvinte foarte frecvente.
guessable-place-or-club = Parola nouă este ușor de ghicit: numele de cluburi și de localități se află pe listele de cuvinte ale atacatorilor, inclusiv însoțite de un an.
guessable-name = Parola nouă este ușor de ghicit: atacatorii încearcă printre primele variante numele și anii de naștere.
guessable-calendar = Parola nouă este ușor de ghicit: lunile, zilele săptămânii, anotimpurile și sărbătorile sunt ghicite rapid, chiar și înșirate în ordinea lor.
guessable-number-words = Parola nouă este ușor de ghicit: numerele scrise în litere, precum „unu doi trei”, sunt ghicite la fel de repede ca cifrele.
guessable-other = Parola nouă este prea ușor de ghicit.
guessable-tip = Mai bine: câteva cuvinte alese la întâmplare, fără legătură între ele.
directory-quality = Parola nouă nu respectă regulile de calitate ale furnizorului dumneavoastră de e-mail. Vă rugăm să alegeți alta.
directory-too-short = Parola nouă este mai scurtă decât permite furnizorul dumneavoastră de e-mail. Vă rugăm să alegeți una mai lungă.
directory-too-long = Parola nouă este mai lungă decât permite furnizorul dumneavoastră de e-mail. Vă rugăm să alegeți una mai scurtă.
directory-too-young = Parola dumneavoastră a fost schimbată recent. O nouă schimbare este posibilă abia după o perioadă de așteptare; până atunci rămâne valabilă parola actuală.
directory-in-history = Ați mai folosit această parolă în trecut. Vă rugăm să alegeți una pe care nu ați mai folosit-o.
directory-not-allowed = Furnizorul dumneavoastră de e-mail nu permite schimbarea parolei acestei căsuțe poștale de pe această pagină. Vă rugăm să contactați echipa de suport.
directory-other = Furnizorul dumneavoastră de e-mail nu acceptă această parolă. Vă rugăm să alegeți alta.

## Reset links and the admin API

link-gone-heading = Linkul nu mai este valabil
link-gone = Linkul a expirat sau a fost deja folosit – vă rugăm să cereți administratorului dumneavoastră un link nou.
reset-intro = Stabiliți o parolă nouă pentru căsuța dumneavoastră poștală. Pentru aceasta nu aveți nevoie de parola actuală.
admin-unauthorized = Cheie API lipsă sau necunoscută.
admin-forbidden = Această cheie API nu are permisiunea de a efectua operațiunea pentru această căsuță poștală.
admin-no-such-mailbox = Această căsuță poștală nu există.

## Forgotten password and the recovery address

forgot-link = Ați uitat parola?
forgot-title = Parolă uitată
forgot-intro = Introduceți adresa căsuței dumneavoastră poștale. Dacă ați înregistrat o adresă de recuperare, vă vom trimite acolo un link cu care puteți stabili o parolă nouă.
forgot-button = Solicitați linkul
forgot-busy = Solicitare în curs…
forgot-sent =
    { $minutes ->
        [one] Dacă pentru această căsuță poștală este înregistrată o adresă de recuperare, v-am trimis acolo un link. Linkul este valabil un minut.
        [few] Dacă pentru această căsuță poștală este înregistrată o adresă de recuperare, v-am trimis acolo un link. Linkul este valabil { $minutes } minute.
       *[other] Dacă pentru această căsuță poștală este înregistrată o adresă de recuperare, v-am trimis acolo un link. Linkul este valabil { $minutes } de minute.
    }
forgot-no-address = Dacă nu aveți o adresă de recuperare, administratorul dumneavoastră vă poate ajuta: vă poate furniza un link de resetare.
recovery-link = Stabiliți o adresă de recuperare pentru cazul în care uitați parola
recovery-title = Adresa de recuperare
recovery-intro = Dacă uitați parola, vă trimitem la această adresă un link de resetare. Alegeți o adresă care nu aparține acestei căsuțe poștale, de exemplu una personală.
recovery-current = Adresa înregistrată: { $address }
recovery-none = Nu este înregistrată încă nicio adresă de recuperare.
recovery-label = Adresa de recuperare nouă
recovery-button = Trimiteți linkul de confirmare
recovery-busy = Trimitere în curs…
recovery-not-writable = Adresa de recuperare nu poate fi modificată aici. Vă rugăm să contactați administratorul dumneavoastră.
recovery-sent =
    { $minutes ->
        [one] Am trimis un link la adresa { $address }. Adresa va fi salvată numai după ce accesați linkul. Linkul este valabil un minut.
        [few] Am trimis un link la adresa { $address }. Adresa va fi salvată numai după ce accesați linkul. Linkul este valabil { $minutes } minute.
       *[other] Am trimis un link la adresa { $address }. Adresa va fi salvată numai după ce accesați linkul. Linkul este valabil { $minutes } de minute.
    }
recovery-saved = Adresa de recuperare { $address } a fost salvată.
recovery-expired = Linkul de confirmare a expirat sau a fost deja folosit. Vă rugăm să stabiliți din nou adresa.
recovery-confirm-question = Doriți ca { $address } să devină adresa de recuperare a căsuței poștale { $mailbox }?
recovery-confirm-button = Confirmați adresa
recovery-unfit-not_an_address = Vă rugăm să introduceți o adresă de e-mail completă (nume@domeniu).
recovery-unfit-same_mailbox = Adresa de recuperare trebuie să fie diferită de această căsuță poștală.
recovery-unfit-same_domain = Adresa de recuperare nu poate aparține domeniului acestei căsuțe poștale: cine și-a uitat parola adesea nu își poate accesa nici e-mailurile de acolo.
recovery-unfit-not_ascii = Vă rugăm să folosiți o adresă fără diacritice sau alte caractere speciale înainte de @: multe servere de e-mail nu livrează mesaje la astfel de adrese.
back-to-password = Înapoi la parola nouă

## The notification mail

mail-subject = Parola căsuței dumneavoastră poștale a fost schimbată
mail-body =
    Bună ziua,

    Parola căsuței poștale { $mailbox } a fost schimbată pe { $time }.
    Modificarea a fost făcută de la adresa IP { $ip }.

    Dacă ați făcut dumneavoastră această modificare, totul este în regulă. Programele de e-mail de pe celelalte dispozitive vă vor cere parola nouă; introduceți-o acolo.

    Dacă nu ați făcut dumneavoastră această modificare, vă rugăm să contactați imediat echipa de suport{ $support }.

    Acest mesaj a fost generat automat.
mail-unknown-ip = necunoscută
mail-subject-admin = Parola căsuței dumneavoastră poștale a fost resetată de administrator
mail-body-admin =
    Bună ziua,

    Administratorul dumneavoastră a resetat parola căsuței poștale { $mailbox } pe { $time }.
    Modificarea a fost făcută de la adresa IP { $ip }.

    Parola anterioară nu mai este valabilă. Parola nouă o veți primi de la administratorul dumneavoastră; programele de e-mail de pe dispozitivele dumneavoastră o vor cere.

    Dacă nu vă așteptați la această modificare, vă rugăm să contactați imediat echipa de suport{ $support }.

    Acest mesaj a fost generat automat.
mail-subject-reset = Parola căsuței dumneavoastră poștale a fost resetată printr-un link
mail-body-reset =
    Bună ziua,

    Parola căsuței poștale { $mailbox } a fost resetată pe { $time } printr-un link de resetare.
    Modificarea a fost făcută de la adresa IP { $ip }.

    Dacă ați făcut dumneavoastră această modificare, totul este în regulă. Programele de e-mail de pe celelalte dispozitive vă vor cere parola nouă; introduceți-o acolo.

    Dacă nu ați făcut dumneavoastră această modificare, vă rugăm să contactați imediat echipa de suport{ $support }.

    Acest mesaj a fost generat automat.
mail-forgot-subject = Link pentru resetarea parolei de e-mail
mail-forgot-body =
    Bună ziua,

    Pentru căsuța poștală { $mailbox } s-a solicitat o parolă nouă pe { $time }.
    Solicitarea a fost trimisă de la adresa IP { $ip }.

    Cu acest link puteți stabili o parolă nouă. Linkul este valabil { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } și poate fi folosit o singură dată:

    { $link }

    Dacă nu ați solicitat acest lucru, ștergeți acest mesaj; parola dumneavoastră rămâne neschimbată. Pentru întrebări, vă rugăm să contactați echipa de suport{ $support }.

    Acest mesaj a fost generat automat.
mail-confirm-subject = Vă rugăm să confirmați adresa de recuperare
mail-confirm-body =
    Bună ziua,

    Această adresă urmează să fie înregistrată ca adresă de recuperare a căsuței poștale { $mailbox }, pentru cazul în care parola este uitată (solicitare făcută pe { $time }, de la adresa IP { $ip }).

    Dacă sunteți de acord, accesați linkul de mai jos; este valabil { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }:

    { $link }

    În caz contrar, ștergeți acest mesaj; nu se va salva nimic. Pentru întrebări, vă rugăm să contactați echipa de suport{ $support }.

    Acest mesaj a fost generat automat.
mail-recovery-changed-subject = Adresa de recuperare a căsuței dumneavoastră poștale a fost schimbată
mail-recovery-changed-body =
    Bună ziua,

    Începând cu { $time }, pentru căsuța poștală { $mailbox } este înregistrată adresa de recuperare { $address }. La această adresă se trimit linkurile de resetare a parolei.
    Modificarea a fost făcută de la adresa IP { $ip }.

    Dacă nu ați făcut dumneavoastră această modificare, vă rugăm să contactați imediat echipa de suport{ $support }.

    Acest mesaj a fost generat automat.

## Numbers, sizes and times

# The separator of decimal places ("1,2 GB").
decimal-separator = ,
size = { $value } { $unit }
# A date and time in mails, as a strftime pattern; the zone follows.
mail-time-format = %d.%m.%Y, ora %H:%M (%Z)
