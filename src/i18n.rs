//! The message catalog: every text a person reads, in German and English.
//! Pages and mails take their words from here, never from inline strings.

use crate::domain::{AddressError, PasswordError};
use crate::policy::{DirectoryRule, GuessHint, Violation};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    De,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The best match for an `Accept-Language` header; German by default
    /// (the provider's customers are German-speaking first).
    pub fn negotiate(accept_language: Option<&str>) -> Self {
        let Some(header) = accept_language else {
            return Lang::De;
        };
        let mut best: Option<(f32, Lang)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("");
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(lang) = Lang::from_code(tag) {
                if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
                    best = Some((q, lang));
                }
            }
        }
        best.map_or(Lang::De, |(_, l)| l)
    }

    pub fn other(self) -> Self {
        match self {
            Lang::De => Lang::En,
            Lang::En => Lang::De,
        }
    }

    pub fn t(self) -> &'static Texts {
        match self {
            Lang::De => &DE,
            Lang::En => &EN,
        }
    }
}

pub struct Texts {
    pub language_name: &'static str,
    pub switch_to: &'static str,
    pub title: &'static str,
    pub login_intro: &'static str,
    pub email_label: &'static str,
    /// `{domain}`: the first mail domain served.
    pub email_hint: &'static str,
    pub current_password_label: &'static str,
    pub login_button: &'static str,
    pub login_failed: &'static str,
    pub logged_in_as: &'static str,
    /// `{minutes}`: the session's lifetime.
    pub session_valid: &'static str,
    pub new_password_label: &'static str,
    pub confirm_password_label: &'static str,
    pub show_password: &'static str,
    pub hide_password: &'static str,
    pub rules_heading: &'static str,
    pub rule_length: &'static str,
    pub rule_differs: &'static str,
    pub rule_not_name: &'static str,
    /// `{provider}`.
    pub rule_not_provider: &'static str,
    pub rule_not_guessable: &'static str,
    pub rule_tip: &'static str,
    pub change_button: &'static str,
    pub logout_button: &'static str,
    pub passwords_differ: &'static str,
    pub violations_heading: &'static str,
    pub error_summary_heading: &'static str,
    pub error_title_prefix: &'static str,
    /// `{used}`, `{limit}`.
    pub quota: &'static str,
    pub quota_full: &'static str,
    pub success_heading: &'static str,
    /// `{mailbox}`.
    pub success_for: &'static str,
    pub success_text: &'static str,
    pub success_devices: &'static str,
    pub to_webmail: &'static str,
    pub close_window: &'static str,
    pub back_to_start: &'static str,
    pub unavailable_heading: &'static str,
    pub forbidden_heading: &'static str,
    pub not_found_heading: &'static str,
    pub rate_limited_heading: &'static str,
    /// `{contact}`.
    pub support: &'static str,
    pub unavailable: &'static str,
    pub not_confirmed: &'static str,
    pub session_expired: &'static str,
    pub logged_out: &'static str,
    pub forbidden: &'static str,
    pub bad_request: &'static str,
    pub too_large: &'static str,
    pub not_found: &'static str,
    pub internal: &'static str,
    pub error_heading: &'static str,
    pub mail_subject: &'static str,
    pub mail_body: &'static str,
    pub mail_unknown_ip: &'static str,
}

pub static DE: Texts = Texts {
    language_name: "Sprache / Language",
    switch_to: "Deutsch",
    title: "E-Mail-Passwort ändern",
    login_intro: "Melden Sie sich mit Ihrer E-Mail-Adresse und dem bisherigen Passwort an. Danach vergeben Sie ein neues Passwort.",
    email_label: "E-Mail-Adresse",
    email_hint: "Ihre vollständige Adresse, z. B. max.mustermann@{domain}",
    current_password_label: "Bisheriges Passwort",
    login_button: "Anmelden",
    login_failed: "Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie E-Mail-Adresse und Passwort.",
    logged_in_as: "Angemeldet als",
    session_valid: "Sie haben ab der Anmeldung {minutes} Minuten Zeit, das neue Passwort zu speichern.",
    new_password_label: "Neues Passwort",
    confirm_password_label: "Neues Passwort wiederholen",
    show_password: "Anzeigen",
    hide_password: "Verbergen",
    rules_heading: "Ihr neues Passwort",
    rule_length: "hat mindestens {min} und höchstens {max} Zeichen,",
    rule_differs: "unterscheidet sich vom bisherigen Passwort,",
    rule_not_name: "enthält weder den Namen des Postfachs noch die Domain,",
    rule_not_provider: "enthält nicht den Namen „{provider}“,",
    rule_not_guessable: "ist nicht leicht zu erraten und nicht bei Datenlecks bekannt geworden.",
    rule_tip: "Tipp: Mehrere zufällige Wörter ergeben ein langes Passwort, das man sich gut merken kann.",
    change_button: "Passwort ändern",
    logout_button: "Abmelden",
    passwords_differ: "Die beiden Eingaben stimmen nicht überein.",
    violations_heading: "Das neue Passwort wurde nicht gespeichert:",
    error_summary_heading: "Bitte korrigieren Sie Folgendes",
    error_title_prefix: "Fehler: ",
    quota: "Speicherplatz: {used} von {limit} belegt",
    quota_full: "Ihr Postfach ist fast voll. Wenn es voll ist, können keine neuen E-Mails mehr ankommen. Löschen Sie alte E-Mails oder leeren Sie den Papierkorb.",
    success_heading: "Passwort geändert",
    success_for: "Das Passwort für {mailbox} wurde geändert.",
    success_text: "Die Änderung wird sofort aktiv. Ab jetzt gilt nur noch das neue Passwort, im E-Mail-Programm ebenso wie im Webmail.",
    success_devices: "Tragen Sie das neue Passwort jetzt auch in Ihrem E-Mail-Programm und auf Ihrem Smartphone ein.",
    to_webmail: "Weiter zum Webmail",
    close_window: "Sie können dieses Fenster jetzt schließen.",
    back_to_start: "Zur Anmeldung",
    unavailable_heading: "Gerade nicht möglich",
    forbidden_heading: "Formular abgelaufen",
    not_found_heading: "Seite nicht gefunden",
    rate_limited_heading: "Zu viele Versuche",
    support: "Fragen? Der Support hilft weiter: {contact}",
    unavailable: "Der Mailserver ist im Moment nicht erreichbar. Ihr Passwort wurde nicht geändert. Bitte versuchen Sie es in einigen Minuten erneut.",
    not_confirmed: "Der Mailserver hat das neue Passwort nicht bestätigt. Ihr bisheriges Passwort gilt weiterhin. Bitte versuchen Sie es in einigen Minuten erneut.",
    session_expired: "Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.",
    logged_out: "Sie wurden abgemeldet.",
    forbidden: "Das Formular ist abgelaufen oder kam nicht von dieser Seite. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
    bad_request: "Die Eingabe konnte nicht verarbeitet werden.",
    too_large: "Die Eingabe ist zu lang.",
    not_found: "Diese Seite gibt es nicht.",
    internal: "Ein interner Fehler ist aufgetreten. Ihr Passwort wurde nicht geändert.",
    error_heading: "Das hat nicht geklappt",
    mail_subject: "Das Passwort Ihres E-Mail-Postfachs wurde geändert",
    mail_body: "Guten Tag,\n\ndas Passwort des E-Mail-Postfachs {mailbox} wurde am {time} geändert.\nDie Änderung kam von der IP-Adresse {ip}.\n\nWaren Sie das? Dann ist alles in Ordnung, und Sie müssen nichts weiter tun.\n\nWaren Sie das nicht? Dann wenden Sie sich bitte umgehend an den Support{support}.\n\nDiese Nachricht wurde automatisch erstellt.\n",
    mail_unknown_ip: "unbekannt",
};

pub static EN: Texts = Texts {
    language_name: "Sprache / Language",
    switch_to: "English",
    title: "Change your email password",
    login_intro: "Log in with your email address and your current password. Then you choose a new password.",
    email_label: "Email address",
    email_hint: "Your full address, e.g. max.mustermann@{domain}",
    current_password_label: "Current password",
    login_button: "Log in",
    login_failed: "Login failed. Please check your email address and password.",
    logged_in_as: "Logged in as",
    session_valid: "After logging in you have {minutes} minutes to save the new password.",
    new_password_label: "New password",
    confirm_password_label: "Repeat the new password",
    show_password: "Show",
    hide_password: "Hide",
    rules_heading: "Your new password",
    rule_length: "has at least {min} and at most {max} characters,",
    rule_differs: "differs from your current password,",
    rule_not_name: "contains neither the mailbox name nor the domain,",
    rule_not_provider: "does not contain the name “{provider}”,",
    rule_not_guessable: "is not easy to guess and has not appeared in data breaches.",
    rule_tip: "Tip: a few random words make a long password that is easy to remember.",
    change_button: "Change password",
    logout_button: "Log out",
    passwords_differ: "The two entries do not match.",
    violations_heading: "The new password was not saved:",
    error_summary_heading: "Please correct the following",
    error_title_prefix: "Error: ",
    quota: "Storage: {used} of {limit} used",
    quota_full: "Your mailbox is almost full. When it is full, no new email can arrive. Delete old messages or empty the trash.",
    success_heading: "Password changed",
    success_for: "The password for {mailbox} has been changed.",
    success_text: "The change is active now. From now on only the new password works, in your email program as well as in webmail.",
    success_devices: "Now enter the new password in your email program and on your smartphone as well.",
    to_webmail: "Continue to webmail",
    close_window: "You can close this window now.",
    back_to_start: "Back to login",
    unavailable_heading: "Not possible right now",
    forbidden_heading: "Form expired",
    not_found_heading: "Page not found",
    rate_limited_heading: "Too many attempts",
    support: "Questions? Support will help: {contact}",
    unavailable: "The mail server cannot be reached right now. Your password was not changed. Please try again in a few minutes.",
    not_confirmed: "The mail server did not confirm the new password. Your previous password still works. Please try again in a few minutes.",
    session_expired: "Your login has expired. Please log in again.",
    logged_out: "You have been logged out.",
    forbidden: "The form has expired or did not come from this page. Please reload the page and try again.",
    bad_request: "The input could not be processed.",
    too_large: "The input is too long.",
    not_found: "This page does not exist.",
    internal: "An internal error occurred. Your password was not changed.",
    error_heading: "That did not work",
    mail_subject: "The password of your mailbox was changed",
    mail_body: "Hello,\n\nthe password of the mailbox {mailbox} was changed on {time}.\nThe change came from the IP address {ip}.\n\nWas this you? Then everything is fine and there is nothing else to do.\n\nWas this not you? Then please contact support at once{support}.\n\nThis message was generated automatically.\n",
    mail_unknown_ip: "unknown",
};

/// A storage size for people: "95 KB", "850 MB", "1,2 GB".
pub fn size(lang: Lang, kib: u64) -> String {
    let (value, unit) = if kib >= 1024 * 1024 {
        (kib as f64 / (1024.0 * 1024.0), "GB")
    } else if kib >= 1024 {
        (kib as f64 / 1024.0, "MB")
    } else {
        (kib as f64, "KB")
    };
    let text = if value >= 10.0 || value.fract() < 0.05 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    };
    match lang {
        Lang::De => format!("{} {unit}", text.replace('.', ",")),
        Lang::En => format!("{text} {unit}"),
    }
}

/// A refusal by the directory's own password policy, in words.
fn directory_rule(lang: Lang, rule: DirectoryRule) -> &'static str {
    match (lang, rule) {
        (Lang::De, DirectoryRule::Quality) => "Es erfüllt die Qualitätsregeln Ihres Postfach-Anbieters nicht. Bitte wählen Sie ein anderes.",
        (Lang::En, DirectoryRule::Quality) => "It does not meet your mail provider's quality rules. Please choose another one.",
        (Lang::De, DirectoryRule::TooShort) => "Es ist kürzer, als Ihr Postfach-Anbieter erlaubt. Bitte wählen Sie ein längeres.",
        (Lang::En, DirectoryRule::TooShort) => "It is shorter than your mail provider allows. Please choose a longer one.",
        (Lang::De, DirectoryRule::TooLong) => "Es ist länger, als Ihr Postfach-Anbieter erlaubt. Bitte wählen Sie ein kürzeres.",
        (Lang::En, DirectoryRule::TooLong) => "It is longer than your mail provider allows. Please choose a shorter one.",
        (Lang::De, DirectoryRule::TooYoung) => "Ihr Passwort wurde erst vor Kurzem geändert. Ein neuer Wechsel ist erst nach einer Wartezeit möglich; bis dahin gilt das bisherige Passwort.",
        (Lang::En, DirectoryRule::TooYoung) => "Your password was changed only recently. It can be changed again after a waiting period; until then your current password stays valid.",
        (Lang::De, DirectoryRule::InHistory) => "Sie haben es früher schon einmal benutzt. Bitte wählen Sie eines, das Sie noch nicht verwendet haben.",
        (Lang::En, DirectoryRule::InHistory) => "You have used it before. Please choose one you have not used yet.",
        (Lang::De, DirectoryRule::NotAllowed) => "Ihr Postfach-Anbieter lässt für dieses Postfach keinen Passwortwechsel hier zu. Bitte wenden Sie sich an den Support.",
        (Lang::En, DirectoryRule::NotAllowed) => "Your mail provider does not allow a password change here for this mailbox. Please contact support.",
        (Lang::De, DirectoryRule::Other) => "Ihr Postfach-Anbieter lässt dieses Passwort nicht zu. Bitte wählen Sie ein anderes.",
        (Lang::En, DirectoryRule::Other) => "Your mail provider does not accept this password. Please choose another one.",
    }
}

/// One violated policy rule, in words.
pub fn violation(lang: Lang, v: &Violation) -> String {
    match (lang, v) {
        (Lang::De, Violation::TooShort { min }) => format!("Es muss mindestens {min} Zeichen lang sein."),
        (Lang::En, Violation::TooShort { min }) => format!("It must have at least {min} characters."),
        (Lang::De, Violation::TooLong { max }) => format!("Es darf höchstens {max} Zeichen lang sein."),
        (Lang::En, Violation::TooLong { max }) => format!("It must have at most {max} characters."),
        (Lang::De, Violation::TooManyBytesForScheme { max_bytes }) => format!(
            "Es ist für das Speicherformat des Mailservers zu lang (höchstens {max_bytes} Bytes; Umlaute zählen doppelt)."
        ),
        (Lang::En, Violation::TooManyBytesForScheme { max_bytes }) => format!(
            "It is too long for the mail server's storage format (at most {max_bytes} bytes; accented letters count twice)."
        ),
        (Lang::De, Violation::SameAsCurrent) => "Es muss sich vom bisherigen Passwort unterscheiden.".to_owned(),
        (Lang::En, Violation::SameAsCurrent) => "It must differ from your current password.".to_owned(),
        (Lang::De, Violation::ContainsLocalPart) => "Es darf den Namen des Postfachs nicht enthalten.".to_owned(),
        (Lang::En, Violation::ContainsLocalPart) => "It must not contain the mailbox name.".to_owned(),
        (Lang::De, Violation::ContainsDomain) => "Es darf die Domain nicht enthalten.".to_owned(),
        (Lang::En, Violation::ContainsDomain) => "It must not contain the domain name.".to_owned(),
        (Lang::De, Violation::ContainsContextWord) => "Es darf den Namen des Anbieters oder der Firma nicht enthalten.".to_owned(),
        (Lang::En, Violation::ContainsContextWord) => "It must not contain the name of the provider or the company.".to_owned(),
        (Lang::De, Violation::Common) => {
            "Es steht auf einer Liste häufig benutzter oder veröffentlichter Passwörter und wäre leicht zu erraten.".to_owned()
        }
        (Lang::En, Violation::Common) => {
            "It is on a list of commonly used or leaked passwords and would be easy to guess.".to_owned()
        }
        (Lang::De, Violation::NotNormalized) => "Es enthält zusammengesetzte Zeichen (z. B. ein Umlaut aus Buchstabe und Pünktchen), die andere Geräte anders eingeben würden. Bitte tippen Sie die Umlaute direkt.".to_owned(),
        (lang, Violation::Guessable { hint }) => guessable(lang, *hint),
        (Lang::De, Violation::Breached) => "Es ist bei Datenlecks bekannt geworden. Solche Passwörter probieren Angreifer als Erstes aus, auch wenn sie lang sind. Bitte wählen Sie ein anderes.".to_owned(),
        (Lang::En, Violation::Breached) => "It has appeared in data breaches. Attackers try such passwords first, however long they are. Please choose another one.".to_owned(),
        (Lang::En, Violation::NotNormalized) => "It contains combined characters (such as a letter plus a separate accent) that other devices would type differently. Please type accented letters directly.".to_owned(),
        (lang, Violation::Directory(rule)) => directory_rule(lang, *rule).to_owned(),
    }
}

/// Why an address was refused (other than "not served here", which the
/// web answers like a failed login).
/// Why a password is easy to guess, and what helps.
fn guessable(lang: Lang, hint: GuessHint) -> String {
    let reason = match (lang, hint) {
        (Lang::De, GuessHint::Repeat) => "Wiederholungen wie „hallohallo“ sind leicht zu erraten.",
        (Lang::En, GuessHint::Repeat) => "Repeats like “hellohello” are easy to guess.",
        (Lang::De, GuessHint::Sequence) => "Folgen wie „abcd“ oder „1234“ sind leicht zu erraten.",
        (Lang::En, GuessHint::Sequence) => "Sequences like “abcd” or “1234” are easy to guess.",
        (Lang::De, GuessHint::Keyboard) => "Tastaturmuster wie „qwertz“ oder „asdf“ sind leicht zu erraten.",
        (Lang::En, GuessHint::Keyboard) => "Keyboard patterns like “qwerty” or “asdf” are easy to guess.",
        (Lang::De, GuessHint::Common) => "Es ähnelt einem sehr häufig benutzten Passwort.",
        (Lang::En, GuessHint::Common) => "It resembles a very commonly used password.",
        (Lang::De, GuessHint::Words) => "Ein einzelnes Wort mit Ziffern oder einer Jahreszahl ist leicht zu erraten, auch mit vertauschten Buchstaben.",
        (Lang::En, GuessHint::Words) => "A single word with digits or a year is easy to guess, even with swapped letters.",
        (Lang::De, GuessHint::Date) => "Jahreszahlen und Daten sind leicht zu erraten.",
        (Lang::En, GuessHint::Date) => "Years and dates are easy to guess.",
        (Lang::De, GuessHint::Personal) => "Teile Ihrer E-Mail-Adresse oder des Anbieternamens probieren Angreifer als Erstes aus.",
        (Lang::En, GuessHint::Personal) => "Parts of your email address or the provider's name are what attackers try first.",
        (Lang::De, GuessHint::Other) => "Es ist zu leicht zu erraten.",
        (Lang::En, GuessHint::Other) => "It is too easy to guess.",
    };
    let tip = match lang {
        Lang::De => "Besser: mehrere zufällige Wörter, z. B. „Wolke Fahrrad Quittung Laterne“.",
        Lang::En => "Better: a few random words, e.g. “cloud bicycle receipt lantern”.",
    };
    format!("{reason} {tip}")
}

pub fn address_error(lang: Lang, e: &AddressError) -> String {
    match (lang, e) {
        (Lang::De, AddressError::Empty) => "Bitte geben Sie Ihre E-Mail-Adresse ein.".to_owned(),
        (Lang::En, AddressError::Empty) => "Please enter your email address.".to_owned(),
        (Lang::De, AddressError::TooLong) => "Die E-Mail-Adresse ist zu lang.".to_owned(),
        (Lang::En, AddressError::TooLong) => "The email address is too long.".to_owned(),
        (Lang::De, AddressError::ControlCharacter) => "Die E-Mail-Adresse enthält einen Zeilenumbruch oder ein Steuerzeichen.".to_owned(),
        (Lang::En, AddressError::ControlCharacter) => "The email address contains a line break or control character.".to_owned(),
        (Lang::De, AddressError::ForbiddenCharacter(c)) => format!(
            "Die E-Mail-Adresse enthält das Zeichen „{}“. Erlaubt sind Buchstaben a–z, Ziffern, Punkt, Bindestrich und Unterstrich.",
            shown(*c)
        ),
        (Lang::En, AddressError::ForbiddenCharacter(c)) => format!(
            "The email address contains the character “{}”. Letters a–z, digits, dot, hyphen and underscore are allowed.",
            shown(*c)
        ),
        (Lang::De, AddressError::NotAnAddress) => "Bitte geben Sie die vollständige E-Mail-Adresse ein (name@domain).".to_owned(),
        (Lang::En, AddressError::NotAnAddress) => "Please enter the full email address (name@domain).".to_owned(),
        (Lang::De, AddressError::DomainNotServed(_)) => DE.login_failed.to_owned(),
        (Lang::En, AddressError::DomainNotServed(_)) => EN.login_failed.to_owned(),
    }
}

fn shown(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", u32::from(c))
    } else {
        c.to_string()
    }
}

pub fn password_error(lang: Lang, e: &PasswordError) -> String {
    match (lang, e) {
        (Lang::De, PasswordError::Empty) => "Bitte geben Sie das Passwort ein.".to_owned(),
        (Lang::En, PasswordError::Empty) => "Please enter the password.".to_owned(),
        (Lang::De, PasswordError::TooManyChars { max }) => format!("Das Passwort ist länger als {max} Zeichen."),
        (Lang::En, PasswordError::TooManyChars { max }) => format!("The password is longer than {max} characters."),
        (Lang::De, PasswordError::TooManyBytes { max }) => format!("Das Passwort ist länger als {max} Bytes."),
        (Lang::En, PasswordError::TooManyBytes { max }) => format!("The password is longer than {max} bytes."),
        (Lang::De, PasswordError::ControlCharacter) => "Das Passwort enthält ein Steuerzeichen (z. B. einen Zeilenumbruch), das E-Mail-Programme nicht senden können.".to_owned(),
        (Lang::En, PasswordError::ControlCharacter) => "The password contains a control character (such as a line break) that email programs cannot send.".to_owned(),
    }
}

/// "Zu viele Versuche …" with the wait in words.
/// As [`rate_limited`], with the clock time it will be possible again.
pub fn rate_limited_until(lang: Lang, wait: std::time::Duration, clock: &str) -> String {
    let when = match lang {
        Lang::De if !clock.is_empty() => format!(" (um {clock} Uhr)"),
        Lang::En if !clock.is_empty() => format!(" (at {clock})"),
        _ => String::new(),
    };
    let relative = try_again_in(lang, wait);
    let relative = relative.strip_suffix(match lang {
        Lang::De => " erneut.",
        Lang::En => ".",
    });
    let sentence = match (lang, relative) {
        (Lang::De, Some(r)) => format!("{r}{when} erneut."),
        (Lang::En, Some(r)) => format!("{r}{when}."),
        (_, None) => try_again_in(lang, wait),
    };
    format!("{sentence}{}", not_blocked(lang))
}

fn not_blocked(lang: Lang) -> &'static str {
    match lang {
        Lang::De => " Ihr Postfach ist davon nicht betroffen: E-Mail-Programme und Webmail funktionieren weiter.",
        Lang::En => " Your mailbox is not affected: your email programs and webmail keep working.",
    }
}

pub fn rate_limited(lang: Lang, wait: std::time::Duration) -> String {
    format!("{}{}", try_again_in(lang, wait), not_blocked(lang))
}

fn try_again_in(lang: Lang, wait: std::time::Duration) -> String {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    let minutes = secs.div_ceil(60);
    match lang {
        Lang::De if secs < 60 => {
            format!("Zu viele Versuche. Bitte versuchen Sie es in {secs} Sekunden erneut.")
        }
        Lang::De if minutes == 1 => {
            "Zu viele Versuche. Bitte versuchen Sie es in einer Minute erneut.".to_owned()
        }
        Lang::De => {
            format!("Zu viele Versuche. Bitte versuchen Sie es in {minutes} Minuten erneut.")
        }
        Lang::En if secs < 60 => format!("Too many attempts. Please try again in {secs} seconds."),
        Lang::En if minutes == 1 => "Too many attempts. Please try again in one minute.".to_owned(),
        Lang::En => format!("Too many attempts. Please try again in {minutes} minutes."),
    }
}

pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .fold(template.to_owned(), |text, (key, value)| {
            text.replace(&format!("{{{key}}}"), value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size(Lang::De, 95), "95 KB");
        assert_eq!(size(Lang::De, 1_258_291), "1,2 GB");
        assert_eq!(size(Lang::En, 1_258_291), "1.2 GB");
        assert_eq!(size(Lang::De, 2 * 1024 * 1024), "2 GB");
        assert_eq!(size(Lang::De, 870_400), "850 MB");
    }

    #[test]
    fn negotiation_honours_quality_and_defaults_to_german() {
        assert_eq!(Lang::negotiate(None), Lang::De);
        assert_eq!(Lang::negotiate(Some("en-US,en;q=0.9")), Lang::En);
        assert_eq!(Lang::negotiate(Some("fr-FR, en;q=0.5, de;q=0.8")), Lang::De);
        assert_eq!(Lang::negotiate(Some("fr, it")), Lang::De);
        assert_eq!(Lang::negotiate(Some("de;q=0, en")), Lang::En);
    }
}
