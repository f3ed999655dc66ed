#include "commandline.h"

#include "commands.h"

#include <crisis/ui/window/appearance.h>
#include <crisis/ui/window/language.h>
#include <crisis/ui/window/settings.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <optional>

namespace crisis::app {

namespace {

// The usage lines in GNU's form ("Usage:", then "  or:"), which help2man makes the man page's synopsis from.
const char helpText[] = R"(Usage: crisis-timeline [--db DATABASE] [--empty] [--lang en|fr|ht] [--theme THEME]
  or:  crisis-timeline COMMAND [ARGUMENTS] [OPTIONS]

Explore a crisis as a timeline of events and figures, each traced to the
sentence of the source that states it. Without a command, open the window.

Commands:
  list figures|events|sources [--format table|csv|json]
        Print the records of the database (table by default).
  check-citations --sources DIR
        Verify every quote against the source texts in DIR: each must stand at
        its offset, and each figure's value must be written in its quote.
        Prints each mismatch with record id, document and offset.
  import FILE [--format auto|json|hxl|timelinejs|table|article]
         [--map MAPPING] [--published EDTF] [--accept sure|all] [--skip-imported]
         [--dry-run]
        Add the records of a file to the database, all or none: a Crisis
        Timeline JSON dataset, figures in CSV with an HXL hashtag row
        (columns matched by hashtag), events from a TimelineJS sheet (CSV)
        or JSON, or figures from any table (CSV, or a JSON array of records)
        with --map date=COL,value=COL[,value=COL...][,subject=COL]
        [,metric=NAME|metric-column=COL] (or year=COL,month=COL,day=COL for
        the date); each row is cited as it stands in the file. From a plain-text
        article (article; .txt), the figures the reader is sure of (value,
        metric, subject and period all stated; a part with its total), each
        quoting its sentence; --accept all writes every one with a metric and
        a period. --published gives the article's date, or an interval
        (2025-07/2025-12): levels without a date of their own hold then,
        marked inferred. The others are left out with the reason, to review
        in the window (File > Import). The text may be UTF-8, UTF-16 or
        Windows-1252; doubly encoded UTF-8 is repaired. Problems are printed
        as FILE:LINE:COLUMN. A file of the same name imported before is said;
        --skip-imported leaves out what it brought then. --dry-run checks
        everything and writes nothing; for an article it lists every figure
        proposed, sure or to review, and why.
  export-data --format json|hxl|timelinejs|csv -o FILE
         [--what figures|events|all]
        Write the database as a dataset file (json: the format of the bundled
        one; all by default), its figures as CSV with HXL hashtags (hxl), its
        events as a TimelineJS timeline (timelinejs: a sheet when FILE ends
        in .csv, else JSON), or figures or events as a plain CSV table (csv).
  export --chart deployment|casualties|displacement|funding|timeline
         [--from EDTF] [--to EDTF] [--size WxH] [--scale N] [--format png|svg|pdf]
         [--title TEXT] [--layout lanes|list] [--theme light|dark] -o FILE
         [--pack DIR]
        Export a chart without a display: a PNG of exactly (W*N)x(H*N)
        pixels, an SVG or a one-page PDF, with title, dates shown, "as of"
        and numbered sources. --pack writes the PNG, alt text and a CSV of the
        plotted points (with HXL hashtags) into DIR. Default size 1920x1080.
        The timeline is drawn in lanes by category where every title fits
        the page whole, else as a list (date, title, status); --layout picks
        one. Pages are light unless --theme dark.
  create --db DATABASE
        Write a new database holding the bundled dataset (Haiti, 2021-2025),
        or no records with --empty (a file must not exist; a database on a
        server must be empty).
  copy --from DATABASE --to DATABASE
        Copy a whole dataset between any two databases (a file to a team
        database, or back for a laptop in the field), all or nothing, ids and
        citations kept; the copy is read back and checked before it says done.
        The destination must not exist (a file) or be empty (on a server).
  history [ID] [--format table|csv|json]
        List the saved changes of a team database, oldest first: revision,
        when, who, what (import, edit, ...) and the records added, changed
        and removed; with ID, only the changes of that record.
  changed-since REVISION|PACK [--format table|csv|json]
        List what changed in the figures of a team database since a
        revision, one row per figure and change: added, changed or removed,
        by whom and when, and the figure as it reads now. Given a brief pack
        (the folder export --pack wrote, or its VIEW-dataset.json), since
        the revision it was made from and only the figures its chart plots.
  roles [USER reader|editor|owner|none]
        List who holds which role in a team database; with USER and a role,
        give that user of the server the role (none: take every role away).
        Readers browse and export, editors also add, change and import,
        owners also give roles. The server enforces them; only an owner
        gives them.
  watch [--after REVISION]
        Print each change saved to a team database, by anyone, as one line of
        JSON as soon as it is committed, until stopped: {"revision": N,
        "user", "at", "what", "added": [ids], "changed": [ids],
        "removed": [ids], "everything": false}. --after first prints the
        changes saved since that revision.
  generate --figures N --events M --db DATABASE [--seed S]
        Write a new database of synthetic but realistic data, for trying the
        app at scale (as create).

Options:
  --db DATABASE  The database to use: a file, or a team database on a
                 PostgreSQL server, as a URI or a libpq connection string:
                   postgresql://USER@HOST:PORT/DBNAME?sslmode=require
                   "host=HOST dbname=DBNAME user=USER"   "service=NAME"
                 (the password from ~/.pgpass or PGPASSWORD; PG* variables
                 fill in what is not given). Where nothing exists yet (no
                 file; an empty server database), the window, import and
                 create make one with the bundled dataset; list,
                 check-citations, export, export-data and import --dry-run
                 only read, and never create or change a database.
                 Default: the database in your data folder,
                 %1
                 (until it is made, the commands that read read the bundled
                 dataset).
  --empty        Create a new database without the bundled dataset.
  --theme THEME  The window's colours for this run: system (the desktop's
                 light or dark, as its settings portal says), light or dark
                 (View > Theme chooses and remembers). For export: light (the
                 default) or dark.
  --lang en|fr|ht
                 The language of the window and of exported charts: English,
                 French or Haitian Creole (Kreyol). Default: the one chosen in
                 View > Language for the window, else the desktop's (LC_ALL,
                 LC_MESSAGES, LANG), else English. The other commands print
                 English unless given --lang.
  -style NAME, -reverse, -platform NAME, and Qt's other window options
                 Passed to Qt for the window, e.g. -style fusion.
  -h, --help     Show this help.
  -v, --version  Show the version.

Exit status: 0 on success, 1 on bad data or input, 2 on a usage error.
)";

// A listing's --format: table, csv or json.
std::optional<ListFormat> listFormatFrom(const QString& name)
{
    static const std::map<QString, ListFormat> formats { { QStringLiteral("table"), ListFormat::Table },
        { QStringLiteral("csv"), ListFormat::Csv }, { QStringLiteral("json"), ListFormat::Json } };
    const auto found = formats.find(name);
    return found == formats.end() ? std::nullopt : std::optional(found->second);
}

int usageError(const QString& message)
{
    printError(message + QStringLiteral(" (see 'crisis-timeline --help')"));
    return ExitUsage;
}

// The commands say what went wrong in one line of their own: Qt's own warnings (libpng's "Write Error" on a full
// disk, a file engine's complaint) would add lines that name no file. CRISIS_TIMELINE_QT_MESSAGES=1 shows them.
void quietQtMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, message)));
}

bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// Qt's own window options (QGuiApplication's and QApplication's): they reach QApplication through argv, and our
// parser leaves them out, so "-style fusion", "-reverse" and "-platform xcb" work for the window. ("-title" is
// not among them: it is export's.)
QStringList withoutQtOptions(const QStringList& arguments, QStringList* qtOptions)
{
    static const QStringList valued { QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("geometry"), QStringLiteral("qwindowtitle"), QStringLiteral("qwindowicon"),
        QStringLiteral("display"), QStringLiteral("style"), QStringLiteral("stylesheet") };
    static const QStringList flags { QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
        QStringLiteral("dograb"), QStringLiteral("sync") };
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--") {
            rest += arguments.mid(i);
            break;
        }
        if (i == 0 || !argument.startsWith(u'-') || argument.size() < 2) {
            rest.append(argument);
            continue;
        }
        QString name = argument.mid(argument.startsWith(u"--") ? 2 : 1);
        const qsizetype equals = name.indexOf(u'=');
        if (equals >= 0)
            name.truncate(equals);
        if (flags.contains(name) && equals < 0) {
            qtOptions->append(name);
        } else if (valued.contains(name)) {
            qtOptions->append(name);
            if (equals < 0)
                ++i; // its value
        } else {
            rest.append(argument);
        }
    }
    return rest;
}

} // namespace

int run(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    QCoreApplication::setApplicationName(QStringLiteral("crisis-timeline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRISIS_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Crisis Timeline"));
    QGuiApplication::setDesktopFileName(QStringLiteral("crisis-timeline"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QStringList qtOptions;
    const QStringList ours = withoutQtOptions(arguments, &qtOptions);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption emptyOption(QStringLiteral("empty"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption sourcesOption(QStringLiteral("sources"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption outputOption(
        QStringList { QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("FILE"));
    const QCommandLineOption chartOption(QStringLiteral("chart"), QString(), QStringLiteral("KIND"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("EDTF"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("EDTF"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QString(), QStringLiteral("WxH"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QString(), QStringLiteral("N"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption packOption(QStringLiteral("pack"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption layoutOption(QStringLiteral("layout"), QString(), QStringLiteral("STYLE"));
    const QCommandLineOption figuresOption(QStringLiteral("figures"), QString(), QStringLiteral("N"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QString(), QStringLiteral("M"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("S"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption skipImportedOption(QStringLiteral("skip-imported"));
    const QCommandLineOption whatOption(QStringLiteral("what"), QString(), QStringLiteral("WHAT"));
    const QCommandLineOption mapOption(QStringLiteral("map"), QString(), QStringLiteral("MAPPING"));
    const QCommandLineOption publishedOption(QStringLiteral("published"), QString(), QStringLiteral("EDTF"));
    const QCommandLineOption acceptOption(QStringLiteral("accept"), QString(), QStringLiteral("WHICH"));
    const QCommandLineOption afterOption(QStringLiteral("after"), QString(), QStringLiteral("REVISION"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QString(), QStringLiteral("THEME"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption helpOption(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    const QCommandLineOption versionOption(QStringList { QStringLiteral("v"), QStringLiteral("version") });
    for (const auto* option : { &dbOption, &emptyOption, &formatOption, &sourcesOption, &outputOption, &figuresOption,
             &eventsOption, &seedOption, &chartOption, &fromOption, &toOption, &sizeOption, &scaleOption, &titleOption,
             &packOption, &layoutOption, &dryRunOption, &skipImportedOption, &whatOption, &mapOption, &publishedOption,
             &acceptOption, &afterOption, &themeOption, &langOption, &helpOption, &versionOption })
        parser.addOption(*option);
    parser.addPositionalArgument(QStringLiteral("command"), QString());

    if (!parser.parse(ours))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        return writeStdout(QString::fromUtf8(helpText).arg(core::StoreLocation::defaultLocation().toString()).toUtf8())
            ? ExitSuccess
            : ExitFailure;
    }
    if (parser.isSet(versionOption)) {
        return writeStdout(QByteArrayLiteral("crisis-timeline " CRISIS_VERSION "\n")) ? ExitSuccess : ExitFailure;
    }

    CommonOptions common;
    common.databasePath = parser.value(dbOption);
    common.createEmpty = parser.isSet(emptyOption);
    if (parser.isSet(dbOption) && common.databasePath.isEmpty())
        return usageError(QStringLiteral("--db needs a file or a server database"));
    if (parser.isSet(dbOption)) {
        if (auto location = core::StoreLocation::parse(common.databasePath); !location)
            return usageError(QStringLiteral("--db: ") + location.error().message);
    }

    // --lang for any command and the window; without it, the window's choice (View > Language) or the desktop's.
    std::optional<ui::Language> language;
    if (parser.isSet(langOption)) {
        const QString code = parser.value(langOption);
        language = ui::languageFromCode(code);
        if (!language || *language == ui::Language::System)
            return usageError(QStringLiteral("unknown language \"%1\" for --lang; use en, fr or ht").arg(code));
    }

    if (parser.isSet(themeOption) && parser.value(themeOption).isEmpty())
        return usageError(QStringLiteral("--theme needs a theme: system, light or dark (export: light or dark)"));

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);

    // Which options each command takes; anything else is a usage error, not silently ignored.
    const std::map<QString, QList<const QCommandLineOption*>> accepted {
        { QString(), { &themeOption } },
        { QStringLiteral("list"), { &formatOption } },
        { QStringLiteral("check-citations"), { &sourcesOption } },
        { QStringLiteral("export-data"), { &formatOption, &outputOption, &whatOption } },
        { QStringLiteral("import"),
            { &formatOption, &dryRunOption, &skipImportedOption, &mapOption, &publishedOption, &acceptOption } },
        { QStringLiteral("generate"), { &figuresOption, &eventsOption, &seedOption } },
        { QStringLiteral("create"), {} },
        { QStringLiteral("copy"), { &fromOption, &toOption } },
        { QStringLiteral("history"), { &formatOption } },
        { QStringLiteral("watch"), { &afterOption } },
        { QStringLiteral("roles"), {} },
        { QStringLiteral("changed-since"), { &formatOption } },
        { QStringLiteral("export"),
            { &chartOption, &fromOption, &toOption, &sizeOption, &scaleOption, &formatOption, &titleOption,
                &outputOption, &packOption, &layoutOption, &themeOption } },
    };
    const auto commandOptions = accepted.find(command);
    if (commandOptions == accepted.end())
        return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
    for (const auto* option : { &formatOption, &sourcesOption, &outputOption, &figuresOption, &eventsOption,
             &seedOption, &chartOption, &fromOption, &toOption, &sizeOption, &scaleOption, &titleOption, &packOption,
             &layoutOption, &dryRunOption, &skipImportedOption, &whatOption, &mapOption, &publishedOption,
             &acceptOption, &afterOption, &themeOption }) {
        if (parser.isSet(*option) && !commandOptions->second.contains(option)) {
            const QString name = option->names().constLast();
            return usageError(command.isEmpty() ? QStringLiteral("--%1 needs a command").arg(name)
                                                : QStringLiteral("--%1 does not apply to \"%2\"").arg(name, command));
        }
    }

    // Qt's options are the window's.
    if (!command.isEmpty() && !qtOptions.isEmpty())
        return usageError(QStringLiteral("-%1 does not apply to \"%2\"").arg(qtOptions.constFirst(), command));

    if (!command.isEmpty() && qEnvironmentVariableIsEmpty("CRISIS_TIMELINE_QT_MESSAGES"))
        qInstallMessageHandler(quietQtMessages);

    if (command.isEmpty()) {
        const QString theme = parser.value(themeOption);
        if (parser.isSet(themeOption) && !ui::themeChoiceFromKey(theme))
            return usageError(QStringLiteral("unknown theme \"%1\"; use system, light or dark").arg(theme));
        if (!displayAvailable()) {
            printError(QStringLiteral("no display available (DISPLAY is not set); without a window, "
                                      "'%1 export --chart casualties -o casualties.png' draws a chart and "
                                      "'%1 list figures' lists the data")
                           .arg(arguments.constFirst()));
            return ExitFailure;
        }
        QApplication app(argc, argv);
        ui::installLanguage(language.value_or(ui::Settings().language()));
        // A style the user named (-style, QT_STYLE_OVERRIDE) is kept under the themes' palettes.
        app.setProperty("crisisStyleChosen",
            qtOptions.contains(QStringLiteral("style")) || !qEnvironmentVariableIsEmpty("QT_STYLE_OVERRIDE"));
        return runWindow(common, theme, started);
    }

    if (command == u"export") {
        if (positional.size() != 1)
            return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(1)));
        if (!parser.isSet(chartOption))
            return usageError(QStringLiteral("export needs --chart"));
        const ExportRequest request { parser.value(chartOption), parser.value(fromOption), parser.value(toOption),
            parser.value(sizeOption), parser.value(scaleOption), parser.value(formatOption), parser.value(titleOption),
            parser.value(outputOption), parser.value(packOption), parser.value(layoutOption),
            parser.value(themeOption) };
        if (const int usage = checkExport(request); usage != ExitSuccess)
            return usage;
        // Rendering needs a QApplication; the offscreen platform needs no display and draws the same everywhere.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // A script or a service has no session: give Qt a private runtime folder rather than a warning.
        std::optional<QTemporaryDir> runtime;
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtime.emplace();
            if (runtime->isValid()) {
                QFile::setPermissions(
                    runtime->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
            }
        }
        QApplication app(argc, argv);
        ui::installLanguage(language.value_or(ui::Language::System));
        return runExport(common, request);
    }

    QCoreApplication app(argc, argv);
    // What these commands print is read by scripts as much as by people: English unless --lang asks otherwise
    // (and generate always writes its synthetic quotes in English, which check-citations reads).
    if (language && command != u"generate")
        ui::installLanguage(*language);
    if (command == u"list") {
        if (positional.size() != 2)
            return usageError(QStringLiteral("list needs one of: figures, events, sources"));
        const QString& what = positional.at(1);
        if (what != u"figures" && what != u"events" && what != u"sources")
            return usageError(QStringLiteral("cannot list \"%1\"; use figures, events or sources").arg(what));
        const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("table");
        const auto found = listFormatFrom(format);
        if (!found)
            return usageError(QStringLiteral("unknown format \"%1\"; use table, csv or json").arg(format));
        return runList(common, what, *found);
    }
    if (command == u"history") {
        if (positional.size() > 2)
            return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(2)));
        const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("table");
        const auto found = listFormatFrom(format);
        if (!found)
            return usageError(QStringLiteral("unknown format \"%1\"; use table, csv or json").arg(format));
        return runHistory(common, positional.value(1), *found);
    }
    if (command == u"changed-since") {
        if (positional.size() != 2)
            return usageError(positional.size() < 2
                    ? QStringLiteral("changed-since needs a revision or a brief pack")
                    : QStringLiteral("unexpected argument \"%1\"").arg(positional.at(2)));
        const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("table");
        const auto found = listFormatFrom(format);
        if (!found)
            return usageError(QStringLiteral("unknown format \"%1\"; use table, csv or json").arg(format));
        return runChangedSince(common, positional.at(1), *found);
    }
    if (command == u"roles") {
        if (positional.size() == 2)
            return usageError(
                QStringLiteral("roles needs a role for %1: reader, editor, owner or none").arg(positional.at(1)));
        if (positional.size() > 3)
            return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(3)));
        if (positional.size() == 1)
            return runRoles(common, {}, std::nullopt);
        const QString& key = positional.at(2);
        const auto role = core::teamRoleFromKey(key);
        if (!role && key != u"none")
            return usageError(QStringLiteral("unknown role \"%1\"; use reader, editor, owner or none").arg(key));
        if (positional.at(1).isEmpty())
            return usageError(QStringLiteral("roles needs the name of a user of the server"));
        return runRoles(common, positional.at(1),
            std::optional<std::optional<core::TeamRole>>(std::in_place, role)); // none: a role of none
    }
    if (command == u"watch") {
        if (positional.size() != 1)
            return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(1)));
        qint64 after = -1;
        if (parser.isSet(afterOption)) {
            bool ok = false;
            after = parser.value(afterOption).toLongLong(&ok);
            if (!ok || after < 0)
                return usageError(QStringLiteral("--after takes a revision number (0 or more)"));
        }
        return runWatch(common, after);
    }
    if (command == u"import") {
        if (positional.size() < 2)
            return usageError(QStringLiteral("import needs the FILE to import"));
        if (positional.size() > 2)
            return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(2)));
        if (positional.at(1).isEmpty())
            return usageError(QStringLiteral("import needs the FILE to import, not an empty name"));
        const QString formatName = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("auto");
        const auto format = core::importFormatFromKey(formatName);
        if (!format)
            return usageError(QStringLiteral("unknown import format \"%1\"; use auto, json, hxl, timelinejs or table")
                                  .arg(formatName));
        core::TableMapping mapping;
        if (parser.isSet(mapOption)) {
            QString why;
            const auto parsed = core::TableMapping::parse(parser.value(mapOption), &why);
            if (!parsed)
                return usageError(QStringLiteral("--map: %1").arg(why));
            if (*format != core::ImportFormat::Auto && *format != core::ImportFormat::Table)
                return usageError(QStringLiteral("--map goes with tables (--format table)"));
            mapping = *parsed;
        }
        core::ArticleImportOptions article;
        if (parser.isSet(publishedOption)) {
            QString why;
            const auto parsed = core::Period::parse(parser.value(publishedOption), &why);
            if (!parsed)
                return usageError(QStringLiteral("--published: %1").arg(why));
            article.published = *parsed;
        }
        if (parser.isSet(acceptOption)) {
            const QString which = parser.value(acceptOption);
            if (which != u"all" && which != u"sure")
                return usageError(QStringLiteral("--accept: \"%1\"; use sure (the default) or all").arg(which));
            article.acceptAll = which == u"all";
        }
        return runImport(common, positional.at(1), *format, parser.isSet(dryRunOption), mapping, article,
            parser.isSet(skipImportedOption));
    }
    if (positional.size() != 1)
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(1)));
    if (command == u"generate") {
        const auto count = [&](const QCommandLineOption& option, qint64 fallback) -> qint64 {
            if (!parser.isSet(option))
                return fallback;
            bool ok = false;
            const qint64 n = parser.value(option).toLongLong(&ok);
            return ok && n >= 0 && n <= 100'000'000 ? n : -1;
        };
        const qint64 figures = count(figuresOption, 1000);
        const qint64 events = count(eventsOption, 100);
        const qint64 seed = count(seedOption, 1);
        if (figures < 0 || events < 0 || seed < 0)
            return usageError(QStringLiteral("--figures, --events and --seed take a whole number from 0 to 100000000"));
        if (common.databasePath.isEmpty())
            return usageError(QStringLiteral("generate needs --db DATABASE for the new database"));
        return runGenerate(storeLocation(common), figures, events, static_cast<quint64>(seed));
    }
    if (command == u"copy") {
        if (positional.size() != 1)
            return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(1)));
        if (parser.isSet(dbOption))
            return usageError(QStringLiteral("copy takes --from and --to, not --db"));
        if (parser.value(fromOption).isEmpty() || parser.value(toOption).isEmpty())
            return usageError(QStringLiteral("copy needs --from DATABASE and --to DATABASE"));
        auto from = core::StoreLocation::parse(parser.value(fromOption));
        if (!from)
            return usageError(QStringLiteral("--from: ") + from.error().message);
        auto to = core::StoreLocation::parse(parser.value(toOption));
        if (!to)
            return usageError(QStringLiteral("--to: ") + to.error().message);
        if (from.value() == to.value())
            return usageError(QStringLiteral("--from and --to name the same database"));
        return runCopy(from.value(), to.value());
    }
    if (command == u"create") {
        if (common.databasePath.isEmpty())
            return usageError(QStringLiteral("create needs --db DATABASE for the new database"));
        return runCreate(common);
    }
    if (command == u"check-citations") {
        if (!parser.isSet(sourcesOption) || parser.value(sourcesOption).isEmpty())
            return usageError(QStringLiteral("check-citations needs --sources DIR"));
        return runCheckCitations(common, parser.value(sourcesOption));
    }
    // export-data
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("json");
    // What each format can hold, the first being what it writes by default.
    static const std::map<QString, QStringList> holds {
        { QStringLiteral("json"), { QStringLiteral("all"), QStringLiteral("figures"), QStringLiteral("events") } },
        { QStringLiteral("hxl"), { QStringLiteral("figures") } },
        { QStringLiteral("timelinejs"), { QStringLiteral("events") } },
        { QStringLiteral("csv"), { QStringLiteral("figures"), QStringLiteral("events") } },
    };
    const auto formatHolds = holds.find(format);
    if (formatHolds == holds.end())
        return usageError(QStringLiteral("unknown data format \"%1\"; use json, hxl, timelinejs or csv").arg(format));
    const QString what = parser.isSet(whatOption) ? parser.value(whatOption) : formatHolds->second.constFirst();
    if (what != u"figures" && what != u"events" && what != u"all")
        return usageError(QStringLiteral("cannot export \"%1\"; use --what figures, events or all").arg(what));
    if (!formatHolds->second.contains(what))
        return usageError(QStringLiteral("--format %1 holds %2, not %3")
                              .arg(format, formatHolds->second.join(QStringLiteral(" or ")), what));
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return usageError(QStringLiteral("export-data needs -o FILE"));
    return runExportData(common, format, what, parser.value(outputOption));
}

} // namespace crisis::app
