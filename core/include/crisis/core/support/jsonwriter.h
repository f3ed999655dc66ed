#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace crisis::core {

/// Writes JSON with keys in the order given, two-space indentation and invisible characters (no-break
/// spaces, line separators, ...) escaped, so that files we write are stable and reviewable in a diff.
class JsonWriter
{
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    /// The key of the next value in the current object.
    JsonWriter& key(QStringView name);

    JsonWriter& value(QStringView text);
    JsonWriter& value(const QString& text) { return value(QStringView(text)); }
    JsonWriter& value(const char16_t* text) { return value(QStringView(text)); }
    /// Integral values are written without a fraction, others in their shortest exact form.
    JsonWriter& value(double number);
    JsonWriter& value(qint64 number);
    JsonWriter& value(int number) { return value(static_cast<qint64>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();
    /// A value written elsewhere, complete JSON (an object another JsonWriter wrote), as it stands.
    JsonWriter& raw(const QByteArray& json);

    /// Shorthand for key(name).value(v).
    template<typename T> JsonWriter& field(QStringView name, const T& v)
    {
        key(name);
        return value(v);
    }

    /// The document, ending with a newline.
    QByteArray toJson() const { return m_out + '\n'; }

    /// Appends text as a JSON string literal, with quotes, to out.
    static void appendString(QByteArray& out, QStringView text);
    /// Formats a number as JSON (integral values without a fraction).
    static QByteArray formatNumber(double number);

private:
    void beforeValue();
    void newline();

    struct Level
    {
        bool array = false;
        bool empty = true;
    };
    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace crisis::core
