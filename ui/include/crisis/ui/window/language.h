#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace crisis::ui {

/// The languages the app speaks. System follows the desktop's locale (LC_ALL, LC_MESSAGES, LANG).
enum class Language { System, English, French, HaitianCreole };

/// "system", "en", "fr" or "ht" (as --lang and the settings write them); nullopt for anything else.
std::optional<Language> languageFromCode(QStringView code);
/// The code of a language: "system", "en", "fr", "ht".
QString languageCode(Language language);
/// The language a locale asks for: French for fr_*, Haitian Creole for ht_*, English for everything else.
Language languageOfLocale(const QLocale& locale);
/// System resolved against the desktop's locale; the others as they are.
Language resolvedLanguage(Language language);
/// The locale numbers and dates are written in for a language: English (the desktop's own English, else that of
/// the United States), French (France), and for Haitian Creole French as written in Haiti (Qt has no Creole
/// locale; its month names come from our translation).
QLocale localeOf(Language language);

/// Installs the app's translation of a language, and Qt's own (qtbase, for the standard dialogs' buttons) where
/// Debian has it, on the running application, and makes the language's locale the default one. English installs
/// nothing: the source text is English. Returns the language installed (System resolved).
Language installLanguage(Language language);

} // namespace crisis::ui
