#include <crisis/core/storage/revision.h>
#include <crisis/core/support/jsonwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace crisis::core {

namespace {

QString textOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::fromLatin1(JsonWriter::formatNumber(value.toDouble()));
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// The members of a record's JSON in the order it gives them (QJsonObject sorts its keys).
QStringList membersInOrder(const QByteArray& json)
{
    QStringList names;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    // The writer's order is the record's own; QJsonObject keeps none, so find where the text first names each key
    // as a key (a quoted name followed by a colon; a quote inside a text is escaped, so a text cannot pass for one).
    const auto placeOf = [&json](const QString& name) {
        const QByteArray quoted = '"' + name.toUtf8() + '"';
        for (qsizetype at = json.indexOf(quoted); at >= 0; at = json.indexOf(quoted, at + 1)) {
            qsizetype next = at + quoted.size();
            while (next < json.size() && (json.at(next) == ' ' || json.at(next) == '\n'))
                ++next;
            if (next < json.size() && json.at(next) == ':')
                return at;
        }
        return json.size();
    };
    QList<std::pair<qsizetype, QString>> placed;
    for (auto it = object.begin(); it != object.end(); ++it)
        placed.append({ placeOf(it.key()), it.key() });
    std::sort(placed.begin(), placed.end());
    for (const auto& [at, name] : placed)
        names.append(name);
    return names;
}

} // namespace

QList<FieldChange> fieldChanges(const RecordValues& values)
{
    const QJsonObject before = QJsonDocument::fromJson(values.before).object();
    const QJsonObject after = QJsonDocument::fromJson(values.after).object();
    QStringList names = membersInOrder(values.after);
    for (const QString& name : membersInOrder(values.before)) {
        if (!names.contains(name))
            names.append(name);
    }
    QList<FieldChange> changes;
    for (const QString& name : std::as_const(names)) {
        const QJsonValue was = before.value(name);
        const QJsonValue is = after.value(name);
        if (was == is)
            continue;
        changes.append({ name, textOf(was), textOf(is) });
    }
    return changes;
}

} // namespace crisis::core
