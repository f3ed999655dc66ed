#include <crisis/core/analysis/displayformat.h>
#include <crisis/ui/window/language.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace crisis::ui {

namespace {

// The translators installed, children of the application (installTranslator does not take ownership).
QPointer<QTranslator> ourTranslator;
QPointer<QTranslator> qtTranslator;

void removeTranslators()
{
    for (QPointer<QTranslator>* translator : { &ourTranslator, &qtTranslator }) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

} // namespace

std::optional<Language> languageFromCode(QStringView code)
{
    if (code == u"system")
        return Language::System;
    if (code == u"en")
        return Language::English;
    if (code == u"fr")
        return Language::French;
    if (code == u"ht")
        return Language::HaitianCreole;
    return std::nullopt;
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::System:
        break;
    case Language::English:
        return QStringLiteral("en");
    case Language::French:
        return QStringLiteral("fr");
    case Language::HaitianCreole:
        return QStringLiteral("ht");
    }
    return QStringLiteral("system");
}

Language languageOfLocale(const QLocale& locale)
{
    // QLocale knows no Haitian Creole in Qt 6.4: "ht_HT" reads as C, so the name is looked at first.
    if (locale.name().startsWith(u"ht") || locale.language() == QLocale::Haitian)
        return Language::HaitianCreole;
    for (const QString& name : locale.uiLanguages()) {
        if (name.startsWith(u"ht"))
            return Language::HaitianCreole;
    }
    if (locale.language() == QLocale::French)
        return Language::French;
    return Language::English;
}

Language resolvedLanguage(Language language)
{
    if (language != Language::System)
        return language;
    // QLocale::system() reads LC_ALL, then LC_MESSAGES, then LANG; a Creole locale that the C library does not
    // know still names itself there.
    for (const char* variable : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value.startsWith(u"ht") ? Language::HaitianCreole : languageOfLocale(QLocale(value));
    }
    return languageOfLocale(QLocale::system());
}

QLocale localeOf(Language language)
{
    switch (resolvedLanguage(language)) {
    case Language::System:
    case Language::English:
        break;
    case Language::French:
        return QLocale(QLocale::French, QLocale::France);
    case Language::HaitianCreole:
        return QLocale(QLocale::French, QLocale::Haiti);
    }
    // English as the desktop writes it (en_GB, en_IN, ...) when the desktop is in English.
    const QLocale system = QLocale::system();
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}

Language installLanguage(Language language)
{
    const Language resolved = resolvedLanguage(language);
    removeTranslators();
    QLocale::setDefault(localeOf(resolved));
    core::setDisplayLocale(localeOf(resolved));
    if (resolved == Language::English)
        return resolved;

    const QString code = languageCode(resolved);
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/crisis/translations/crisis-timeline_") + code + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(ours);
        ourTranslator = ours;
    } else {
        delete ours;
    }
    // Qt has no Creole translation: Haiti's other official language, French, words Qt's own dialogs then.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
    return resolved;
}

} // namespace crisis::ui
