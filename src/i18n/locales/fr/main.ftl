# mailpasswd: every text a person reads, in French.
# Register: a careful company IT page, "vous" (forms: "Saisissez…", "Veuillez…").
# Typography: « … », a no-break space before : ; ? ! and inside « ».
# Provider FAQ wording: "La modification prend effet immédiatement."

## Frame of every page

# The site's name when the operator names no provider.
title = Modifier votre mot de passe e-mail
language-name = Langue
# Before an error, for screen readers.
error-prefix = Erreur :
# The browser tab's title of a page that shows an error.
error-title = Erreur : { $title }
support-intro = Une question ? Contactez le support :
back-to-start = Retour à la connexion

## Login

login-intro = Connectez-vous avec votre adresse e-mail et votre mot de passe actuel. Vous définirez ensuite un nouveau mot de passe.
email-label = Adresse e-mail
email-hint = Votre adresse complète, par exemple jean.dupont@{ $domain }
current-password-label = Mot de passe actuel
show-current-password = Afficher le mot de passe
login-button = Se connecter
login-busy = Connexion en cours…
login-failed = La connexion a échoué. Veuillez vérifier votre adresse e-mail et votre mot de passe.
# After a few failed logins for one address from this browser.
attempts-left =
    { $left ->
        [one] Il vous reste { $left } tentative, après quoi la connexion sera bloquée sur cette page jusqu'à { $clock }.
        [many] Il vous reste { $left } de tentatives, après quoi la connexion sera bloquée sur cette page jusqu'à { $clock }.
       *[other] Il vous reste { $left } tentatives, après quoi la connexion sera bloquée sur cette page jusqu'à { $clock }.
    } Votre boîte aux lettres n'est pas concernée par ce blocage.
session-expired = Votre session a expiré. Veuillez vous reconnecter.
logged-out = Votre session a été fermée.

## The new password

password-title = Définir un nouveau mot de passe
logged-in-as = Connecté en tant que
session-valid = À partir de la connexion, vous disposez de { $minutes } minutes pour enregistrer le nouveau mot de passe.
new-password-label = Nouveau mot de passe
new-password-hint = Au moins { $min } caractères
show-new-password = Afficher le nouveau mot de passe
confirm-password-label = Confirmer le nouveau mot de passe
show-confirm-password = Afficher la confirmation
show-password = Afficher
hide-password = Masquer
rules-heading = Votre nouveau mot de passe
rule-length = comporte au moins { $min } et au plus { $max } caractères,
rule-differs = est différent du mot de passe actuel,
rule-not-name = ne contient ni le nom de la boîte aux lettres ni le domaine,
rule-not-provider = ne contient pas le nom « { $provider } »,
rule-not-guessable = n'est pas facile à deviner et n'apparaît dans aucune fuite de données.
# Said beside a rule the typed password already meets.
rule-met = validé
rule-tip = Astuce : plusieurs mots choisis au hasard forment un mot de passe long et facile à retenir, par exemple « { $example } ». Choisissez vos propres mots : l'exemple lui-même n'est pas accepté.
change-button = Changer le mot de passe
change-busy = Modification en cours…
logout-button = Se déconnecter
new-password-empty = Saisissez un nouveau mot de passe.
confirm-password-empty = Confirmez le nouveau mot de passe.
passwords-differ = Les mots de passe ne correspondent pas.
violations-heading = Le nouveau mot de passe n'a pas été enregistré.
error-summary-heading = Un problème est survenu
quota = Espace utilisé : { $used } sur { $limit }
quota-full = Votre boîte aux lettres est presque pleine. Une fois pleine, elle ne pourra plus recevoir de nouveaux e-mails. Supprimez d'anciens e-mails ou videz la corbeille.

## Success

success-heading = Mot de passe modifié
success-for = Le mot de passe de la boîte aux lettres { $mailbox } a été modifié.
success-text = La modification prend effet immédiatement. Désormais, seul le nouveau mot de passe est valable, dans votre application de messagerie comme dans le webmail.
success-sessions = Les autres sessions ouvertes sur cette page ont été fermées. Les applications de messagerie de vos autres appareils vous demanderont le nouveau mot de passe : saisissez-le dans chacune d'elles.
success-mail = Nous avons envoyé une confirmation à { $mailbox }.
to-webmail = Accéder au webmail
close-window = Vous pouvez maintenant fermer cette fenêtre.

## Error pages

unavailable-heading = Impossible pour le moment
forbidden-heading = Formulaire expiré
not-found-heading = Page introuvable
rate-limited-heading = Trop de tentatives
error-heading = L'opération a échoué
unavailable = Le serveur de messagerie est actuellement injoignable. Votre mot de passe n'a pas été modifié. Veuillez réessayer dans quelques minutes.
not-confirmed = Le serveur de messagerie n'a pas confirmé le nouveau mot de passe. Votre mot de passe actuel reste valable. Veuillez réessayer dans quelques minutes.
forbidden = Le formulaire a expiré. Veuillez vous reconnecter.
bad-request = La saisie n'a pas pu être traitée.
too-large = La saisie est trop longue.
not-found = Cette page n'existe pas.
internal = Une erreur interne s'est produite. Votre mot de passe n'a pas été modifié.

## Failures of a change or a request

not-saved = Le mot de passe ne peut pas être enregistré pour le moment ; votre mot de passe actuel reste valable. Veuillez réessayer plus tard.
uncertain = Nous n'avons pas pu vérifier si votre nouveau mot de passe a été enregistré. Essayez de vous connecter dans votre application de messagerie avec le nouveau mot de passe ; si la connexion échoue, votre ancien mot de passe reste valable. En cas de doute, contactez le support.
not-in-store = Le mot de passe de cette boîte aux lettres ne peut pas être modifié ici. Veuillez contacter le support.
overloaded = De très nombreuses personnes changent leur mot de passe en ce moment. Votre mot de passe n'a pas été modifié. Veuillez réessayer dans quelques secondes.
superseded = Le mot de passe de cette boîte aux lettres a été modifié entre-temps. Veuillez vous reconnecter avec le mot de passe actuel.
check-unavailable = Impossible de vérifier pour le moment si le nouveau mot de passe figure dans des fuites de données. Votre mot de passe n'a pas été modifié. Veuillez réessayer dans quelques minutes.
request-timeout = La requête a mis trop de temps à arriver. Veuillez réessayer.

## Too many attempts

too-many-attempts = Trop de tentatives.
try-again-in =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Veuillez réessayer dans { $seconds } seconde.
                [many] Veuillez réessayer dans { $seconds } de secondes.
               *[other] Veuillez réessayer dans { $seconds } secondes.
            }
        [one] Veuillez réessayer dans une minute.
        [many] Veuillez réessayer dans { $minutes } de minutes.
       *[other] Veuillez réessayer dans { $minutes } minutes.
    }
try-again-in-until =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Veuillez réessayer dans { $seconds } seconde (à { $clock }).
                [many] Veuillez réessayer dans { $seconds } de secondes (à { $clock }).
               *[other] Veuillez réessayer dans { $seconds } secondes (à { $clock }).
            }
        [one] Veuillez réessayer dans une minute (à { $clock }).
        [many] Veuillez réessayer dans { $minutes } de minutes (à { $clock }).
       *[other] Veuillez réessayer dans { $minutes } minutes (à { $clock }).
    }
mailbox-not-blocked = Votre boîte aux lettres n'est pas concernée : vos applications de messagerie et le webmail continuent de fonctionner.

## The address and password fields

address-empty = Veuillez saisir votre adresse e-mail.
address-too-long = L'adresse e-mail est trop longue.
address-control-character = L'adresse e-mail contient un saut de ligne ou un caractère de contrôle.
address-forbidden-character = L'adresse e-mail contient le caractère « { $character } ». Sont autorisés : les lettres de a à z, les chiffres, le point, le trait d'union et le tiret bas (_).
address-incomplete = Veuillez saisir l'adresse e-mail complète (nom@domaine).
password-empty = Veuillez saisir votre mot de passe actuel.
password-too-many-chars = Le mot de passe dépasse { $max } caractères.
password-too-many-bytes = Le mot de passe dépasse { $max } octets.
password-control-character = Le mot de passe contient un caractère de contrôle (par exemple un saut de ligne) que les applications de messagerie ne peuvent pas transmettre.

## The rules a new password breaks

violation-too-short = Le nouveau mot de passe doit comporter au moins { $min } caractères.
violation-too-long = Le nouveau mot de passe doit comporter au plus { $max } caractères.
violation-too-many-bytes = Le nouveau mot de passe est trop long pour le format de stockage du serveur de messagerie ({ $max } octets au maximum ; les lettres accentuées comptent double).
violation-same-as-current = Le nouveau mot de passe doit être différent du mot de passe actuel.
violation-contains-local-part = Le nouveau mot de passe ne doit pas contenir le nom de la boîte aux lettres.
violation-contains-domain = Le nouveau mot de passe ne doit pas contenir le domaine.
violation-contains-context-word = Le nouveau mot de passe ne doit pas contenir « { $word } », le nom du fournisseur ou de l'entreprise.
violation-common = Le nouveau mot de passe figure sur une liste de mots de passe très utilisés ou divulgués et serait facile à deviner.
violation-not-normalized = Le nouveau mot de passe contient des caractères composés (par exemple une lettre suivie d'un accent séparé) que d'autres appareils saisiraient autrement. Veuillez taper directement les lettres accentuées.
violation-breached = Le nouveau mot de passe figure dans des fuites de données. Les attaquants essaient ces mots de passe en premier, même s'ils sont longs. Veuillez en choisir un autre.
violation-shown-example = Le nouveau mot de passe est un exemple affiché sur cette page. Toute personne ayant vu la page le connaît. Veuillez choisir vos propres mots.
guessable-repeat = Le nouveau mot de passe est facile à deviner : il se répète, comme « bonjourbonjour ».
guessable-sequence = Le nouveau mot de passe est facile à deviner : il contient une suite comme « abcd » ou « 1234 ».
guessable-keyboard = Le nouveau mot de passe est facile à deviner : il reprend une suite de touches du clavier, comme « qwerty » ou « asdf ».
guessable-common = Le nouveau mot de passe est facile à deviner : il ressemble à un mot de passe très courant.
guessable-words = Le nouveau mot de passe est facile à deviner : un mot isolé accompagné de chiffres ou d'une année se devine vite, même avec des lettres interverties.
guessable-date = Le nouveau mot de passe est facile à deviner : les années et les dates se devinent vite.
guessable-personal = Le nouveau mot de passe est facile à deviner : les attaquants essaient en premier des parties de votre adresse e-mail ou du nom du fournisseur.
guessable-phrase = Le nouveau mot de passe est facile à deviner : c'est une expression connue. Les attaquants essaient ce genre de phrases (salutations, proverbes, titres de chansons) en premier, y compris avec des espaces, des chiffres ou de la ponctuation.
guessable-frequent-words = Le nouveau mot de passe est facile à deviner : il se compose de quelques mots très courants.
guessable-place-or-club = Le nouveau mot de passe est facile à deviner : les noms de clubs et de lieux figurent dans les listes de mots des attaquants, y compris suivis d'une année.
guessable-name = Le nouveau mot de passe est facile à deviner : les attaquants essaient très tôt les noms et les années de naissance.
guessable-calendar = Le nouveau mot de passe est facile à deviner : les mois, les jours de la semaine, les saisons et les jours fériés se devinent vite, même énumérés dans l'ordre.
guessable-number-words = Le nouveau mot de passe est facile à deviner : les nombres écrits en toutes lettres, comme « un deux trois », se devinent aussi vite que des chiffres.
guessable-other = Le nouveau mot de passe est trop facile à deviner.
guessable-tip = Mieux : plusieurs mots choisis au hasard, sans rapport entre eux.
directory-quality = Le nouveau mot de passe ne respecte pas les règles de qualité de votre fournisseur de messagerie. Veuillez en choisir un autre.
directory-too-short = Le nouveau mot de passe est plus court que ne l'autorise votre fournisseur de messagerie. Veuillez en choisir un plus long.
directory-too-long = Le nouveau mot de passe est plus long que ne l'autorise votre fournisseur de messagerie. Veuillez en choisir un plus court.
directory-too-young = Votre mot de passe a été modifié récemment. Un nouveau changement ne sera possible qu'après un délai d'attente ; d'ici là, votre mot de passe actuel reste valable.
directory-in-history = Vous avez déjà utilisé ce mot de passe. Veuillez en choisir un que vous n'avez encore jamais utilisé.
directory-not-allowed = Votre fournisseur de messagerie ne permet pas de changer ici le mot de passe de cette boîte aux lettres. Veuillez contacter le support.
directory-other = Votre fournisseur de messagerie n'accepte pas ce mot de passe. Veuillez en choisir un autre.

## Reset links and the admin API

link-gone-heading = Ce lien n'est plus valable
link-gone = Ce lien a expiré ou a déjà été utilisé – demandez un nouveau lien à votre administrateur.
reset-intro = Définissez un nouveau mot de passe pour votre boîte aux lettres. L'ancien mot de passe n'est pas nécessaire.
admin-unauthorized = Clé d'API absente ou inconnue.
admin-forbidden = Cette clé d'API n'autorise pas cette action pour cette boîte aux lettres.
admin-no-such-mailbox = Cette boîte aux lettres n'existe pas.

## Forgotten password and the recovery address

forgot-link = Mot de passe oublié ?
forgot-title = Mot de passe oublié
forgot-intro = Saisissez l'adresse de votre boîte aux lettres. Si vous avez enregistré une adresse de secours, nous vous y enverrons un lien permettant de définir un nouveau mot de passe.
forgot-button = Demander un lien
forgot-busy = Demande en cours…
forgot-sent = Si une adresse de secours est enregistrée pour cette boîte aux lettres, nous vous y avons envoyé un lien. Il est valable { $minutes } minutes.
forgot-no-address = Sans adresse de secours, votre administrateur peut vous aider en vous fournissant un lien de réinitialisation.
recovery-link = Définir une adresse de secours en cas d'oubli du mot de passe
recovery-title = Adresse de secours
recovery-intro = Si vous oubliez votre mot de passe, nous envoyons un lien de réinitialisation à cette adresse. Choisissez une adresse qui n'appartient pas à cette boîte aux lettres, par exemple une adresse personnelle.
recovery-current = Adresse enregistrée : { $address }
recovery-none = Aucune adresse de secours n'est encore enregistrée.
recovery-label = Nouvelle adresse de secours
recovery-button = Envoyer le lien de confirmation
recovery-busy = Envoi en cours…
recovery-not-writable = L'adresse de secours ne peut pas être modifiée ici. Veuillez contacter votre administrateur.
recovery-sent = Nous avons envoyé un lien à { $address }. L'adresse ne sera enregistrée qu'une fois ce lien ouvert. Le lien est valable { $minutes } minutes.
recovery-saved = L'adresse de secours { $address } a été enregistrée.
recovery-expired = Le lien de confirmation a expiré ou a déjà été utilisé. Veuillez définir l'adresse à nouveau.
recovery-confirm-question = Voulez-vous que { $address } devienne l’adresse de secours de la boîte aux lettres { $mailbox } ?
recovery-confirm-button = Confirmer l’adresse
recovery-unfit-not_an_address = Veuillez saisir une adresse e-mail complète (nom@domaine).
recovery-unfit-same_mailbox = L'adresse de secours doit être différente de l'adresse de cette boîte aux lettres.
recovery-unfit-same_domain = L'adresse de secours ne doit pas appartenir au domaine de cette boîte aux lettres : quand on a oublié son mot de passe, on n'a souvent plus accès non plus aux e-mails de ce domaine.
recovery-unfit-not_ascii = Veuillez utiliser une adresse sans accents ni autres caractères spéciaux avant le @ : de nombreux serveurs de messagerie ne distribuent pas le courrier à de telles adresses.
back-to-password = Retour au nouveau mot de passe

## The notification mail

mail-subject = Le mot de passe de votre boîte aux lettres a été modifié
mail-body =
    Bonjour,

    Le mot de passe de la boîte aux lettres { $mailbox } a été modifié le { $time }.
    Adresse IP à l'origine de la modification : { $ip }.

    Était-ce bien vous ? Dans ce cas, tout est en ordre. Les applications de messagerie de vos autres appareils vous demanderont le nouveau mot de passe ; saisissez-le dans chacune d'elles.

    Ce n'était pas vous ? Dans ce cas, veuillez contacter immédiatement le support{ $support }.

    Ce message a été généré automatiquement.
mail-unknown-ip = inconnue
mail-subject-admin = Le mot de passe de votre boîte aux lettres a été réinitialisé par votre administrateur
mail-body-admin =
    Bonjour,

    Votre administrateur a réinitialisé le mot de passe de la boîte aux lettres { $mailbox } le { $time }.
    Adresse IP à l'origine de la modification : { $ip }.

    L'ancien mot de passe n'est plus valable. Votre administrateur vous communiquera le nouveau ; les applications de messagerie de vos appareils vous le demanderont.

    Vous ne vous y attendiez pas ? Dans ce cas, veuillez contacter immédiatement le support{ $support }.

    Ce message a été généré automatiquement.
mail-subject-reset = Le mot de passe de votre boîte aux lettres a été réinitialisé via un lien
mail-body-reset =
    Bonjour,

    Le mot de passe de la boîte aux lettres { $mailbox } a été réinitialisé le { $time } à l'aide d'un lien prévu à cet effet.
    Adresse IP à l'origine de la modification : { $ip }.

    Était-ce bien vous ? Dans ce cas, tout est en ordre. Les applications de messagerie de vos autres appareils vous demanderont le nouveau mot de passe ; saisissez-le dans chacune d'elles.

    Ce n'était pas vous ? Dans ce cas, veuillez contacter immédiatement le support{ $support }.

    Ce message a été généré automatiquement.
mail-forgot-subject = Lien de réinitialisation de votre mot de passe e-mail
mail-forgot-body =
    Bonjour,

    Un nouveau mot de passe a été demandé le { $time } pour la boîte aux lettres { $mailbox }.
    Adresse IP à l'origine de la demande : { $ip }.

    Ce lien vous permet de définir un nouveau mot de passe. Il est valable { $minutes } minutes et ne peut servir qu'une seule fois :

    { $link }

    Vous n'êtes pas à l'origine de cette demande ? Dans ce cas, supprimez ce message ; votre mot de passe reste inchangé. Pour toute question, contactez le support{ $support }.

    Ce message a été généré automatiquement.
mail-confirm-subject = Veuillez confirmer votre adresse de secours
mail-confirm-body =
    Bonjour,

    Il a été demandé que cette adresse devienne l'adresse de secours de la boîte aux lettres { $mailbox }, utilisée en cas d'oubli du mot de passe. Demande effectuée le { $time }.
    Adresse IP à l'origine de la demande : { $ip }.

    Est-ce bien ce que vous souhaitez ? Dans ce cas, ouvrez ce lien ; il est valable { $minutes } minutes :

    { $link }

    Sinon, supprimez ce message ; rien ne sera enregistré. Pour toute question, contactez le support{ $support }.

    Ce message a été généré automatiquement.
mail-recovery-changed-subject = L'adresse de secours de votre boîte aux lettres a été modifiée
mail-recovery-changed-body =
    Bonjour,

    Depuis le { $time }, l'adresse de secours de la boîte aux lettres { $mailbox } est { $address }. Les liens de réinitialisation du mot de passe sont envoyés à cette adresse.
    Adresse IP à l'origine de la modification : { $ip }.

    Ce n'était pas vous ? Dans ce cas, veuillez contacter immédiatement le support{ $support }.

    Ce message a été généré automatiquement.

## Numbers, sizes and times

# The separator of decimal places ("1,2 Go").
decimal-separator = ,
# French unit symbols (Ko, Mo, Go), a no-break space before them.
size =
    { $value } { $unit ->
        [KB] Ko
        [MB] Mo
        [GB] Go
       *[other] { $unit }
    }
# A date and time in mails, as a strftime pattern; the zone follows.
mail-time-format = %d/%m/%Y à %H:%M (%Z)
