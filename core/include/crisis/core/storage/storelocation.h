#pragma once

#include <crisis/core/support/result.h>

#include <QList>
#include <QString>

#include <utility>

namespace crisis::core {

/// Where a dataset is stored, as the user named it: an SQLite file, or a database on a PostgreSQL server (a team
/// database). Callers open a store from a location (openRepository) and show it by its names, without knowing its
/// backend.
class StoreLocation
{
public:
    enum class Kind : quint8 {
        None, ///< no store
        File, ///< an SQLite file
        Server, ///< a PostgreSQL database
    };
    /// A server location's connection parameters: libpq's keywords ("host", "port", "dbname", "user", "password",
    /// "sslmode", "service", …) and their values, in the order given.
    using Parameters = QList<std::pair<QString, QString>>;

    StoreLocation() = default;
    /// A database file. The path is kept absolute.
    static StoreLocation file(const QString& path);
    /// A database on a PostgreSQL server, from libpq's connection parameters. What is not given comes from libpq's
    /// defaults when it connects: the PG* environment variables, a service file, ~/.pgpass for the password.
    static StoreLocation server(Parameters parameters);
    /// A location as a user writes it (`--db`, a recent entry): a PostgreSQL connection URI
    /// ("postgresql://USER@HOST:PORT/DBNAME?sslmode=require", "postgres://…"), a libpq connection string of
    /// keyword=value pairs ("host=db.example dbname=haiti", "service=desk"), else a file path. Refuses an empty text
    /// and a connection text libpq would not read, saying where.
    static Result<StoreLocation> parse(const QString& text);
    /// crisis-timeline.sqlite in the user's data folder (~/.local/share/crisis-timeline/). The folder is made
    /// when a store is created there; any other location's folder must exist.
    static StoreLocation defaultLocation();

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::None; }
    bool isFile() const { return m_kind == Kind::File; }
    bool isServer() const { return m_kind == Kind::Server; }
    /// Whether this is defaultLocation().
    bool isDefault() const { return m_isDefault; }
    /// The file's absolute path; empty for a store that is not a file.
    const QString& filePath() const { return m_path; }
    /// A server's connection parameters, the password included when one was given; empty for a file.
    const Parameters& parameters() const { return m_parameters; }
    /// The value of one connection parameter; empty when it was not given.
    QString parameter(const QString& keyword) const;

    /// What a title bar or a menu calls the store: the file's name; a server database's name and host ("haiti on
    /// db.example").
    QString displayName() const;
    /// The whole location, as messages name it and settings keep it: the file's native path; a server's connection
    /// URI without its password (parse() reads it back).
    QString toString() const;
    /// The folder where the texts of the store's sources are looked for besides the one the user chose: the
    /// file's folder; empty when the store has none.
    QString sourceTextsFolder() const;
    /// Whether the store can be created here when it does not exist: a file whose folder exists; a server database
    /// (which exists: an empty one is set up when it is first opened).
    bool canBeCreated() const;

    friend bool operator==(const StoreLocation& a, const StoreLocation& b)
    {
        return a.m_kind == b.m_kind && a.m_path == b.m_path && a.m_parameters == b.m_parameters;
    }
    friend bool operator!=(const StoreLocation& a, const StoreLocation& b) { return !(a == b); }

private:
    Kind m_kind = Kind::None;
    QString m_path;
    Parameters m_parameters;
    bool m_isDefault = false;
};

} // namespace crisis::core
