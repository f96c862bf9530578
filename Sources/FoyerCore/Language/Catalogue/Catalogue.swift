/// Everything the app says to a person, in English and Swedish: one entry per phrase, grouped by where
/// it is said (`Catalogue.Desk`, `Catalogue.Agenda`, …), one file per group in this folder. An entry
/// that takes values (a time, a name, an amount) is a function whose arguments are data or phrases.
///
/// Rules (checked by `LanguageRulesTests`): every entry has both languages, non-empty, with the same
/// values interpolated; no user-facing literal outside this folder (data and field names are on the
/// test's allow-list). Swedish is written as a Swedish volunteer at the desk would say it, not word for word.
public enum Catalogue {}
