#include "fuzzsupport.h"

#include "harness.h"

#include <QStringDecoder>

#include <cstdio>
#include <cstdlib>

namespace crisis::fuzz {

namespace {

std::function<void(const char*)>& failureHandler()
{
    static std::function<void(const char*)> handler;
    return handler;
}

} // namespace

void setFailureHandler(std::function<void(const char* what)> handler)
{
    if (handler) {
        failureHandler() = std::move(handler);
        return;
    }
    failureHandler() = [](const char* what) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    };
}

void fail(const char* what)
{
    if (!failureHandler())
        setFailureHandler({});
    failureHandler()(what);
}

void checkPlaced(const QList<core::Problem>& problems)
{
    for (const core::Problem& problem : problems) {
        if (problem.severity == core::Problem::Severity::Error && (problem.line < 1 || problem.column < 1))
            fail("an import refused without a line and a column");
    }
}

void checkProblems(const QList<core::Problem>& problems, const QString& fileName)
{
    for (const core::Problem& problem : problems) {
        if (problem.file != fileName)
            fail("a problem that does not name the file");
        if (problem.detail.isEmpty())
            fail("a problem without a detail");
        if (core::problemKindName(problem.kind).isEmpty())
            fail("a problem without a kind");
        if (problem.line < 0 || problem.column < 0 || (problem.line == 0 && problem.column != 0))
            fail("a problem at an impossible place");
    }
}

void checkUtf8(const QByteArray& utf8, const char* what)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(utf8);
    if (decoder.hasError())
        fail(what);
}

} // namespace crisis::fuzz
