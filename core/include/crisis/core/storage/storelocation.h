#pragma once

#include <crisis/core/support/result.h>

#include <QString>

namespace crisis::core {

/// Where a dataset is stored, as the user named it: an SQLite file now (a server database to come). Callers
/// open a store from a location (openRepository) and show it by its names, without knowing its backend.
class StoreLocation
{
public:
    enum class Kind : quint8 {
        None, ///< no store
        File, ///< an SQLite file
    };

    StoreLocation() = default;
    /// A database file. The path is kept absolute.
    static StoreLocation file(const QString& path);
    /// A location as a user writes it (`--db`, a recent entry): a file path. Refuses an empty text.
    static Result<StoreLocation> parse(const QString& text);
    /// crisis-timeline.sqlite in the user's data folder (~/.local/share/crisis-timeline/). The folder is made
    /// when a store is created there; any other location's folder must exist.
    static StoreLocation defaultLocation();

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::None; }
    bool isFile() const { return m_kind == Kind::File; }
    /// Whether this is defaultLocation().
    bool isDefault() const { return m_isDefault; }
    /// The file's absolute path; empty for a store that is not a file.
    const QString& filePath() const { return m_path; }

    /// What a title bar or a menu calls the store: the file's name.
    QString displayName() const;
    /// The whole location, as messages name it and settings keep it: the file's native path.
    QString toString() const;
    /// The folder where the texts of the store's sources are looked for besides the one the user chose: the
    /// file's folder; empty when the store has none.
    QString sourceTextsFolder() const;
    /// Whether the store can be created here when it does not exist: a file whose folder exists.
    bool canBeCreated() const;

    friend bool operator==(const StoreLocation& a, const StoreLocation& b)
    {
        return a.m_kind == b.m_kind && a.m_path == b.m_path;
    }
    friend bool operator!=(const StoreLocation& a, const StoreLocation& b) { return !(a == b); }

private:
    Kind m_kind = Kind::None;
    QString m_path;
    bool m_isDefault = false;
};

} // namespace crisis::core
