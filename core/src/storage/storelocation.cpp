#include <crisis/core/storage/storelocation.h>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace crisis::core {

namespace {

const QString uriSchemes[] = { QStringLiteral("postgresql://"), QStringLiteral("postgres://") };

Error locationError(const QString& text, qsizetype at, const QString& what)
{
    return Error(Error::Code::InvalidInput,
        QStringLiteral("database location \u201c%1\u201d, column %2: %3").arg(text, QString::number(at + 1), what));
}

QString percentDecoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// libpq's connection URI: postgresql://[USER[:PASSWORD]@][HOST[:PORT][,…]][/DBNAME][?KEY=VALUE&…]
Result<StoreLocation::Parameters> parseUri(const QString& text, qsizetype schemeLength)
{
    StoreLocation::Parameters parameters;
    QStringView rest = QStringView(text).mid(schemeLength);
    const qsizetype query = rest.indexOf(u'?');
    const QStringView params = query >= 0 ? rest.mid(query + 1) : QStringView();
    if (query >= 0)
        rest = rest.left(query);
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView dbname = slash >= 0 ? rest.mid(slash + 1) : QStringView();
    QStringView authority = slash >= 0 ? rest.left(slash) : rest;
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QStringView userInfo = authority.left(at);
        const qsizetype colon = userInfo.indexOf(u':');
        const QString user = percentDecoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (!user.isEmpty())
            parameters.append({ QStringLiteral("user"), user });
        if (colon >= 0)
            parameters.append({ QStringLiteral("password"), percentDecoded(userInfo.mid(colon + 1)) });
        authority = authority.mid(at + 1);
    }
    // Hosts, each with its port: "h1:5432,h2", "[::1]:5433".
    QStringList hosts;
    QStringList ports;
    bool anyPort = false;
    for (const QStringView host : authority.split(u',')) {
        QStringView name = host;
        QStringView port;
        if (host.startsWith(u'[')) {
            const qsizetype close = host.indexOf(u']');
            if (close < 0)
                return locationError(text, schemeLength + (host.data() - rest.data()),
                    QStringLiteral("a host address opened with [ is not closed with ]"));
            name = host.mid(1, close - 1);
            if (host.size() > close + 1 && host.at(close + 1) == u':')
                port = host.mid(close + 2);
        } else if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0) {
            name = host.left(colon);
            port = host.mid(colon + 1);
        }
        if (!port.isEmpty()) {
            bool number = false;
            const int value = port.toInt(&number);
            if (!number || value <= 0 || value > 65535)
                return locationError(text, schemeLength + (port.data() - rest.data()),
                    QStringLiteral("the port \u201c%1\u201d is not a number from 1 to 65535").arg(port));
            anyPort = true;
        }
        hosts.append(percentDecoded(name));
        ports.append(port.toString());
    }
    if (!(hosts.size() == 1 && hosts.constFirst().isEmpty()))
        parameters.append({ QStringLiteral("host"), hosts.join(u',') });
    if (anyPort)
        parameters.append({ QStringLiteral("port"), ports.join(u',') });
    if (!dbname.isEmpty())
        parameters.append({ QStringLiteral("dbname"), percentDecoded(dbname) });
    if (!params.isEmpty()) {
        for (const QStringView pair : params.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0)
                return locationError(text, schemeLength + (pair.data() - rest.data()),
                    QStringLiteral("\u201c%1\u201d is not KEYWORD=VALUE").arg(pair));
            parameters.append({ percentDecoded(pair.left(equals)), percentDecoded(pair.mid(equals + 1)) });
        }
    }
    return parameters;
}

// libpq's keyword/value connection string: "host=db dbname='my db' user=amina", a value quoted when it holds spaces,
// with \' and \\ inside quotes.
Result<StoreLocation::Parameters> parseKeywords(const QString& text)
{
    StoreLocation::Parameters parameters;
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    skipSpaces();
    while (i < text.size()) {
        const qsizetype keyStart = i;
        while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'_'))
            ++i;
        const QString keyword = text.mid(keyStart, i - keyStart);
        skipSpaces();
        if (keyword.isEmpty() || i >= text.size() || text.at(i) != u'=')
            return locationError(text, i, QStringLiteral("expected KEYWORD=VALUE"));
        ++i;
        skipSpaces();
        QString value;
        if (i < text.size() && text.at(i) == u'\'') {
            const qsizetype open = i++;
            bool closed = false;
            while (i < text.size()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size()) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return locationError(text, open, QStringLiteral("the quote opened here is not closed"));
        } else {
            while (i < text.size() && !text.at(i).isSpace()) {
                if (text.at(i) == u'\\' && i + 1 < text.size())
                    ++i;
                value += text.at(i++);
            }
        }
        parameters.append({ keyword, value });
        skipSpaces();
    }
    return parameters;
}

// Whether a text starts as a keyword/value connection string does ("KEYWORD=…") and is not a file's name.
bool looksLikeKeywords(const QString& text)
{
    const QString trimmed = text.trimmed();
    qsizetype i = 0;
    while (i < trimmed.size() && (trimmed.at(i).isLetterOrNumber() || trimmed.at(i) == u'_'))
        ++i;
    while (i < trimmed.size() && trimmed.at(i) == u' ')
        ++i;
    return i > 0 && i < trimmed.size() && trimmed.at(i) == u'=' && !QFileInfo::exists(text);
}

// A component of a connection URI, percent-encoded where libpq would read it otherwise.
QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "-._~"));
}

} // namespace

StoreLocation StoreLocation::file(const QString& path)
{
    StoreLocation location;
    location.m_kind = Kind::File;
    location.m_path = QFileInfo(path).absoluteFilePath();
    return location;
}

StoreLocation StoreLocation::server(Parameters parameters)
{
    StoreLocation location;
    location.m_kind = Kind::Server;
    location.m_parameters = std::move(parameters);
    return location;
}

Result<StoreLocation> StoreLocation::parse(const QString& text)
{
    if (text.trimmed().isEmpty())
        return Error { Error::Code::InvalidInput, QStringLiteral("no database was named"), {} };
    for (const QString& scheme : uriSchemes) {
        if (text.startsWith(scheme, Qt::CaseInsensitive)) {
            auto parameters = parseUri(text, scheme.size());
            if (!parameters)
                return parameters.error();
            return server(std::move(parameters.value()));
        }
    }
    if (looksLikeKeywords(text)) {
        auto parameters = parseKeywords(text);
        if (!parameters)
            return parameters.error();
        return server(std::move(parameters.value()));
    }
    return file(text);
}

StoreLocation StoreLocation::defaultLocation()
{
    StoreLocation location = file(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/crisis-timeline.sqlite"));
    location.m_isDefault = true;
    return location;
}

QString StoreLocation::parameter(const QString& keyword) const
{
    QString value;
    for (const auto& [key, given] : m_parameters) {
        if (key == keyword)
            value = given; // the last one counts, as in libpq
    }
    return value;
}

QString StoreLocation::displayName() const
{
    switch (m_kind) {
    case Kind::File:
        return QFileInfo(m_path).fileName();
    case Kind::Server: {
        QString database = parameter(QStringLiteral("dbname"));
        if (database.isEmpty())
            database = parameter(QStringLiteral("service"));
        if (database.isEmpty())
            database = parameter(QStringLiteral("user"));
        const QString host = parameter(QStringLiteral("host"));
        if (database.isEmpty())
            return host.isEmpty() ? QStringLiteral("team database") : QStringLiteral("team database on %1").arg(host);
        return host.isEmpty() ? database : QStringLiteral("%1 on %2").arg(database, host);
    }
    case Kind::None:
        break;
    }
    return {};
}

QString StoreLocation::toString() const
{
    if (m_kind != Kind::Server)
        return QDir::toNativeSeparators(m_path);
    QString user;
    QString hosts;
    QString ports;
    QString database;
    QStringList options;
    for (const auto& [key, value] : m_parameters) {
        if (key == u"password")
            continue;
        if (key == u"user")
            user = value;
        else if (key == u"host")
            hosts = value;
        else if (key == u"port")
            ports = value;
        else if (key == u"dbname")
            database = value;
        else
            options.append(encoded(key) + u'=' + encoded(value));
    }
    QString uri = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        uri += encoded(user) + u'@';
    const QStringList hostList = hosts.isEmpty() ? QStringList() : hosts.split(u',');
    const QStringList portList = ports.isEmpty() ? QStringList() : ports.split(u',');
    QStringList authority;
    for (qsizetype i = 0; i < std::max(hostList.size(), portList.size()); ++i) {
        const QString host = i < hostList.size() ? hostList.at(i) : QString();
        QString part = host.contains(u':') ? u'[' + host + u']' : encoded(host);
        // One port for several hosts applies to each.
        const QString port = portList.size() == 1 ? portList.constFirst()
            : i < portList.size()                 ? portList.at(i)
                                                  : QString();
        if (!port.isEmpty())
            part += u':' + port;
        authority.append(part);
    }
    uri += authority.join(u',');
    if (!database.isEmpty())
        uri += u'/' + encoded(database);
    if (!options.isEmpty())
        uri += u'?' + options.join(u'&');
    return uri;
}

QString StoreLocation::sourceTextsFolder() const
{
    return m_kind == Kind::File ? QFileInfo(m_path).absolutePath() : QString();
}

bool StoreLocation::canBeCreated() const
{
    return m_kind == Kind::Server || (m_kind == Kind::File && QFileInfo(m_path).absoluteDir().exists());
}

} // namespace crisis::core
