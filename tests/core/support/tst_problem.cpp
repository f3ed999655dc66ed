#include "testsupport.h"

#include <crisis/core/support/problem.h>

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace crisis::core;

namespace {

// Every kind, by its value: the enumerators run from 0 without gaps.
constexpr int kindCount = static_cast<int>(Problem::Kind::Cancelled) + 1;

Problem problem(Problem::Kind kind)
{
    return { Problem::Severity::Error, kind, QStringLiteral("in.csv"), 3, 7, QStringLiteral("not a number") };
}

} // namespace

TEST(Problem, EveryKindHasItsOwnStableName)
{
    const QRegularExpression kebab(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    QSet<QString> names;
    for (int i = 0; i < kindCount; ++i) {
        const QString name = problemKindName(static_cast<Problem::Kind>(i));
        EXPECT_TRUE(kebab.match(name).hasMatch()) << i << ": \"" << name.toStdString() << '"';
        names.insert(name);
    }
    EXPECT_EQ(names.size(), kindCount) << "no two kinds share a name";
    // The names machines and tests read do not change with the wording.
    EXPECT_EQ(problemKindName(Problem::Kind::MissingField), u"missing-field");
    EXPECT_EQ(problemKindName(Problem::Kind::Syntax), u"syntax");
    EXPECT_EQ(problemKindName(Problem::Kind::UnknownReference), u"unknown-reference");
    EXPECT_EQ(problemKindName(Problem::Kind::Cancelled), u"cancelled");
    EXPECT_TRUE(problemKindName(static_cast<Problem::Kind>(kindCount)).isEmpty()) << "a value that is no kind";
}

TEST(Problem, EqualOnlyWhenEveryFieldIs)
{
    // Problem has == only (no !=): the assertions say == is false.
    const Problem a = problem(Problem::Kind::InvalidValue);
    EXPECT_EQ(a, problem(Problem::Kind::InvalidValue));
    EXPECT_FALSE(a == problem(Problem::Kind::InvalidDate)) << "the kind";
    Problem b = a;
    b.severity = Problem::Severity::Warning;
    EXPECT_FALSE(a == b);
    b = a;
    b.file = QStringLiteral("other.csv");
    EXPECT_FALSE(a == b);
    b = a;
    b.line = 4;
    EXPECT_FALSE(a == b);
    b = a;
    b.column = 8;
    EXPECT_FALSE(a == b);
    b = a;
    b.detail = QStringLiteral("not a date");
    EXPECT_FALSE(a == b);
}

TEST(Problem, ReadsAsFileLineColumnAndDetail)
{
    Problem p = problem(Problem::Kind::InvalidValue);
    EXPECT_EQ(p.toString(), u"in.csv:3:7: not a number");
    p.severity = Problem::Severity::Warning;
    EXPECT_EQ(p.toString(), u"in.csv:3:7: warning: not a number");
    p.column = 0;
    EXPECT_EQ(p.toString(), u"in.csv:3: warning: not a number");
    p.line = 0;
    EXPECT_EQ(p.toString(), u"in.csv: warning: not a number");
    p.file.clear();
    EXPECT_EQ(p.toString(), u"warning: not a number");
}
