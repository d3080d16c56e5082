# mailpasswd: every text a person reads, in English.

## Pages
language-name = Sprache / Language
switch-to = English
title = Change your email password
login-intro = Log in with your email address and your current password. Then you choose a new password.
email-label = Email address
email-hint = Your full address, e.g. max.mustermann@{ $domain }
current-password-label = Current password
login-button = Log in
login-failed = Login failed. Please check your email address and password.
logged-in-as = Logged in as
session-valid = After logging in you have { $minutes } minutes to save the new password.
new-password-label = New password
confirm-password-label = Repeat the new password
show-password = Show
hide-password = Hide
rules-heading = Your new password
rule-length = has at least { $min } and at most { $max } characters,
rule-differs = differs from your current password,
rule-not-name = contains neither the mailbox name nor the domain,
rule-not-provider = does not contain the name “{ $provider }”,
rule-not-guessable = is not easy to guess and has not appeared in data breaches.
rule-tip = Tip: a few random words make a long password that is easy to remember.
change-button = Change password
logout-button = Log out
passwords-differ = The two entries do not match.
violations-heading = The new password was not saved:
error-summary-heading = Please correct the following
# Before an error, for screen readers.
error-prefix = Error:
error-title = Error: { $title }
quota = Storage: { $used } of { $limit } used
quota-full = Your mailbox is almost full. When it is full, no new email can arrive. Delete old messages or empty the trash.
success-heading = Password changed
success-for = The password for { $mailbox } has been changed.
success-text = The change is active now. From now on only the new password works, in your email program as well as in webmail.
success-devices = Now enter the new password in your email program and on your smartphone as well.
to-webmail = Continue to webmail
close-window = You can close this window now.
back-to-start = Back to login
unavailable-heading = Not possible right now
forbidden-heading = Form expired
not-found-heading = Page not found
rate-limited-heading = Too many attempts
support = Questions? Support will help: { $contact }
unavailable = The mail server cannot be reached right now. Your password was not changed. Please try again in a few minutes.
not-confirmed = The mail server did not confirm the new password. Your previous password still works. Please try again in a few minutes.
session-expired = Your login has expired. Please log in again.
logged-out = You have been logged out.
forbidden = The form has expired or did not come from this page. Please reload the page and try again.
bad-request = The input could not be processed.
too-large = The input is too long.
not-found = This page does not exist.
internal = An internal error occurred. Your password was not changed.
error-heading = That did not work
mail-subject = The password of your mailbox was changed
mail-body =
    Hello,

    the password of the mailbox { $mailbox } was changed on { $time }.
    The change came from the IP address { $ip }.

    Was this you? Then everything is fine and there is nothing else to do.

    Was this not you? Then please contact support at once{ $support }.

    This message was generated automatically.

mail-unknown-ip = unknown

## Failures of a change or a request

not-saved = The password cannot be saved right now; your previous password stays. Please try again later.
uncertain = We could not find out whether your new password was saved. Please log in to your mail with the new password; if that fails, your previous password still works. If in doubt, contact support.
not-in-store = The password of this mailbox cannot be changed here. Please contact support.
overloaded = Very many people are changing passwords right now. Your password was not changed. Please try again in a few seconds.
superseded = The password of this mailbox has been changed in the meantime. Please log in again with the current password.
check-unavailable = Whether the new password appeared in data breaches cannot be checked right now. Your password was not changed. Please try again in a few minutes.
request-timeout = The request arrived too slowly. Please try again.

## Too many attempts

too-many-attempts = Too many attempts.
try-again-in =
    { $minutes ->
        [0] { $seconds ->
                [one] Please try again in one second.
               *[other] Please try again in { $seconds } seconds.
            }
        [one] Please try again in one minute.
       *[other] Please try again in { $minutes } minutes.
    }
try-again-in-until =
    { $minutes ->
        [0] { $seconds ->
                [one] Please try again in one second (at { $clock }).
               *[other] Please try again in { $seconds } seconds (at { $clock }).
            }
        [one] Please try again in one minute (at { $clock }).
       *[other] Please try again in { $minutes } minutes (at { $clock }).
    }
mailbox-not-blocked = Your mailbox is not affected: your email programs and webmail keep working.

## The address and password fields

address-empty = Please enter your email address.
address-too-long = The email address is too long.
address-control-character = The email address contains a line break or control character.
address-forbidden-character = The email address contains the character “{ $character }”. Letters a–z, digits, dot, hyphen and underscore are allowed.
address-incomplete = Please enter the full email address (name@domain).
password-empty = Please enter the password.
password-too-many-chars = The password is longer than { $max } characters.
password-too-many-bytes = The password is longer than { $max } bytes.
password-control-character = The password contains a control character (such as a line break) that email programs cannot send.

## The rules a new password breaks

violation-too-short = It must have at least { $min } characters.
violation-too-long = It must have at most { $max } characters.
violation-too-many-bytes = It is too long for the mail server's storage format (at most { $max } bytes; accented letters count twice).
violation-same-as-current = It must differ from your current password.
violation-contains-local-part = It must not contain the mailbox name.
violation-contains-domain = It must not contain the domain name.
violation-contains-context-word = It must not contain the name of the provider or the company.
violation-common = It is on a list of commonly used or leaked passwords and would be easy to guess.
violation-not-normalized = It contains combined characters (such as a letter plus a separate accent) that other devices would type differently. Please type accented letters directly.
violation-breached = It has appeared in data breaches. Attackers try such passwords first, however long they are. Please choose another one.
guessable-repeat = Repeats like “hellohello” are easy to guess.
guessable-sequence = Sequences like “abcd” or “1234” are easy to guess.
guessable-keyboard = Keyboard patterns like “qwerty” or “asdf” are easy to guess.
guessable-common = It resembles a very commonly used password.
guessable-words = A single word with digits or a year is easy to guess, even with swapped letters.
guessable-date = Years and dates are easy to guess.
guessable-personal = Parts of your email address or the provider's name are what attackers try first.
guessable-other = It is too easy to guess.
guessable-tip = Better: a few random words, e.g. “cloud bicycle receipt lantern”.
directory-quality = It does not meet your mail provider's quality rules. Please choose another one.
directory-too-short = It is shorter than your mail provider allows. Please choose a longer one.
directory-too-long = It is longer than your mail provider allows. Please choose a shorter one.
directory-too-young = Your password was changed only recently. It can be changed again after a waiting period; until then your current password stays valid.
directory-in-history = You have used it before. Please choose one you have not used yet.
directory-not-allowed = Your mail provider does not allow a password change here for this mailbox. Please contact support.
directory-other = Your mail provider does not accept this password. Please choose another one.

## Numbers, sizes and times

decimal-separator = .
size = { $value } { $unit }
clock-format = %H:%M
mail-time-format = %Y-%m-%d %H:%M (%Z)
