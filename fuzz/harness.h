#pragma once

// What each fuzz target does with its input, as functions: the libFuzzer targets call them, and the test suite
// runs every input kept in tests/data/fuzz-regressions through them (so a reader that fails again shows in CI,
// with or without the sanitizers).

#include <QByteArray>

#include <functional>
#include <utility>
#include <vector>

namespace crisis::fuzz {

/// Reads the input as the target of that name does (json, hxl, timelinejs_csv, timelinejs_json, table, article,
/// edtf, textdecode, import) and checks the invariants every reader keeps.
using Reader = void (*)(const QByteArray& bytes);
const std::vector<std::pair<const char*, Reader>>& readers();
Reader reader(const char* name);

/// What happens when an invariant is broken: by default, abort (a finding for libFuzzer); tests record it.
void setFailureHandler(std::function<void(const char* what)> handler);

} // namespace crisis::fuzz
