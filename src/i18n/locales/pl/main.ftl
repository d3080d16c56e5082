# mailpasswd: every text a person reads, in Polish (pl).
# Register: a careful company IT page, neutral Polish UI style: short
# imperatives ("Zaloguj się", "Wpisz", "Spróbuj ponownie") and impersonal
# forms ("Wylogowano", "Hasło nie zostało zmienione"); no "Pan/Pani", few
# possessives. Mails: "Dzień dobry," + capital letter; "Ciebie" capitalised.
# Variables are { $name }; same messages and variables as the German
# reference. Counts use CLDR plural categories: one, few, many, other.
# Provider's FAQ wording: "Zmiana obowiązuje od razu."

## Frame of every page

# The site's name when the operator names no provider.
title = Zmiana hasła do poczty e-mail
language-name = Język
# Before an error, for screen readers.
error-prefix = Błąd:
# The browser tab's title of a page that shows an error.
error-title = Błąd: { $title }
support-intro = W razie pytań skontaktuj się z pomocą techniczną:
back-to-start = Powrót do logowania

## Login

login-intro = Zaloguj się, podając adres e-mail i obecne hasło. Następnie można ustawić nowe hasło.
email-label = Adres e-mail
email-hint = Pełny adres, np. jan.kowalski@{ $domain }
current-password-label = Obecne hasło
show-current-password = Pokaż hasło
login-button = Zaloguj się
login-busy = Logowanie…
login-failed = Logowanie nie powiodło się. Sprawdź adres e-mail i hasło.
# After a few failed logins for one address from this browser.
attempts-left =
    { $left ->
        [one] Została jeszcze jedna próba, potem logowanie zostanie tu zablokowane do godz. { $clock }.
        [few] Zostały jeszcze { $left } próby, potem logowanie zostanie tu zablokowane do godz. { $clock }.
        [many] Zostało jeszcze { $left } prób, potem logowanie zostanie tu zablokowane do godz. { $clock }.
       *[other] Zostało jeszcze { $left } próby, potem logowanie zostanie tu zablokowane do godz. { $clock }.
    } Blokada nie obejmie skrzynki pocztowej.
session-expired = Sesja wygasła. Zaloguj się ponownie.
logged-out = Wylogowano.

## The new password

password-title = Ustaw nowe hasło
logged-in-as = Zalogowano jako
session-valid =
    Nowe hasło należy zapisać w ciągu { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } od zalogowania.
new-password-label = Nowe hasło
new-password-hint =
    Co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
        [many] { $min } znaków
       *[other] { $min } znaku
    }
show-new-password = Pokaż nowe hasło
confirm-password-label = Powtórz nowe hasło
show-confirm-password = Pokaż powtórzone hasło
show-password = Pokaż
hide-password = Ukryj
rules-heading = Nowe hasło
rule-length = ma od { $min } do { $max } znaków,
rule-differs = różni się od obecnego hasła,
rule-not-name = nie zawiera nazwy skrzynki pocztowej ani domeny,
rule-not-provider = nie zawiera nazwy „{ $provider }”,
rule-not-guessable = nie jest łatwe do odgadnięcia i nie występuje w wyciekach danych.
# Said beside a rule the typed password already meets.
rule-met = spełnione
rule-tip = Wskazówka: kilka przypadkowych słów tworzy długie hasło, które łatwo zapamiętać, np. „{ $example }”. Wymyśl własne słowa – sam przykład nie zostanie przyjęty.
change-button = Zmień hasło
change-busy = Trwa zmiana…
logout-button = Wyloguj się
new-password-empty = Wpisz nowe hasło.
confirm-password-empty = Powtórz nowe hasło.
passwords-differ = Hasła nie są zgodne.
violations-heading = Nowe hasło nie zostało zapisane.
error-summary-heading = Wystąpił problem
quota = Zajęte miejsce: { $used } z { $limit }
quota-full = Skrzynka pocztowa jest prawie pełna. Gdy się zapełni, nowe wiadomości nie będą do niej docierać. Usuń stare wiadomości lub opróżnij kosz.

## Success

success-heading = Hasło zostało zmienione
success-for = Hasło do skrzynki { $mailbox } zostało zmienione.
success-text = Zmiana obowiązuje od razu. Od teraz działa wyłącznie nowe hasło – zarówno w programie pocztowym, jak i w webmailu.
success-sessions = Pozostałe sesje na tej stronie zostały zakończone. Programy pocztowe na innych urządzeniach poproszą o nowe hasło – wystarczy je tam wpisać.
success-mail = Potwierdzenie wysłaliśmy na adres { $mailbox }.
to-webmail = Przejdź do webmaila
close-window = To okno można już zamknąć.

## Error pages

unavailable-heading = Chwilowo niedostępne
forbidden-heading = Formularz wygasł
not-found-heading = Nie znaleziono strony
rate-limited-heading = Zbyt wiele prób
error-heading = Nie udało się
unavailable = Serwer pocztowy jest w tej chwili nieosiągalny. Hasło nie zostało zmienione. Spróbuj ponownie za kilka minut.
not-confirmed = Serwer pocztowy nie potwierdził nowego hasła. Dotychczasowe hasło nadal obowiązuje. Spróbuj ponownie za kilka minut.
forbidden = Formularz wygasł. Zaloguj się ponownie.
bad-request = Nie udało się przetworzyć wprowadzonych danych.
too-large = Wprowadzone dane są za długie.
not-found = Ta strona nie istnieje.
internal = Wystąpił błąd wewnętrzny. Hasło nie zostało zmienione.

## Failures of a change or a request

not-saved = W tej chwili nie można zapisać hasła; nadal obowiązuje dotychczasowe. Spróbuj ponownie później.
uncertain = Nie udało się ustalić, czy nowe hasło zostało zapisane. Zaloguj się w programie pocztowym, używając nowego hasła; jeśli to się nie uda, nadal obowiązuje dotychczasowe hasło. W razie wątpliwości skontaktuj się z pomocą techniczną.
not-in-store = Hasła do tej skrzynki pocztowej nie można zmienić w tym miejscu. Skontaktuj się z pomocą techniczną.
overloaded = W tej chwili bardzo wiele osób zmienia hasło. Hasło nie zostało zmienione. Spróbuj ponownie za kilka sekund.
superseded = Hasło do tej skrzynki pocztowej zostało w międzyczasie zmienione. Zaloguj się ponownie, używając aktualnego hasła.
check-unavailable = W tej chwili nie można sprawdzić, czy nowe hasło występuje w wyciekach danych. Hasło nie zostało zmienione. Spróbuj ponownie za kilka minut.
request-timeout = Żądanie dotarło zbyt wolno. Spróbuj ponownie.

## Too many attempts

too-many-attempts = Zbyt wiele prób.
try-again-in =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Spróbuj ponownie za sekundę.
                [few] Spróbuj ponownie za { $seconds } sekundy.
                [many] Spróbuj ponownie za { $seconds } sekund.
               *[other] Spróbuj ponownie za { $seconds } sekundy.
            }
        [one] Spróbuj ponownie za minutę.
        [few] Spróbuj ponownie za { $minutes } minuty.
        [many] Spróbuj ponownie za { $minutes } minut.
       *[other] Spróbuj ponownie za { $minutes } minuty.
    }
try-again-in-until =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Spróbuj ponownie za sekundę (o godz. { $clock }).
                [few] Spróbuj ponownie za { $seconds } sekundy (o godz. { $clock }).
                [many] Spróbuj ponownie za { $seconds } sekund (o godz. { $clock }).
               *[other] Spróbuj ponownie za { $seconds } sekundy (o godz. { $clock }).
            }
        [one] Spróbuj ponownie za minutę (o godz. { $clock }).
        [few] Spróbuj ponownie za { $minutes } minuty (o godz. { $clock }).
        [many] Spróbuj ponownie za { $minutes } minut (o godz. { $clock }).
       *[other] Spróbuj ponownie za { $minutes } minuty (o godz. { $clock }).
    }
mailbox-not-blocked = Blokada nie obejmuje skrzynki pocztowej: programy pocztowe i webmail działają normalnie.

## The address and password fields

address-empty = Wpisz adres e-mail.
address-too-long = Adres e-mail jest za długi.
address-control-character = Adres e-mail zawiera znak końca wiersza lub znak sterujący.
address-forbidden-character = Adres e-mail zawiera znak „{ $character }”. Dozwolone są litery a–z, cyfry, kropka, łącznik i podkreślenie.
address-incomplete = Wpisz pełny adres e-mail (nazwa@domena).
password-empty = Wpisz obecne hasło.
password-too-many-chars =
    Hasło jest dłuższe niż { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
password-too-many-bytes =
    Hasło jest dłuższe niż { $max ->
        [one] { $max } bajt
        [few] { $max } bajty
        [many] { $max } bajtów
       *[other] { $max } bajta
    }.
password-control-character = Hasło zawiera znak sterujący (np. znak końca wiersza), którego programy pocztowe nie potrafią wysłać.

## The rules a new password breaks

violation-too-short =
    Nowe hasło musi mieć co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
        [many] { $min } znaków
       *[other] { $min } znaku
    }.
violation-too-long =
    Nowe hasło może mieć najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
violation-too-many-bytes =
    Nowe hasło jest za długie dla formatu zapisu serwera pocztowego (najwyżej { $max ->
        [one] { $max } bajt
        [few] { $max } bajty
        [many] { $max } bajtów
       *[other] { $max } bajta
    }; polskie znaki, np. ą czy ś, liczą się podwójnie).
violation-same-as-current = Nowe hasło musi się różnić od obecnego.
violation-contains-local-part = Nowe hasło nie może zawierać nazwy skrzynki pocztowej.
violation-contains-domain = Nowe hasło nie może zawierać nazwy domeny.
violation-contains-context-word = Nowe hasło nie może zawierać słowa „{ $word }”, czyli nazwy dostawcy lub firmy.
violation-common = Nowe hasło znajduje się na liście często używanych lub opublikowanych haseł i byłoby łatwe do odgadnięcia.
violation-not-normalized = Nowe hasło zawiera znaki złożone (np. „ą” utworzone z litery „a” i osobnego ogonka), które inne urządzenia wpisałyby inaczej. Wpisz polskie litery bezpośrednio z klawiatury.
violation-breached = Nowe hasło jest znane z wycieków danych. Atakujący sprawdzają takie hasła w pierwszej kolejności, nawet jeśli są długie. Wybierz inne hasło.
violation-shown-example = Nowe hasło to przykład z tej strony. Zna je każdy, kto widział tę stronę. Wymyśl własne słowa.
guessable-repeat = Nowe hasło jest łatwe do odgadnięcia: składa się z powtórzeń, np. „halohalo”.
guessable-sequence = Nowe hasło jest łatwe do odgadnięcia: zawiera ciąg w rodzaju „abcd” lub „1234”.
guessable-keyboard = Nowe hasło jest łatwe do odgadnięcia: to ciąg sąsiednich klawiszy, np. „qwerty” lub „asdf”.
guessable-common = Nowe hasło jest łatwe do odgadnięcia: przypomina bardzo często używane hasło.
guessable-words = Nowe hasło jest łatwe do odgadnięcia: pojedyncze słowo z cyframi lub rokiem odgaduje się szybko, nawet z przestawionymi literami.
guessable-date = Nowe hasło jest łatwe do odgadnięcia: lata i daty odgaduje się szybko.
guessable-personal = Nowe hasło jest łatwe do odgadnięcia: atakujący w pierwszej kolejności sprawdzają fragmenty adresu e-mail i nazwy dostawcy.
guessable-phrase = Nowe hasło jest łatwe do odgadnięcia: to znany zwrot. Atakujący sprawdzają takie wyrażenia (pozdrowienia, przysłowia, tytuły piosenek) w pierwszej kolejności – także ze spacjami, liczbami czy znakami interpunkcyjnymi.
guessable-frequent-words = Nowe hasło jest łatwe do odgadnięcia: składa się z kilku bardzo popularnych słów.
guessable-place-or-club = Nowe hasło jest łatwe do odgadnięcia: nazwy klubów i miejscowości, również z dopisanym rokiem, są na listach słów używanych przez atakujących.
guessable-name = Nowe hasło jest łatwe do odgadnięcia: atakujący sprawdzają imiona i lata urodzenia już na samym początku.
guessable-calendar = Nowe hasło jest łatwe do odgadnięcia: miesiące, dni tygodnia, pory roku i święta odgaduje się szybko, także wpisane po kolei.
guessable-number-words = Nowe hasło jest łatwe do odgadnięcia: liczby zapisane słownie, np. „jeden dwa trzy”, odgaduje się równie szybko jak cyfry.
guessable-other = Nowe hasło jest zbyt łatwe do odgadnięcia.
guessable-tip = Lepiej: kilka przypadkowych, niezwiązanych ze sobą słów.
directory-quality = Nowe hasło nie spełnia wymagań jakościowych dostawcy skrzynki pocztowej. Wybierz inne hasło.
directory-too-short = Nowe hasło jest krótsze, niż pozwala dostawca skrzynki pocztowej. Wybierz dłuższe.
directory-too-long = Nowe hasło jest dłuższe, niż pozwala dostawca skrzynki pocztowej. Wybierz krótsze.
directory-too-young = Hasło zostało zmienione niedawno. Kolejna zmiana będzie możliwa dopiero po upływie okresu oczekiwania; do tego czasu obowiązuje dotychczasowe hasło.
directory-in-history = To hasło było już wcześniej używane. Wybierz hasło, które nie było jeszcze używane.
directory-not-allowed = Dostawca skrzynki pocztowej nie zezwala w tym miejscu na zmianę hasła do tej skrzynki. Skontaktuj się z pomocą techniczną.
directory-other = Dostawca skrzynki pocztowej nie akceptuje tego hasła. Wybierz inne.

## Reset links and the admin API

link-gone-heading = Link jest już nieważny
link-gone = Link wygasł lub został już użyty – poproś administratora o nowy link.
reset-intro = Ustaw nowe hasło do skrzynki pocztowej. Dotychczasowe hasło nie jest do tego potrzebne.
admin-unauthorized = Brak klucza API lub klucz jest nieznany.
admin-forbidden = Ten klucz API nie ma uprawnień do tej operacji dla tej skrzynki pocztowej.
admin-no-such-mailbox = Taka skrzynka pocztowa nie istnieje.

## Forgotten password and the recovery address

forgot-link = Zapomniane hasło?
forgot-title = Zapomniane hasło
forgot-intro = Wpisz adres skrzynki pocztowej. Jeśli zapisano dla niej adres zapasowy, wyślemy na niego link do ustawienia nowego hasła.
forgot-button = Wyślij link
forgot-busy = Wysyłanie…
forgot-sent =
    Jeśli dla tej skrzynki zapisano adres zapasowy, wysłaliśmy na niego link. Jest on ważny przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
forgot-no-address = Jeśli adres zapasowy nie został zapisany, pomoże administrator: może przekazać link do zresetowania hasła.
recovery-link = Ustaw adres zapasowy na wypadek zapomnienia hasła
recovery-title = Adres zapasowy
recovery-intro = W razie zapomnienia hasła wyślemy na ten adres link do jego zresetowania. Podaj adres, który nie należy do tej skrzynki, np. prywatny.
recovery-current = Zapisany adres: { $address }
recovery-none = Nie zapisano jeszcze adresu zapasowego.
recovery-label = Nowy adres zapasowy
recovery-button = Wyślij link potwierdzający
recovery-busy = Wysyłanie…
recovery-not-writable = Adresu zapasowego nie można zmienić w tym miejscu. Skontaktuj się z administratorem.
recovery-sent =
    Wysłaliśmy link na adres { $address }. Adres zostanie zapisany dopiero po otwarciu tego linku. Link jest ważny przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
recovery-saved = Adres zapasowy { $address } został zapisany.
recovery-expired = Link potwierdzający wygasł lub został już użyty. Ustaw adres ponownie.
recovery-confirm-question = Czy ustawić { $address } jako adres zapasowy skrzynki { $mailbox }?
recovery-confirm-button = Potwierdź adres
recovery-unfit-not_an_address = Wpisz pełny adres e-mail (nazwa@domena).
recovery-unfit-same_mailbox = Adres zapasowy musi być inny niż adres tej skrzynki.
recovery-unfit-same_domain = Adres zapasowy nie może należeć do domeny tej skrzynki: kto zapomniał hasła, często nie ma też dostępu do poczty w tej domenie.
recovery-unfit-not_ascii = Użyj adresu bez polskich znaków i innych znaków specjalnych przed @: wiele serwerów poczty nie dostarcza wiadomości na takie adresy.
back-to-password = Powrót do zmiany hasła

## The notification mail

mail-subject = Hasło do skrzynki pocztowej zostało zmienione
mail-body =
    Dzień dobry,

    Hasło do skrzynki pocztowej { $mailbox } zostało zmienione dnia { $time }.
    Adres IP, z którego dokonano zmiany: { $ip }

    Jeśli zmiana została wprowadzona przez Ciebie, wszystko jest w porządku. Programy pocztowe na innych urządzeniach poproszą o nowe hasło – wystarczy je tam wpisać.

    Jeśli zmiana nie została wprowadzona przez Ciebie, niezwłocznie skontaktuj się z pomocą techniczną{ $support }.

    Ta wiadomość została wygenerowana automatycznie.
mail-unknown-ip = nieznany
mail-subject-admin = Administrator zresetował hasło do skrzynki pocztowej
mail-body-admin =
    Dzień dobry,

    Hasło do skrzynki pocztowej { $mailbox } zostało dnia { $time } zresetowane przez administratora.
    Adres IP, z którego dokonano zmiany: { $ip }

    Dotychczasowe hasło przestało działać. Nowe hasło przekaże administrator; programy pocztowe na urządzeniach poproszą o nie.

    Jeśli ta zmiana jest nieoczekiwana, niezwłocznie skontaktuj się z pomocą techniczną{ $support }.

    Ta wiadomość została wygenerowana automatycznie.
mail-subject-reset = Hasło do skrzynki pocztowej zostało zresetowane za pomocą linku
mail-body-reset =
    Dzień dobry,

    Hasło do skrzynki pocztowej { $mailbox } zostało dnia { $time } zmienione za pomocą linku do resetowania hasła.
    Adres IP, z którego dokonano zmiany: { $ip }

    Jeśli zmiana została wprowadzona przez Ciebie, wszystko jest w porządku. Programy pocztowe na innych urządzeniach poproszą o nowe hasło – wystarczy je tam wpisać.

    Jeśli zmiana nie została wprowadzona przez Ciebie, niezwłocznie skontaktuj się z pomocą techniczną{ $support }.

    Ta wiadomość została wygenerowana automatycznie.
mail-forgot-subject = Link do resetowania hasła do poczty e-mail
mail-forgot-body =
    Dzień dobry,

    Dnia { $time } wysłano prośbę o nowe hasło do skrzynki pocztowej { $mailbox }.
    Adres IP, z którego wysłano prośbę: { $ip }

    Za pomocą tego linku można ustawić nowe hasło. Link jest ważny przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } i można go użyć tylko raz:

    { $link }

    Jeśli ta prośba nie pochodzi od Ciebie, usuń tę wiadomość – hasło pozostanie bez zmian. Na pytania odpowie pomoc techniczna{ $support }.

    Ta wiadomość została wygenerowana automatycznie.
mail-confirm-subject = Prośba o potwierdzenie adresu zapasowego
mail-confirm-body =
    Dzień dobry,

    Ten adres ma zostać zapisany jako adres zapasowy skrzynki pocztowej { $mailbox } na wypadek zapomnienia hasła.
    Prośbę wysłano dnia { $time }; adres IP: { $ip }.

    Aby to potwierdzić, otwórz poniższy link. Jest on ważny przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }:

    { $link }

    W przeciwnym razie usuń tę wiadomość – nic nie zostanie zapisane. Na pytania odpowie pomoc techniczna{ $support }.

    Ta wiadomość została wygenerowana automatycznie.
mail-recovery-changed-subject = Zmieniono adres zapasowy skrzynki pocztowej
mail-recovery-changed-body =
    Dzień dobry,

    Od dnia { $time } adresem zapasowym skrzynki pocztowej { $mailbox } jest { $address }. Na ten adres będą wysyłane linki do resetowania hasła.
    Adres IP, z którego dokonano zmiany: { $ip }

    Jeśli zmiana nie została wprowadzona przez Ciebie, niezwłocznie skontaktuj się z pomocą techniczną{ $support }.

    Ta wiadomość została wygenerowana automatycznie.

## Numbers, sizes and times

# The separator of decimal places ("1,2 GB").
decimal-separator = ,
size = { $value } { $unit }
# A date and time in mails, as a strftime pattern; the zone follows.
# Used as "dnia { $time }": "dnia 26.11.2026 o godz. 15:03 (CET)".
mail-time-format = %d.%m.%Y o godz. %H:%M (%Z)
