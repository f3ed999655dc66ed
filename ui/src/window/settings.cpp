#include <crisis/ui/window/settings.h>

#include <QDir>
#include <QSettings>
#include <QSize>

#include <algorithm>

namespace crisis::ui {

namespace {

// Every key the app writes.
namespace key {
const QString exportFolder = QStringLiteral("export/folder");
const QString exportFormat = QStringLiteral("export/format");
const QString exportSize = QStringLiteral("export/size");
const QString exportScale = QStringLiteral("export/scale");
const QString exportTitle = QStringLiteral("export/title");
const QString exportSubtitle = QStringLiteral("export/subtitle");
const QString exportAsOf = QStringLiteral("export/asOf");
const QString exportSources = QStringLiteral("export/sources");
const QString importFolder = QStringLiteral("importFolder");
const QString databaseFolder = QStringLiteral("lastDirectory");
const QString sourceTexts = QStringLiteral("sourceTexts");
const QString recentDatabases = QStringLiteral("recentFiles");
const QString windowGeometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
const QString windowView = QStringLiteral("window/view");
const QString perThirtyDays = QStringLiteral("charts/perThirtyDays");
const QString theme = QStringLiteral("view/theme");
const QString presenterHighContrast = QStringLiteral("present/highContrast");
const QString language = QStringLiteral("window/language");
} // namespace key

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
        QStringLiteral("crisis-timeline"), QStringLiteral("crisis-timeline")))
{ }

Settings::~Settings() = default;

QString Settings::exportFolder() const
{
    return m_settings->value(key::exportFolder, QDir::homePath()).toString();
}

void Settings::setExportFolder(const QString& folder)
{
    m_settings->setValue(key::exportFolder, folder);
}

ExportOptions Settings::exportOptions() const
{
    ExportOptions options;
    options.format
        = ExportOptions::formatFromName(m_settings->value(key::exportFormat, QStringLiteral("png")).toString())
              .value_or(ExportOptions::Format::Png);
    options.size = m_settings->value(key::exportSize, QSize(1920, 1080)).toSize();
    options.scale = std::clamp(m_settings->value(key::exportScale, 1).toInt(), 1, 3);
    options.showTitle = m_settings->value(key::exportTitle, true).toBool();
    options.showSubtitle = m_settings->value(key::exportSubtitle, true).toBool();
    options.showAsOf = m_settings->value(key::exportAsOf, true).toBool();
    options.showSources = m_settings->value(key::exportSources, true).toBool();
    return options;
}

void Settings::setExportOptions(const ExportOptions& options)
{
    m_settings->setValue(key::exportFormat, ExportOptions::formatName(options.format));
    m_settings->setValue(key::exportSize, options.size);
    m_settings->setValue(key::exportScale, options.scale);
    m_settings->setValue(key::exportTitle, options.showTitle);
    m_settings->setValue(key::exportSubtitle, options.showSubtitle);
    m_settings->setValue(key::exportAsOf, options.showAsOf);
    m_settings->setValue(key::exportSources, options.showSources);
}

QString Settings::importFolder() const
{
    return m_settings->value(key::importFolder).toString();
}

void Settings::setImportFolder(const QString& folder)
{
    m_settings->setValue(key::importFolder, folder);
}

QString Settings::databaseFolder() const
{
    return m_settings->value(key::databaseFolder).toString();
}

void Settings::setDatabaseFolder(const QString& folder)
{
    m_settings->setValue(key::databaseFolder, folder);
}

QString Settings::sourceTextsFolder() const
{
    return m_settings->value(key::sourceTexts).toString();
}

void Settings::setSourceTextsFolder(const QString& folder)
{
    m_settings->setValue(key::sourceTexts, folder);
}

QStringList Settings::recentDatabases() const
{
    return m_settings->value(key::recentDatabases).toStringList();
}

void Settings::addRecentDatabase(const QString& location, int limit)
{
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > limit)
        recent.removeLast();
    m_settings->setValue(key::recentDatabases, recent);
}

void Settings::clearRecentDatabases()
{
    m_settings->remove(key::recentDatabases);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(key::windowGeometry).toByteArray();
}

QByteArray Settings::windowState() const
{
    return m_settings->value(key::windowState).toByteArray();
}

int Settings::windowView() const
{
    return m_settings->value(key::windowView, 0).toInt();
}

Language Settings::language() const
{
    return languageFromCode(m_settings->value(key::language).toString()).value_or(Language::System);
}

void Settings::setLanguage(Language language)
{
    m_settings->setValue(key::language, languageCode(language));
}

bool Settings::perThirtyDays() const
{
    return m_settings->value(key::perThirtyDays, true).toBool();
}

void Settings::setWindow(const QByteArray& geometry, const QByteArray& state, int view, bool perThirtyDays)
{
    m_settings->setValue(key::windowGeometry, geometry);
    m_settings->setValue(key::windowState, state);
    m_settings->setValue(key::windowView, view);
    m_settings->setValue(key::perThirtyDays, perThirtyDays);
}

ThemeChoice Settings::themeChoice() const
{
    return themeChoiceFromKey(m_settings->value(key::theme).toString()).value_or(ThemeChoice::System);
}

void Settings::setThemeChoice(ThemeChoice choice)
{
    m_settings->setValue(key::theme, themeChoiceKey(choice));
}

bool Settings::presenterHighContrast() const
{
    return m_settings->value(key::presenterHighContrast, false).toBool();
}

void Settings::setPresenterHighContrast(bool on)
{
    m_settings->setValue(key::presenterHighContrast, on);
}

} // namespace crisis::ui
