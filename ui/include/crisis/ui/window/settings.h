#pragma once

#include <crisis/ui/charts/chartexporter.h>
#include <crisis/ui/window/appearance.h>
#include <crisis/ui/window/language.h>

#include <QByteArray>
#include <QStringList>

#include <memory>

class QSettings;

namespace crisis::ui {

/// What the app remembers between runs (~/.config/crisis-timeline/crisis-timeline.conf), each under one named
/// key here and nowhere else.
class Settings
{
public:
    Settings();
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    /// Where exports go: the folder of the last one written (the home folder at first).
    QString exportFolder() const;
    /// Remembers the folder of a file or folder written.
    void setExportFolder(const QString& folder);
    /// The last export's format, size, scale and which parts it showed.
    ExportOptions exportOptions() const;
    void setExportOptions(const ExportOptions& options);

    /// Where File → Import last looked.
    QString importFolder() const;
    void setImportFolder(const QString& folder);
    /// Where File → Open and New Database last looked.
    QString databaseFolder() const;
    void setDatabaseFolder(const QString& folder);
    /// The folder the user named for the texts of sources (Edit → Source Texts Folder).
    QString sourceTextsFolder() const;
    void setSourceTextsFolder(const QString& folder);

    /// The databases opened last, newest first, at most `limit`.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString& location, int limit);
    void clearRecentDatabases();

    /// The language chosen in View → Language (System until one is chosen).
    Language language() const;
    void setLanguage(Language language);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    int windowView() const;
    bool perThirtyDays() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state, int view, bool perThirtyDays);

    /// View → Theme: the desktop's (by default), light or dark.
    ThemeChoice themeChoice() const;
    void setThemeChoice(ThemeChoice choice);
    /// The presenter's own setting: black on white with wider lines, for a projector in a lit room.
    bool presenterHighContrast() const;
    void setPresenterHighContrast(bool on);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace crisis::ui
