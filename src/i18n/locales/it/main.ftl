# mailpasswd: every text a person reads, in Italian.
# Register: a careful company IT page, formal "Lei" (lower-case suo/le);
# buttons and links use the usual short command labels (Accedi, Esci).
# Variables are { $name }, the same as in the German reference.
# Wording of the provider's FAQ: "La modifica è attiva da subito."

## Frame of every page

# The site's name when the operator names no provider.
title = Modifica della password e-mail
language-name = Lingua
# Before an error, for screen readers.
error-prefix = Errore:
# The browser tab's title of a page that shows an error.
error-title = Errore: { $title }
support-intro = Domande? Si rivolga all'assistenza:
back-to-start = Torna all'accesso

## Login

login-intro = Acceda con il suo indirizzo e-mail e la password attuale. Poi potrà impostare una nuova password.
email-label = Indirizzo e-mail
email-hint = Il suo indirizzo completo, ad es. mario.rossi@{ $domain }
current-password-label = Password attuale
show-current-password = Mostra password
login-button = Accedi
login-busy = Accesso in corso…
login-failed = Accesso non riuscito. Controlli l'indirizzo e-mail e la password.
# After a few failed logins for one address from this browser.
attempts-left =
    { $left ->
        [one] Le resta ancora un tentativo, dopodiché l'accesso da questa pagina sarà bloccato fino alle ore { $clock }.
       *[other] Le restano ancora { $left } tentativi, dopodiché l'accesso da questa pagina sarà bloccato fino alle ore { $clock }.
    } Il blocco non riguarda la sua casella di posta.
session-expired = La sessione è scaduta. Acceda di nuovo.
logged-out = Disconnessione effettuata.

## The new password

password-title = Imposti una nuova password
logged-in-as = Accesso effettuato come
session-valid = Dal momento dell'accesso ha { $minutes } minuti per salvare la nuova password.
new-password-label = Nuova password
new-password-hint = Almeno { $min } caratteri
show-new-password = Mostra nuova password
confirm-password-label = Conferma nuova password
show-confirm-password = Mostra conferma
show-password = Mostra
hide-password = Nascondi
rules-heading = La sua nuova password
rule-length = ha almeno { $min } e al massimo { $max } caratteri,
rule-differs = è diversa da quella attuale,
rule-not-name = non contiene né il nome della casella di posta né il dominio,
rule-not-provider = non contiene il nome «{ $provider }»,
rule-not-guessable = non è facile da indovinare e non compare in fughe di dati note.
# Said beside a rule the typed password already meets.
rule-met = soddisfatto
rule-tip = Suggerimento: più parole scelte a caso formano una password lunga e facile da ricordare, ad esempio «{ $example }». Scelga parole sue: l'esempio stesso non viene accettato.
change-button = Modifica password
change-busy = Modifica in corso…
logout-button = Esci
new-password-empty = Inserisca una nuova password.
confirm-password-empty = Ripeta la nuova password.
passwords-differ = Le password non coincidono.
violations-heading = La nuova password non è stata salvata.
error-summary-heading = Si è verificato un problema
quota = Spazio occupato: { $used } su { $limit }
quota-full = La sua casella di posta è quasi piena. Quando sarà piena, non potrà più ricevere nuove e-mail. Elimini i messaggi vecchi o svuoti il cestino.

## Success

success-heading = Password modificata
success-for = La password di { $mailbox } è stata modificata.
success-text = La modifica è attiva da subito. D'ora in poi vale solo la nuova password, sia nel programma di posta sia nella webmail.
success-sessions = Le altre sessioni aperte su questa pagina sono state chiuse. Sugli altri suoi dispositivi il programma di posta le chiederà la nuova password: la inserisca lì.
success-mail = Abbiamo inviato una conferma a { $mailbox }.
to-webmail = Vai alla webmail
close-window = Ora può chiudere questa finestra.

## Error pages

unavailable-heading = Operazione al momento non possibile
forbidden-heading = Modulo scaduto
not-found-heading = Pagina non trovata
rate-limited-heading = Troppi tentativi
error-heading = Operazione non riuscita
unavailable = Al momento il server di posta non è raggiungibile. La sua password non è stata modificata. Riprovi tra qualche minuto.
not-confirmed = Il server di posta non ha confermato la nuova password. La password attuale resta valida. Riprovi tra qualche minuto.
forbidden = Il modulo è scaduto. Acceda di nuovo.
bad-request = Non è stato possibile elaborare i dati inseriti.
too-large = I dati inseriti sono troppo lunghi.
not-found = Questa pagina non esiste.
internal = Si è verificato un errore interno. La sua password non è stata modificata.

## Failures of a change or a request

not-saved = Al momento non è possibile salvare la password; resta valida quella attuale. Riprovi più tardi.
uncertain = Non siamo riusciti a verificare se la nuova password è stata salvata. Provi ad accedere con la nuova password nel suo programma di posta: se non funziona, resta valida la password precedente. In caso di dubbio si rivolga all'assistenza.
not-in-store = Per questa casella di posta non è possibile modificare la password da qui. Si rivolga all'assistenza.
overloaded = In questo momento moltissime persone stanno cambiando la password. La sua password non è stata modificata. Riprovi tra qualche secondo.
superseded = Nel frattempo la password di questa casella di posta è stata modificata. Acceda di nuovo con la password attuale.
check-unavailable = Al momento non è possibile verificare se la nuova password compare in fughe di dati note. La sua password non è stata modificata. Riprovi tra qualche minuto.
request-timeout = La richiesta è arrivata troppo lentamente. Riprovi.

## Too many attempts

too-many-attempts = Troppi tentativi.
try-again-in =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Riprovi tra un secondo.
               *[other] Riprovi tra { $seconds } secondi.
            }
        [one] Riprovi tra un minuto.
       *[other] Riprovi tra { $minutes } minuti.
    }
try-again-in-until =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Riprovi tra un secondo (alle ore { $clock }).
               *[other] Riprovi tra { $seconds } secondi (alle ore { $clock }).
            }
        [one] Riprovi tra un minuto (alle ore { $clock }).
       *[other] Riprovi tra { $minutes } minuti (alle ore { $clock }).
    }
mailbox-not-blocked = Il blocco non riguarda la sua casella di posta: i programmi di posta e la webmail continuano a funzionare.

## The address and password fields

address-empty = Inserisca il suo indirizzo e-mail.
address-too-long = L'indirizzo e-mail è troppo lungo.
address-control-character = L'indirizzo e-mail contiene un'interruzione di riga o un carattere di controllo.
address-forbidden-character = L'indirizzo e-mail contiene il carattere «{ $character }». Sono consentiti: lettere a–z, cifre, punto, trattino e trattino basso.
address-incomplete = Inserisca l'indirizzo e-mail completo (nome@dominio).
password-empty = Inserisca la sua password attuale.
password-too-many-chars = La password è più lunga di { $max } caratteri.
password-too-many-bytes = La password è più lunga di { $max } byte.
password-control-character = La password contiene un carattere di controllo (ad es. un'interruzione di riga) che i programmi di posta non possono inviare.

## The rules a new password breaks

violation-too-short = La nuova password deve contenere almeno { $min } caratteri.
violation-too-long = La nuova password può contenere al massimo { $max } caratteri.
violation-too-many-bytes = La nuova password è troppo lunga per il formato di archiviazione del server di posta (al massimo { $max } byte; le lettere accentate contano doppio).
violation-same-as-current = La nuova password deve essere diversa da quella attuale.
violation-contains-local-part = La nuova password non deve contenere il nome della casella di posta.
violation-contains-domain = La nuova password non deve contenere il dominio.
violation-contains-context-word = La nuova password non deve contenere «{ $word }», il nome del provider o dell'azienda.
violation-common = La nuova password compare in un elenco di password molto usate o rese pubbliche e sarebbe facile da indovinare.
violation-not-normalized = La nuova password contiene caratteri composti (ad es. una lettera seguita da un accento separato) che altri dispositivi digiterebbero in modo diverso. Digiti direttamente le lettere accentate.
violation-breached = La nuova password compare in fughe di dati note. I malintenzionati provano per prime proprio queste password, anche se sono lunghe. Ne scelga un'altra.
violation-shown-example = La nuova password è un esempio mostrato in questa pagina: chiunque abbia visto la pagina la conosce. Scelga parole sue.
guessable-repeat = La nuova password è facile da indovinare: si ripete, come «ciaociao».
guessable-sequence = La nuova password è facile da indovinare: contiene una sequenza come «abcd» o «1234».
guessable-keyboard = La nuova password è facile da indovinare: segue uno schema della tastiera come «qwerty» o «asdf».
guessable-common = La nuova password è facile da indovinare: assomiglia a una password molto diffusa.
guessable-words = La nuova password è facile da indovinare: una singola parola con cifre o un anno si indovina in fretta, anche con lettere scambiate.
guessable-date = La nuova password è facile da indovinare: anni e date si indovinano in fretta.
guessable-personal = La nuova password è facile da indovinare: parti del suo indirizzo e-mail o del nome del provider sono tra i primi tentativi dei malintenzionati.
guessable-phrase = La nuova password è facile da indovinare: è un'espressione nota. Frasi di questo tipo (saluti, proverbi, titoli di canzoni) sono tra i primi tentativi dei malintenzionati, anche con spazi, numeri o segni di punteggiatura.
guessable-frequent-words = La nuova password è facile da indovinare: è composta da poche parole molto comuni.
guessable-place-or-club = La nuova password è facile da indovinare: i nomi di squadre, associazioni e località sono negli elenchi di parole dei malintenzionati, anche con l'anno.
guessable-name = La nuova password è facile da indovinare: nomi e anni di nascita sono tra i primi tentativi dei malintenzionati.
guessable-calendar = La nuova password è facile da indovinare: mesi, giorni della settimana, stagioni e festività si indovinano in fretta, anche in sequenza.
guessable-number-words = La nuova password è facile da indovinare: i numeri scritti in lettere come «uno due tre» si indovinano con la stessa rapidità delle cifre.
guessable-other = La nuova password è troppo facile da indovinare.
guessable-tip = Meglio: più parole scelte a caso, senza alcun legame tra loro.
directory-quality = La nuova password non rispetta i criteri di qualità del suo provider di posta. Ne scelga un'altra.
directory-too-short = La nuova password è più corta di quanto consentito dal suo provider di posta. Ne scelga una più lunga.
directory-too-long = La nuova password è più lunga di quanto consentito dal suo provider di posta. Ne scelga una più corta.
directory-too-young = La sua password è stata modificata di recente. Potrà cambiarla di nuovo solo dopo un periodo di attesa; fino ad allora resta valida la password attuale.
directory-in-history = Ha già usato questa password in passato. Ne scelga una che non abbia mai usato.
directory-not-allowed = Il suo provider di posta non consente di modificare da qui la password di questa casella. Si rivolga all'assistenza.
directory-other = Il suo provider di posta non accetta questa password. Ne scelga un'altra.

## Reset links and the admin API

link-gone-heading = Link non più valido
link-gone = Link scaduto o già utilizzato: chieda un nuovo link al suo amministratore.
reset-intro = Imposti una nuova password per la sua casella di posta. La password attuale non è necessaria.
admin-unauthorized = Chiave API mancante o sconosciuta.
admin-forbidden = Questa chiave API non è autorizzata a eseguire l'operazione su questa casella di posta.
admin-no-such-mailbox = Questa casella di posta non esiste.

## Forgotten password and the recovery address

forgot-link = Password dimenticata?
forgot-title = Password dimenticata
forgot-intro = Inserisca l'indirizzo della sua casella di posta. Se ha registrato un indirizzo di recupero, le invieremo a quell'indirizzo un link per impostare una nuova password.
forgot-button = Richiedi link
forgot-busy = Richiesta in corso…
forgot-sent = Se per questa casella di posta è registrato un indirizzo di recupero, le abbiamo inviato un link a quell'indirizzo. Il link è valido per { $minutes } minuti.
forgot-no-address = Se non ha un indirizzo di recupero, si rivolga al suo amministratore: può fornirle un link per reimpostare la password.
recovery-link = Imposta un indirizzo di recupero in caso di password dimenticata
recovery-title = Indirizzo di recupero
recovery-intro = Se dimentica la password, invieremo a questo indirizzo un link per reimpostarla. Scelga un indirizzo che non appartenga a questa casella di posta, ad esempio uno personale.
recovery-current = Indirizzo registrato: { $address }
recovery-none = Non è ancora registrato alcun indirizzo di recupero.
recovery-label = Nuovo indirizzo di recupero
recovery-button = Invia link di conferma
recovery-busy = Invio in corso…
recovery-not-writable = Non è possibile modificare da qui l'indirizzo di recupero. Si rivolga al suo amministratore.
recovery-sent = Abbiamo inviato un link a { $address }. L'indirizzo verrà salvato solo dopo che avrà aperto il link. Il link è valido per { $minutes } minuti.
recovery-saved = L'indirizzo di recupero { $address } è stato salvato.
recovery-expired = Il link di conferma è scaduto o è già stato utilizzato. Imposti di nuovo l'indirizzo.
recovery-confirm-question = Vuole che { $address } diventi l’indirizzo di recupero della casella di posta { $mailbox }?
recovery-confirm-button = Conferma indirizzo
recovery-unfit-not_an_address = Inserisca un indirizzo e-mail completo (nome@dominio).
recovery-unfit-same_mailbox = L'indirizzo di recupero deve essere diverso da quello di questa casella di posta.
recovery-unfit-same_domain = L'indirizzo di recupero non può appartenere al dominio di questa casella di posta: chi ha dimenticato la password spesso non riesce a leggere nemmeno quelle e-mail.
recovery-unfit-not_ascii = Usi un indirizzo senza lettere accentate o altri caratteri speciali prima della @: molti server di posta non recapitano i messaggi a indirizzi di questo tipo.
back-to-password = Torna alla nuova password

## The notification mail

mail-subject = La password della sua casella di posta è stata modificata
mail-body =
    Buongiorno,

    la password della casella di posta { $mailbox } è stata modificata in data { $time }.
    Indirizzo IP di provenienza: { $ip }.

    Ha effettuato lei la modifica? In tal caso è tutto in ordine. Sugli altri suoi dispositivi il programma di posta le chiederà la nuova password: la inserisca lì.

    Non ha effettuato lei la modifica? In tal caso contatti subito l'assistenza{ $support }.

    Questo messaggio è stato generato automaticamente.
mail-unknown-ip = sconosciuto
mail-subject-admin = La password della sua casella di posta è stata reimpostata dal suo amministratore
mail-body-admin =
    Buongiorno,

    il suo amministratore ha reimpostato la password della casella di posta { $mailbox } in data { $time }.
    Indirizzo IP di provenienza: { $ip }.

    La password precedente non è più valida. Riceverà la nuova password dal suo amministratore; i programmi di posta sui suoi dispositivi gliela chiederanno.

    Non si aspettava questa modifica? In tal caso contatti subito l'assistenza{ $support }.

    Questo messaggio è stato generato automaticamente.
mail-subject-reset = La password della sua casella di posta è stata reimpostata tramite un link
mail-body-reset =
    Buongiorno,

    la password della casella di posta { $mailbox } è stata reimpostata in data { $time } tramite un link di reimpostazione.
    Indirizzo IP di provenienza: { $ip }.

    Ha effettuato lei la modifica? In tal caso è tutto in ordine. Sugli altri suoi dispositivi il programma di posta le chiederà la nuova password: la inserisca lì.

    Non ha effettuato lei la modifica? In tal caso contatti subito l'assistenza{ $support }.

    Questo messaggio è stato generato automaticamente.
mail-forgot-subject = Link per reimpostare la password della sua casella di posta
mail-forgot-body =
    Buongiorno,

    in data { $time } è stata richiesta una nuova password per la casella di posta { $mailbox }.
    Indirizzo IP di provenienza: { $ip }.

    Con questo link può impostare una nuova password. Il link è valido per { $minutes } minuti e può essere usato una sola volta:

    { $link }

    Non ha richiesto lei una nuova password? In tal caso elimini questo messaggio: la sua password resta invariata. Per eventuali domande si rivolga all'assistenza{ $support }.

    Questo messaggio è stato generato automaticamente.
mail-confirm-subject = Confermi il suo indirizzo di recupero
mail-confirm-body =
    Buongiorno,

    è stato richiesto di registrare questo indirizzo come indirizzo di recupero della casella di posta { $mailbox }, da usare in caso di password dimenticata.
    La richiesta è stata effettuata in data { $time }.
    Indirizzo IP di provenienza: { $ip }.

    Se è d'accordo, apra questo link, valido per { $minutes } minuti:

    { $link }

    In caso contrario elimini questo messaggio: non verrà salvato nulla. Per eventuali domande si rivolga all'assistenza{ $support }.

    Questo messaggio è stato generato automaticamente.
mail-recovery-changed-subject = L'indirizzo di recupero della sua casella di posta è stato modificato
mail-recovery-changed-body =
    Buongiorno,

    in data { $time } è stato registrato { $address } come indirizzo di recupero della casella di posta { $mailbox }. I link per reimpostare la password vengono inviati a questo indirizzo.
    Indirizzo IP di provenienza: { $ip }.

    Non ha effettuato lei la modifica? In tal caso contatti subito l'assistenza{ $support }.

    Questo messaggio è stato generato automaticamente.

## Numbers, sizes and times

# The separator of decimal places ("1,2 GB").
decimal-separator = ,
size = { $value } { $unit }
# A date and time in mails, as a strftime pattern; the zone follows.
mail-time-format = %d/%m/%Y alle ore %H:%M (%Z)
