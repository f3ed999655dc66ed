#pragma once

#include <crisis/core/support/problem.h>

#include <QtGlobal>

#include <optional>
#include <utility>

namespace crisis::core {

/// The kinds of record a database holds, for errors and lookups that name one.
enum class RecordKind : quint8 { Figure, Event, Source };

/// "figure", "event" or "source", as messages name a record.
inline QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Figure:
        return QStringLiteral("figure");
    case RecordKind::Event:
        return QStringLiteral("event");
    case RecordKind::Source:
        return QStringLiteral("source");
    }
    return {};
}

/// Why an operation failed, in words fit for a user (the message names the file where there is one).
struct Error
{
    enum class Code : quint8 {
        InvalidInput, ///< the input is not what it should be; problems say where
        NotFound,
        Io,
        NotCrisisDatabase,
        NewerSchema,
        Corrupt,
        Database,
        Busy, ///< another program holds the store (it was waited for, then given up on)
        Cancelled, ///< the user cancelled; nothing was written
        /// someone else saved a change to the record since it was read (Error::record names it); nothing was written
        Conflict,
        /// the server refused the user: no password, a wrong one, or a user it does not know; nothing was read
        Unauthorized,
    };

    Error() = default;
    Error(Code code, QString message, QList<Problem> problems = {})
        : code(code)
        , message(std::move(message))
        , problems(std::move(problems))
    { }

    Code code = Code::InvalidInput;
    QString message;
    QList<Problem> problems;
    /// The record the error is about, when there is one (an id the database has already): its id is empty
    /// otherwise.
    struct Record
    {
        RecordKind kind = RecordKind::Figure;
        QString id;
    } record;
};

/// Either a value or an Error. Results are not to be dropped: a caller that ignores one ignores a failure.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    /// The value; only when ok() (asserted in debug builds).
    T& value()
    {
        Q_ASSERT_X(m_value.has_value(), "Result::value", "the result holds an error");
        return *m_value;
    }
    const T& value() const
    {
        Q_ASSERT_X(m_value.has_value(), "Result::value", "the result holds an error");
        return *m_value;
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace crisis::core
