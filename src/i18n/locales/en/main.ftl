# mailpasswd: every text a person reads, in English.

## Frame of every page

title = Change your email password
language-name = Language
error-prefix = Error:
error-title = Error: { $title }
support-intro = Need help? Contact support:
back-to-start = Back to login

## Login

login-intro = Log in with your email address and current password. Then you can choose a new password.
email-label = Email address
email-hint = Your full address, for example jane.doe@{ $domain }
current-password-label = Current password
show-current-password = Show password
login-button = Log in
login-busy = Logging in …
login-failed = Login failed. Please check your email address and password.
attempts-left =
    { $left ->
        [one] One more attempt, then logging in here is blocked until { $clock }.
       *[other] { $left } more attempts, then logging in here is blocked until { $clock }.
    } Your mailbox is not affected.
session-expired = Your session has expired. Please log in again.
logged-out = You have been logged out.

## The new password

password-title = Choose a new password
logged-in-as = Logged in as
session-valid = You have { $minutes } minutes from login to save the new password.
new-password-label = New password
new-password-hint = At least { $min } characters
show-new-password = Show new password
confirm-password-label = Confirm new password
show-confirm-password = Show confirmation
show-password = Show
hide-password = Hide
rules-heading = Your new password
rule-length = has at least { $min } and at most { $max } characters,
rule-differs = differs from your current password,
rule-not-name = contains neither the mailbox name nor the domain,
rule-not-provider = does not contain the name “{ $provider }”,
rule-not-guessable = is not easy to guess and has not appeared in data breaches.
rule-met = met
rule-tip = Tip: a few random words make a long password that is easy to remember, for example “{ $example }”. Think of your own words: the example itself is not accepted.
change-button = Change password
change-busy = Changing …
logout-button = Log out
new-password-empty = Enter a new password.
confirm-password-empty = Confirm the new password.
passwords-differ = The passwords do not match.
violations-heading = The new password was not saved.
error-summary-heading = There is a problem
quota = Storage: { $used } of { $limit } used
quota-full = Your mailbox is almost full. When it is full, no new email can arrive. Delete old messages or empty the trash.

## Success

success-heading = Password changed
success-for = The password for { $mailbox } has been changed.
success-text = The change takes effect immediately. From now on only the new password works, in your email app as well as in webmail.
success-sessions = Other sessions on this page have been ended. Email apps on your other devices will ask for the new password: enter it there.
success-mail = We have sent a confirmation to { $mailbox }.
to-webmail = Continue to webmail
close-window = You can close this window now.

## Error pages

unavailable-heading = Not possible right now
forbidden-heading = Form expired
not-found-heading = Page not found
rate-limited-heading = Too many attempts
error-heading = That did not work
unavailable = The mail server cannot be reached right now. Your password was not changed. Please try again in a few minutes.
not-confirmed = The mail server did not confirm the new password. Your previous password still works. Please try again in a few minutes.
forbidden = The form has expired. Please log in again.
bad-request = The input could not be processed.
too-large = The input is too long.
not-found = This page does not exist.
internal = An internal error occurred. Your password was not changed.

## Failures of a change or a request

not-saved = The password cannot be saved right now; your previous password stays. Please try again later.
uncertain = We could not find out whether your new password was saved. Please log in to your email with the new password; if that fails, your previous password still works. If in doubt, contact support.
not-in-store = The password of this mailbox cannot be changed here. Please contact support.
overloaded = Very many people are changing their passwords right now. Your password was not changed. Please try again in a few seconds.
superseded = The password of this mailbox has been changed in the meantime. Please log in again with the current password.
check-unavailable = Whether the new password has appeared in data breaches cannot be checked right now. Your password was not changed. Please try again in a few minutes.
request-timeout = The request arrived too slowly. Please try again.

## Too many attempts

too-many-attempts = Too many attempts.
try-again-in =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Please try again in one second.
               *[other] Please try again in { $seconds } seconds.
            }
        [one] Please try again in one minute.
       *[other] Please try again in { $minutes } minutes.
    }
try-again-in-until =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Please try again in one second (at { $clock }).
               *[other] Please try again in { $seconds } seconds (at { $clock }).
            }
        [one] Please try again in one minute (at { $clock }).
       *[other] Please try again in { $minutes } minutes (at { $clock }).
    }
mailbox-not-blocked = Your mailbox is not affected: your email apps and webmail keep working.

## The address and password fields

address-empty = Please enter your email address.
address-too-long = The email address is too long.
address-control-character = The email address contains a line break or a control character.
address-forbidden-character = The email address contains the character “{ $character }”. Letters a–z, digits, dot, hyphen and underscore are allowed.
address-incomplete = Please enter your full email address (name@domain).
password-empty = Please enter your current password.
password-too-many-chars = The password is longer than { $max } characters.
password-too-many-bytes = The password is longer than { $max } bytes.
password-control-character = The password contains a control character (such as a line break) that email apps cannot send.

## The rules a new password breaks

violation-too-short = Your new password must be at least { $min } characters long.
violation-too-long = Your new password must be at most { $max } characters long.
violation-too-many-bytes = Your new password is too long for the mail server's storage format (at most { $max } bytes; accented letters count twice).
violation-same-as-current = Your new password must be different from your current one.
violation-contains-local-part = Your new password must not contain the mailbox name.
violation-contains-domain = Your new password must not contain the domain name.
violation-contains-context-word = Your new password must not contain “{ $word }”, the name of the provider or the company.
violation-common = Your new password is on a list of commonly used or leaked passwords and would be easy to guess.
violation-not-normalized = Your new password contains combined characters (such as a letter plus a separate accent) that other devices would type differently. Please type accented letters directly.
violation-breached = Your new password has appeared in data breaches. Attackers try such passwords first, however long they are. Please choose another one.
violation-shown-example = Your new password is an example from this page. Anyone who saw the page knows it. Please think of your own words.
guessable-repeat = Your new password is easy to guess: it repeats itself, like “hellohello”.
guessable-sequence = Your new password is easy to guess: it contains a sequence like “abcd” or “1234”.
guessable-keyboard = Your new password is easy to guess: it follows a keyboard pattern like “qwerty” or “asdf”.
guessable-common = Your new password is easy to guess: it resembles a very commonly used password.
guessable-words = Your new password is easy to guess: a single word with digits or a year is guessed quickly, even with swapped letters.
guessable-date = Your new password is easy to guess: years and dates are guessed quickly.
guessable-personal = Your new password is easy to guess: attackers try parts of your email address or the provider's name first.
guessable-phrase = Your new password is easy to guess: it is a well-known phrase. Attackers try such phrases (greetings, proverbs, song titles) first, also with spaces, numbers or punctuation.
guessable-frequent-words = Your new password is easy to guess: it consists of a few very common words.
guessable-place-or-club = Your new password is easy to guess: names of clubs and places are on attackers' word lists, also with a year.
guessable-name = Your new password is easy to guess: attackers try names and birth years early.
guessable-calendar = Your new password is easy to guess: months, weekdays, seasons and holidays are guessed quickly, also in their order.
guessable-number-words = Your new password is easy to guess: spelled-out numbers like “one two three” are guessed as quickly as digits.
guessable-other = Your new password is too easy to guess.
guessable-tip = Better: a few random words that have nothing to do with each other.
directory-quality = Your new password does not meet your mail provider's quality rules. Please choose another one.
directory-too-short = Your new password is shorter than your mail provider allows. Please choose a longer one.
directory-too-long = Your new password is longer than your mail provider allows. Please choose a shorter one.
directory-too-young = Your password was changed only recently. It can be changed again after a waiting period; until then your current password stays valid.
directory-in-history = You have used this password before. Please choose one you have not used yet.
directory-not-allowed = Your mail provider does not allow a password change here for this mailbox. Please contact support.
directory-other = Your mail provider does not accept this password. Please choose another one.

## Reset links and the admin API

link-gone-heading = Link no longer valid
link-gone = This link has expired or has already been used – please ask your administrator for a new link.
reset-intro = Choose a new password for your mailbox. You do not need the current one for this.
admin-unauthorized = No API token, or an unknown one.
admin-forbidden = This API token may not do this for this mailbox.
admin-no-such-mailbox = There is no such mailbox.

## Forgotten password and the recovery address

forgot-link = Forgot your password?
forgot-title = Forgotten password
forgot-intro = Enter the address of your mailbox. If you have set a recovery address, we will send a link there with which you can choose a new password.
forgot-button = Send link
forgot-busy = Sending …
forgot-sent = If a recovery address is set for this mailbox, we have sent a link there. It works for { $minutes } minutes.
forgot-no-address = Without a recovery address, your administrator can help: they can give you a reset link.
recovery-link = Set a recovery address for a forgotten password
recovery-title = Recovery address
recovery-intro = If you forget your password, we send a reset link to this address. Choose an address that does not belong to this mailbox, for example a private one.
recovery-current = Currently set: { $address }
recovery-none = No recovery address is set yet.
recovery-label = New recovery address
recovery-button = Send confirmation link
recovery-busy = Sending …
recovery-not-writable = The recovery address cannot be changed here. Please contact your administrator.
recovery-sent = We have sent a link to { $address }. The address is saved only once you follow it. It works for { $minutes } minutes.
recovery-saved = The recovery address { $address } has been saved.
recovery-expired = The confirmation link has expired or has already been used. Please set the address again.
recovery-confirm-question = Should { $address } become the recovery address of the mailbox { $mailbox }?
recovery-confirm-button = Confirm address
recovery-unfit-not_an_address = Please enter a full email address (name@domain).
recovery-unfit-same_mailbox = The recovery address must be another one than this mailbox.
recovery-unfit-same_domain = The recovery address must not be in this mailbox's domain: whoever forgot the password often cannot read that email either.
recovery-unfit-not_ascii = Please use an address without accented or other special letters before the @: many mail servers do not deliver to such addresses.
back-to-password = Back to the new password

## The notification mail

mail-subject = The password of your mailbox was changed
mail-body =
    Hello,

    the password of the mailbox { $mailbox } was changed on { $time }.
    The change came from the IP address { $ip }.

    Was this you? Then everything is fine. Email apps on your other devices will ask for the new password; enter it there.

    Was this not you? Then please contact support at once{ $support }.

    This message was generated automatically.
mail-unknown-ip = unknown
mail-subject-admin = The password of your mailbox was reset by your administrator
mail-body-admin =
    Hello,

    your administrator reset the password of the mailbox { $mailbox } on { $time }.
    The change came from the IP address { $ip }.

    The previous password no longer works. Your administrator will give you the new one; the email apps on your devices will ask for it.

    Did you not expect this? Then please contact support at once{ $support }.

    This message was generated automatically.
mail-subject-reset = The password of your mailbox was reset with a link
mail-body-reset =
    Hello,

    the password of the mailbox { $mailbox } was reset on { $time } with a password reset link.
    The change came from the IP address { $ip }.

    Was this you? Then everything is fine. Email apps on your other devices will ask for the new password; enter it there.

    Was this not you? Then please contact support at once{ $support }.

    This message was generated automatically.
mail-forgot-subject = Link to reset your email password
mail-forgot-body =
    Hello,

    a new password for the mailbox { $mailbox } was requested on { $time }.
    The request came from the IP address { $ip }.

    Use this link to choose a new password. It works for { $minutes } minutes, and only once:

    { $link }

    Did you not ask for this? Then delete this message; your password stays as it is. Support will answer questions{ $support }.

    This message was generated automatically.
mail-confirm-subject = Please confirm your recovery address
mail-confirm-body =
    Hello,

    this address is to become the recovery address of the mailbox { $mailbox }, for when its password is forgotten (requested on { $time } from the IP address { $ip }).

    Do you want that? Then follow this link; it works for { $minutes } minutes:

    { $link }

    Otherwise delete this message; nothing will be saved. Support will answer questions{ $support }.

    This message was generated automatically.
mail-recovery-changed-subject = The recovery address of your mailbox was changed
mail-recovery-changed-body =
    Hello,

    since { $time } the recovery address { $address } is set for the mailbox { $mailbox }. Password reset links go to it.
    The change came from the IP address { $ip }.

    Was this not you? Then please contact support at once{ $support }.

    This message was generated automatically.

## Numbers, sizes and times

decimal-separator = .
size = { $value } { $unit }
mail-time-format = %Y-%m-%d at %H:%M (%Z)
