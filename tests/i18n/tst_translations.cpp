#include "testsupport.h"

#include <crisis/core/analysis/chartspec.h>
#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/interchange/briefpack.h>
#include <crisis/core/model/partialdate.h>
#include <crisis/ui/window/language.h>

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace crisis;

namespace {

// One message of a .ts file, as Qt Linguist and lupdate write it.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString& path, QString* language)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS") {
            *language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            while (!(xml.isEndElement() && xml.name() == u"message") && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    message.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(QStringLiteral("type")).toString();
                    if (!message.numerus) {
                        message.translations.append(xml.readElementText());
                    }
                } else if (xml.name() == u"numerusform") {
                    message.translations.append(xml.readElementText());
                }
            }
            messages.append(message);
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(path) << ": " << qPrintable(xml.errorString());
    return messages;
}

// The placeholders a text holds: %1 to %99, and %n.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(n|L?[1-9][0-9]?)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

// The keyboard accelerators of a menu or label text: "&File" has one; "&&" and "&nbsp;" are not.
int accelerators(const QString& text)
{
    static const QRegularExpression accelerator(QStringLiteral("&(?!&|nbsp;|amp;|lt;|gt;|quot;)[^\\s]"));
    int count = 0;
    for (auto it = accelerator.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

class ShippedTranslation : public ::testing::TestWithParam<const char*>
{ };

} // namespace

// Every message of each shipped translation is finished, not empty, keeps the source's placeholders and its
// accelerator, and (for plurals) fills every form: a string left in English or a lost %1 fails here, not in
// front of a reader.
TEST_P(ShippedTranslation, IsComplete)
{
    const QString path = QStringLiteral(CRISIS_SOURCE_DIR "/resources/translations/crisis-timeline_%1.ts")
                             .arg(QString::fromLatin1(GetParam()));
    QString language;
    const QList<Message> messages = readTs(path, &language);
    ASSERT_GT(messages.size(), 800) << "the .ts file lost its messages";
    EXPECT_EQ(language, QString::fromLatin1(GetParam())) << "the TS element's language attribute";
    QStringList problems;
    for (const Message& m : messages) {
        const QString where
            = QStringLiteral("%1 \"%2\"%3")
                  .arg(m.context, m.source, m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment));
        if (!m.type.isEmpty()) {
            problems.append(QStringLiteral("%1: %2").arg(where, m.type));
            continue;
        }
        if (m.translations.isEmpty())
            problems.append(QStringLiteral("%1: no translation").arg(where));
        for (const QString& translation : m.translations) {
            if (translation.trimmed().isEmpty()) {
                problems.append(QStringLiteral("%1: empty").arg(where));
                continue;
            }
            const QStringList wanted = placeholders(m.source);
            const QStringList given = placeholders(translation);
            for (const QString& p : wanted) {
                // A plural's "%n" may be left out of a form that says the number in words ("La source").
                if (!given.contains(p) && !(m.numerus && p == u"%n"))
                    problems.append(QStringLiteral("%1: \"%2\" lacks %3").arg(where, translation, p));
            }
            for (const QString& p : given) {
                if (!wanted.contains(p))
                    problems.append(QStringLiteral("%1: \"%2\" adds %3").arg(where, translation, p));
            }
            if (accelerators(m.source) != accelerators(translation))
                problems.append(QStringLiteral("%1: \"%2\" has %3 accelerators, the source %4")
                                    .arg(where, translation)
                                    .arg(accelerators(translation))
                                    .arg(accelerators(m.source)));
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " problems:\n" << qPrintable(problems.join(u'\n'));
}

INSTANTIATE_TEST_SUITE_P(French, ShippedTranslation, ::testing::Values("fr"));
INSTANTIATE_TEST_SUITE_P(HaitianCreole, ShippedTranslation, ::testing::Values("ht"));

TEST(Language, CodesAndLocales)
{
    EXPECT_EQ(ui::languageFromCode(u"fr"), ui::Language::French);
    EXPECT_EQ(ui::languageFromCode(u"ht"), ui::Language::HaitianCreole);
    EXPECT_EQ(ui::languageFromCode(u"en"), ui::Language::English);
    EXPECT_EQ(ui::languageFromCode(u"system"), ui::Language::System);
    EXPECT_FALSE(ui::languageFromCode(u"de").has_value());
    EXPECT_EQ(ui::languageOfLocale(QLocale(QStringLiteral("fr_CA"))), ui::Language::French);
    EXPECT_EQ(ui::languageOfLocale(QLocale(QStringLiteral("de_DE"))), ui::Language::English);
    for (const ui::Language language : { ui::Language::English, ui::Language::French, ui::Language::HaitianCreole })
        EXPECT_EQ(ui::languageFromCode(ui::languageCode(language)), language);
}

TEST(Language, SystemFollowsTheEnvironment)
{
    const QByteArray saved = qgetenv("LC_ALL");
    qputenv("LC_ALL", "ht_HT.UTF-8");
    EXPECT_EQ(ui::resolvedLanguage(ui::Language::System), ui::Language::HaitianCreole);
    qputenv("LC_ALL", "fr_FR.UTF-8");
    EXPECT_EQ(ui::resolvedLanguage(ui::Language::System), ui::Language::French);
    qputenv("LC_ALL", "C.UTF-8");
    EXPECT_EQ(ui::resolvedLanguage(ui::Language::System), ui::Language::English);
    EXPECT_EQ(ui::resolvedLanguage(ui::Language::French), ui::Language::French);
    if (saved.isEmpty())
        qunsetenv("LC_ALL");
    else
        qputenv("LC_ALL", saved);
}

class TranslatedText : public ::testing::Test
{
protected:
    void TearDown() override { ui::installLanguage(ui::Language::English); }
};

TEST_F(TranslatedText, FrenchDatesNumbersAndChartsRead)
{
    ASSERT_EQ(ui::installLanguage(ui::Language::French), ui::Language::French);
    EXPECT_EQ(core::formatDate(core::PartialDate::fromParts(2023, 9, 22)), QStringLiteral("22 sept. 2023"));
    EXPECT_EQ(core::formatDate(core::PartialDate::fromParts(2024, 2)), QStringLiteral("févr. 2024"));
    EXPECT_EQ(core::formatDate(core::PartialDate::fromParts(2023, 9, 1)), QStringLiteral("1er sept. 2023"));
    // French groups digits with a narrow no-break space (QLocale's, CLDR's) and writes a decimal comma.
    EXPECT_EQ(core::formatNumber(1379), QStringLiteral("1\u202f379"));
    EXPECT_EQ(core::formatNumber(112.5), QStringLiteral("112,5"));
    EXPECT_EQ(core::formatValue(835e6, u"USD"), QStringLiteral("835 millions $"));
    EXPECT_EQ(core::formatValue(1.5e9, u"USD"), QStringLiteral("1,5 milliard $"));

    const auto workspace = test::bundledWorkspace();
    const core::ChartSpec deployment = core::buildChart(*workspace, core::ChartKind::Deployment);
    EXPECT_EQ(deployment.title, QStringLiteral("Déploiement et objectif"));
    EXPECT_EQ(deployment.yTitle, QStringLiteral("Effectifs"));
    const core::ChartSpec casualties = core::buildChart(*workspace, core::ChartKind::Casualties);
    EXPECT_TRUE(casualties.title.startsWith(QStringLiteral("Évolution des victimes"))) << qPrintable(casualties.title);
    QStringList legend;
    for (const core::ChartSeries& series : casualties.series)
        legend.append(series.name);
    EXPECT_TRUE(legend.contains(QStringLiteral("Homicides"))) << qPrintable(legend.join(u", "));
    EXPECT_TRUE(legend.contains(QStringLiteral("Enlèvements"))) << qPrintable(legend.join(u", "));
    const QString alt = core::altText(deployment, *workspace);
    EXPECT_TRUE(alt.contains(QStringLiteral("Le graphique montre"))) << qPrintable(alt);
    EXPECT_TRUE(alt.contains(QStringLiteral("Déficit (calculé)"))) << qPrintable(alt);
    EXPECT_TRUE(alt.contains(QStringLiteral("(2 rapports)"))) << qPrintable(alt);
    EXPECT_TRUE(alt.contains(QStringLiteral("sept. 2023"))) << qPrintable(alt);
    EXPECT_FALSE(alt.contains(QStringLiteral("The chart plots"))) << qPrintable(alt);
}

TEST_F(TranslatedText, KreyolMonthsAndWords)
{
    ASSERT_EQ(ui::installLanguage(ui::Language::HaitianCreole), ui::Language::HaitianCreole);
    const QStringList months { QStringLiteral("janvye"), QStringLiteral("fevriye"), QStringLiteral("mas"),
        QStringLiteral("avril"), QStringLiteral("me"), QStringLiteral("jen"), QStringLiteral("jiyè"),
        QStringLiteral("out"), QStringLiteral("septanm"), QStringLiteral("oktòb"), QStringLiteral("novanm"),
        QStringLiteral("desanm") };
    for (int month = 1; month <= 12; ++month)
        EXPECT_EQ(core::monthName(month), months.at(month - 1));
    EXPECT_EQ(core::formatDate(core::PartialDate::fromParts(2023, 9, 22)), QStringLiteral("22 septanm 2023"));
    const auto workspace = test::bundledWorkspace();
    const core::ChartSpec displacement = core::buildChart(*workspace, core::ChartKind::Displacement);
    EXPECT_TRUE(displacement.title.startsWith(QStringLiteral("Moun deplase"))) << qPrintable(displacement.title);
    const QString alt = core::altText(displacement, *workspace);
    EXPECT_TRUE(alt.contains(QStringLiteral("Graf la montre"))) << qPrintable(alt);
    // Kreyol has one form for every count: "(1 rapo)", "(5 rapo)".
    EXPECT_TRUE(alt.contains(QRegularExpression(QStringLiteral("\\(\\d+ rap\u00f2\\)")))) << qPrintable(alt);
}

// With no translation installed, or English chosen, the text is the source's, byte for byte.
TEST_F(TranslatedText, EnglishIsTheSource)
{
    ui::installLanguage(ui::Language::French);
    ASSERT_EQ(ui::installLanguage(ui::Language::English), ui::Language::English);
    EXPECT_EQ(core::formatDate(core::PartialDate::fromParts(2023, 9, 22)), QStringLiteral("22 Sep 2023"));
    EXPECT_EQ(core::formatNumber(1379), QStringLiteral("1,379"));
    EXPECT_EQ(core::formatDate(core::PartialDate::fromParts(2023, 9, 1)), QStringLiteral("1 Sep 2023"));
    EXPECT_EQ(core::formatValue(835e6, u"USD"), QStringLiteral("$835 million"));
    const auto workspace = test::bundledWorkspace();
    EXPECT_EQ(
        core::buildChart(*workspace, core::ChartKind::Deployment).title, QStringLiteral("Deployment versus target"));
}
