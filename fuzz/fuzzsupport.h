#pragma once

// The invariants every reader keeps, checked by the fuzz harness.

#include <crisis/core/support/problem.h>

#include <QByteArray>
#include <QString>

namespace crisis::fuzz {

/// Every problem names the file and says something; a problem is at a place that exists (0:0 for the whole file,
/// else a line from 1 and a column from 0).
void checkProblems(const QList<core::Problem>& problems, const QString& fileName);

/// Every error of an import (readImport) names a line and a column.
void checkPlaced(const QList<core::Problem>& problems);

/// The text is well-formed UTF-8.
void checkUtf8(const QByteArray& utf8, const char* what);

/// An invariant does not hold: the failure handler is called (by default it aborts, which libFuzzer reports).
void fail(const char* what);

} // namespace crisis::fuzz
