#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace crisis::core {

/// What a figure's value stands for: something that happened or holds, or a promise or goal.
enum class FigureStatus : quint8 { Actual, Pledged, Target, ProposedTarget, Estimate };

/// The lanes of the timeline.
/// What an event is about; Other for events imported from elsewhere whose group is none of ours.
enum class EventCategory : quint8 { SecurityDeployment, Violence, Humanitarian, Political, Diplomatic, Funding, Other };

/// Whether an event happened, or is announced as due, or is sought and not decided.
enum class EventStatus : quint8 {
    Occurred, ///< it happened (or is happening)
    Expected, ///< announced as due: "set to expire", "expected to meet", "will arrive in the coming weeks"
    Proposed, ///< sought or recommended, not decided: "asked the Security Council", "backs turning it into"
};

/// How a figure's qualifier bounds the true value.
enum class ValueBound : quint8 {
    Exact, ///< no qualifier, or "only"
    Approximate, ///< "about", "approximately", "around", "nearly", "only about", ...
    LowerBound, ///< "over", "more than", "at least", ...: the true value is at least this
    UpperBound, ///< "up to", "at most", "fewer than", ...: the true value is at most this
};

/// Stable key used in files and the database, e.g. "proposed_target".
QString statusKey(FigureStatus status);
std::optional<FigureStatus> statusFromKey(QStringView key);
QList<FigureStatus> allStatuses();

/// Stable key used in files and the database: "occurred", "expected", "proposed".
QString eventStatusKey(EventStatus status);
std::optional<EventStatus> eventStatusFromKey(QStringView key);
QList<EventStatus> allEventStatuses();

/// Stable key used in files and the database, e.g. "security_deployment".
QString categoryKey(EventCategory category);
std::optional<EventCategory> categoryFromKey(QStringView key);
QList<EventCategory> allCategories();

/// The charts an event can be marked on: "deployment", "casualties", "displacement", "funding"
/// (defined with ChartKind, in chartspec.cpp).
QStringList chartKeys();

/// The bound a qualifier, as written in the source ("more than", "only about"), puts on the value;
/// nothing if the qualifier is not one we know. The empty qualifier is exact. Case-insensitive.
std::optional<ValueBound> qualifierBound(QStringView qualifier);
/// The qualifiers qualifierBound() knows, in lower case.
QList<QString> knownQualifiers();

} // namespace crisis::core
