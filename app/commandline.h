#pragma once

#include <QString>
#include <QStringList>

namespace crisis::app {

/// Exit codes of every command.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, ///< bad data or input, or an operation that failed
    ExitUsage = 2, ///< the command line itself is wrong
};

/// The options every command shares, parsed.
struct CommonOptions
{
    /// What --db names (a file, or a server database); empty for the default database.
    QString databasePath;
    bool createEmpty = false;
};

/// Runs the app: the window without a command, else the command; returns the exit code.
int run(int argc, char* argv[]);

} // namespace crisis::app
