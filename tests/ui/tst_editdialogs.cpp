#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/support/textoffsets.h>
#include <crisis/ui/dialogs/eventdialog.h>
#include <crisis/ui/dialogs/figuredialog.h>
#include <crisis/ui/dialogs/sourcedialog.h>

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <stdexcept>

using namespace crisis;

namespace {

std::shared_ptr<const core::Workspace> workspace()
{
    return test::bundledWorkspace();
}

/// The editor a dialog names objectName; throws (a test failure) when there is none of that type.
template<class T> T* field(const QWidget& dialog, const char* objectName)
{
    T* found = dialog.findChild<T*>(QString::fromLatin1(objectName));
    if (!found)
        throw std::runtime_error(std::string("no field ") + objectName);
    return found;
}

ui::SourceTexts noTexts()
{
    return [](const core::Source&) { return std::optional<QString>(); };
}

ui::SourceTexts fixedText(const QString& text)
{
    return [text](const core::Source&) { return std::optional<QString>(text); };
}

ui::SourceTexts seedTexts()
{
    return [](const core::Source& source) { return test::seedText(source.document); };
}

void clickOk(QDialog& dialog)
{
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    if (!buttons)
        throw std::runtime_error("no buttons");
    buttons->button(QDialogButtonBox::Ok)->click();
}

std::string text(const QString& s)
{
    return s.toStdString();
}

} // namespace

// ---- FigureDialog ----------------------------------------------------------------------------------------

TEST(FigureDialog, EveryBundledFigureComesBackUnchanged)
{
    QList<ui::SourceTexts> textSets { noTexts() };
    if (!test::seedsDir().isEmpty())
        textSets.append(seedTexts()); // the quotes are then found at their offsets
    for (const ui::SourceTexts& texts : textSets) {
        for (const core::Figure& original : core::bundledDataset().figures) {
            ui::FigureDialog dialog(workspace(), &original, texts);
            EXPECT_EQ(text(dialog.validate()), "") << text(original.id);
            EXPECT_EQ(dialog.figure(), original) << text(original.id);
            EXPECT_TRUE(field<QLineEdit>(dialog, "id")->isReadOnly());
        }
    }
}

TEST(FigureDialog, QuotesKeepTheirNoBreakSpaces)
{
    core::Figure figure = test::bundledFigure(QStringLiteral("fig-000-01"));
    figure.citation.quote.replace(QStringLiteral("2,728 deliberate"), QStringLiteral("2,728\u00a0deliberate"));
    ui::FigureDialog dialog(workspace(), &figure, noTexts());
    EXPECT_EQ(dialog.figure().citation.quote, figure.citation.quote);
}

TEST(FigureDialog, AValueIsANumberWrittenAsInTheSources)
{
    const core::Figure& original = test::bundledFigure(QStringLiteral("fig-000-01")); // "... 2,728 deliberate ..."
    ui::FigureDialog dialog(workspace(), &original, noTexts());
    auto* value = field<QLineEdit>(dialog, "value");
    EXPECT_EQ(value->text(), u"2,728");
    for (const char* written : { "2728", "2,728", " 2,728 ", "2.728e3", "2728.0" }) {
        value->setText(QString::fromLatin1(written));
        EXPECT_EQ(text(dialog.validate()), "") << written;
        EXPECT_EQ(dialog.figure().value, 2728.0) << written;
    }
    value->setText(QStringLiteral("1.5e6"));
    EXPECT_EQ(dialog.figure().value, 1.5e6);
    value->setText(QStringLiteral("1,234"));
    EXPECT_EQ(dialog.figure().value, 1234.0);

    for (const char* notANumber : { "many", "1,5", "12 people", "2,7280", "inf", "nan", "--3" }) {
        value->setText(QString::fromLatin1(notANumber));
        const QString problem = dialog.validate();
        EXPECT_TRUE(problem.contains(QString::fromLatin1(notANumber)) && problem.contains(u"not a number"))
            << notANumber << ": " << text(problem);
    }
    value->clear();
    EXPECT_FALSE(dialog.validate().isEmpty());
    // Homicides are a count: never negative, in the dialog as in every import.
    value->setText(QStringLiteral("-5"));
    EXPECT_EQ(text(dialog.validate()), "Homicides cannot be negative: it is a count.");
}

TEST(FigureDialog, APeriodMustBeEdtfAndTheErrorSaysWhy)
{
    ui::FigureDialog dialog(workspace(), &test::bundledFigure(QStringLiteral("fig-000-01")), noTexts());
    auto* period = field<QLineEdit>(dialog, "period");
    for (const QString& bad :
        { QStringLiteral("2023-13-01"), QStringLiteral("yesterday"), QStringLiteral("2023-06/2022-10") }) {
        QString edtfError;
        ASSERT_FALSE(core::Period::parse(bad, &edtfError));
        ASSERT_FALSE(edtfError.isEmpty());
        period->setText(bad);
        const QString problem = dialog.validate();
        EXPECT_TRUE(problem.contains(edtfError)) << text(problem) << " / " << text(edtfError);
    }
    period->clear();
    EXPECT_TRUE(dialog.validate().contains(u"period")) << text(dialog.validate());
    period->setText(QStringLiteral("2023-01/2023-06"));
    EXPECT_EQ(text(dialog.validate()), "");
    EXPECT_EQ(dialog.figure().period.toEdtf(), u"2023-01/2023-06");
    EXPECT_FALSE(field<QLabel>(dialog, "periodHint")->text().isEmpty()) << "the period in words";

    auto* reported = field<QLineEdit>(dialog, "reported");
    reported->setText(QStringLiteral("2023-02-30"));
    QString edtfError;
    core::PartialDate::parse(u"2023-02-30", &edtfError);
    EXPECT_TRUE(dialog.validate().contains(edtfError)) << text(dialog.validate());
    reported->clear();
    field<QCheckBox>(dialog, "reportedInferred")->setChecked(false);
    EXPECT_EQ(text(dialog.validate()), "") << "the report date is optional";
    EXPECT_FALSE(dialog.figure().reported.isValid());
}

TEST(FigureDialog, AnInferredPeriodNeedsANote)
{
    ui::FigureDialog dialog(workspace(), &test::bundledFigure(QStringLiteral("fig-000-01")), noTexts());
    field<QCheckBox>(dialog, "periodInferred")->setChecked(true);
    field<QLineEdit>(dialog, "periodNote")->setText(QStringLiteral("   "));
    EXPECT_TRUE(dialog.validate().contains(u"inferred")) << text(dialog.validate());
    field<QLineEdit>(dialog, "periodNote")->setText(QStringLiteral("The report covers the fiscal year."));
    EXPECT_EQ(text(dialog.validate()), "");
    EXPECT_TRUE(dialog.figure().periodInferred);
    EXPECT_EQ(dialog.figure().periodNote, u"The report covers the fiscal year.");
}

TEST(FigureDialog, AQuoteThatIsNotInTheSourceIsRefused)
{
    ui::FigureDialog dialog(workspace(), &test::bundledFigure(QStringLiteral("fig-000-01")),
        fixedText(QStringLiteral("In Haiti, 2,728 homicides were recorded in nine months.")));
    field<QPlainTextEdit>(dialog, "quote")->setPlainText(QStringLiteral("2,728 killings were recorded"));
    const QString problem = dialog.validate();
    EXPECT_EQ(text(problem), "The quote is not in 000_a76563f97d16fe8d.txt.");
    EXPECT_TRUE(field<QLabel>(dialog, "quoteStatus")->text().contains(u"not in"));
}

TEST(FigureDialog, AQuoteFoundElsewhereMovesTheOffsetInCodePoints)
{
    // A character outside the BMP before the quote: one code point, two UTF-16 units.
    const QString source = QStringLiteral("\U0001F4F0 Report. In Haiti, 2,728 homicides were recorded.");
    const QString quote = QStringLiteral("2,728 homicides were recorded");
    const qint64 expected = core::codePointOffsetOfIndex(source, source.indexOf(quote));
    ASSERT_EQ(expected, source.indexOf(quote) - 1);
    ui::FigureDialog dialog(workspace(), &test::bundledFigure(QStringLiteral("fig-000-01")), fixedText(source));
    field<QPlainTextEdit>(dialog, "quote")->setPlainText(quote);
    auto* offset = field<QSpinBox>(dialog, "offset");
    offset->setValue(3);
    EXPECT_TRUE(field<QLabel>(dialog, "quoteStatus")->text().contains(QString::number(expected)))
        << "said before OK: " << text(field<QLabel>(dialog, "quoteStatus")->text());
    EXPECT_EQ(text(dialog.validate()), "");
    EXPECT_EQ(offset->value(), expected);
    EXPECT_EQ(dialog.figure().citation.offset, expected);
    const QString status = field<QLabel>(dialog, "quoteStatus")->text();
    EXPECT_TRUE(status.contains(u"Moved") && status.contains(QString::number(expected))) << text(status);

    // Where the quote stands twice, the offset given is kept if it is one of them.
    const QString twice = source + u' ' + quote;
    ui::FigureDialog second(workspace(), &test::bundledFigure(QStringLiteral("fig-000-01")), fixedText(twice));
    field<QPlainTextEdit>(second, "quote")->setPlainText(quote);
    const qint64 later = core::codePointOffsetOfIndex(twice, twice.lastIndexOf(quote));
    field<QSpinBox>(second, "offset")->setValue(static_cast<int>(later));
    EXPECT_EQ(text(second.validate()), "");
    EXPECT_EQ(second.figure().citation.offset, later);
}

TEST(FigureDialog, AQuoteIsAcceptedUncheckedWhenTheTextIsNotAvailable)
{
    ui::FigureDialog dialog(workspace(), &test::bundledFigure(QStringLiteral("fig-000-01")), noTexts());
    field<QPlainTextEdit>(dialog, "quote")->setPlainText(QStringLiteral("2,728 words nobody can check"));
    EXPECT_EQ(text(dialog.validate()), "");
    EXPECT_TRUE(field<QLabel>(dialog, "quoteStatus")->text().contains(u"Not checked"))
        << text(field<QLabel>(dialog, "quoteStatus")->text());
}

TEST(FigureDialog, AValueTheQuoteDoesNotWriteIsKeptOnlyWhenAsked)
{
    ui::FigureDialog dialog(workspace(), &test::bundledFigure(QStringLiteral("fig-000-01")), noTexts());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* keep = field<QCheckBox>(dialog, "keepValue");
    EXPECT_FALSE(keep->isVisible());
    field<QLineEdit>(dialog, "value")->setText(QStringLiteral("2,729"));
    const QString warning = dialog.validate();
    EXPECT_TRUE(warning.contains(u"2,729") && warning.contains(u"Keep anyway")) << text(warning);
    EXPECT_TRUE(keep->isVisible());
    keep->setChecked(true);
    EXPECT_EQ(text(dialog.validate()), "");
    EXPECT_EQ(dialog.figure().value, 2729.0);
    // Changing the value again asks again.
    QTest::keyClick(field<QLineEdit>(dialog, "value"), Qt::Key_8);
    EXPECT_FALSE(keep->isChecked());
    EXPECT_FALSE(dialog.validate().isEmpty());
}

TEST(FigureDialog, TheParentMustExistAndNotBeTheFigureOrBelowIt)
{
    ui::FigureDialog dialog(workspace(), &test::bundledFigure(QStringLiteral("fig-000-01")), noTexts());
    auto* parent = field<QLineEdit>(dialog, "parent");
    field<QLineEdit>(dialog, "subgroup")->setText(QStringLiteral("women"));
    parent->setText(QStringLiteral("fig-nope"));
    EXPECT_TRUE(dialog.validate().contains(u"fig-nope")) << text(dialog.validate());
    EXPECT_EQ(field<QLabel>(dialog, "parentHint")->text(), u"No such figure.");
    parent->setText(QStringLiteral("fig-000-01"));
    EXPECT_TRUE(dialog.validate().contains(u"itself")) << text(dialog.validate());
    parent->setText(QStringLiteral("fig-000-02")); // which breaks fig-000-01 down
    EXPECT_TRUE(dialog.validate().contains(u"fig-000-02 already breaks fig-000-01 down")) << text(dialog.validate());

    ui::FigureDialog women(workspace(), &test::bundledFigure(QStringLiteral("fig-000-02")), noTexts());
    EXPECT_TRUE(field<QLabel>(women, "parentHint")->text().contains(u"2,728"));
    field<QLineEdit>(women, "subgroup")->clear();
    EXPECT_TRUE(women.validate().contains(u"subgroup")) << text(women.validate());
}

TEST(FigureDialog, ANewFigureGetsAnIdOfItsOwn)
{
    ui::FigureDialog dialog(workspace(), nullptr, noTexts());
    auto* id = field<QLineEdit>(dialog, "id");
    EXPECT_FALSE(id->isReadOnly());
    EXPECT_TRUE(id->text().startsWith(u"fig-")) << text(id->text());
    EXPECT_LT(workspace()->figures().rowOfId(id->text()), 0);

    field<QComboBox>(dialog, "metric")
        ->setCurrentIndex(field<QComboBox>(dialog, "metric")->findData(QStringLiteral("kidnappings")));
    field<QLineEdit>(dialog, "value")->setText(QStringLiteral("1,379"));
    field<QComboBox>(dialog, "qualifier")->setCurrentText(QStringLiteral("over"));
    field<QComboBox>(dialog, "subject")->setCurrentText(QStringLiteral("Haiti"));
    field<QLineEdit>(dialog, "period")->setText(QStringLiteral("2023-01/2023-09"));
    field<QComboBox>(dialog, "source")->setCurrentIndex(1);
    field<QPlainTextEdit>(dialog, "quote")->setPlainText(QStringLiteral("over 1,379 kidnappings"));
    EXPECT_EQ(text(dialog.validate()), "");
    const core::Figure figure = dialog.figure();
    EXPECT_EQ(figure.id, id->text());
    EXPECT_EQ(figure.metric, u"kidnappings");
    EXPECT_EQ(figure.value, 1379.0);
    EXPECT_EQ(figure.qualifier, u"over");
    EXPECT_EQ(figure.citation.sourceId, workspace()->sources().at(1).id);

    field<QComboBox>(dialog, "qualifier")->setCurrentText(QStringLiteral("circa"));
    EXPECT_TRUE(dialog.validate().contains(u"\u201ccirca\u201d is not a qualifier")) << text(dialog.validate());
    field<QComboBox>(dialog, "qualifier")->setCurrentText(QStringLiteral(" More  than "));
    EXPECT_EQ(text(dialog.validate()), "");
    EXPECT_EQ(dialog.figure().qualifier, u"More than") << "as written, spaced as usual";
    field<QComboBox>(dialog, "qualifier")->setCurrentText(QString());
    id->setText(QStringLiteral("fig-000-01"));
    EXPECT_TRUE(dialog.validate().contains(u"already")) << text(dialog.validate());
    id->setText(QStringLiteral("fig 1"));
    EXPECT_FALSE(dialog.validate().isEmpty());
}

TEST(FigureDialog, ADraftOfANewFigureKeepsWhatWasTypedAndStaysNew)
{
    // A new figure whose save failed, opened again: every field as typed, and still a new figure (its id free to
    // change, refused when another figure has it), not an edit of a stored one.
    core::Figure draft = test::bundledFigure(QStringLiteral("fig-000-01"));
    draft.id = QStringLiteral("fig-draft-1");
    draft.note = QStringLiteral("typed before the server went away");
    ui::FigureDialog dialog(workspace(), &draft, noTexts(), nullptr, ui::RecordOrigin::NewDraft);
    EXPECT_TRUE(dialog.isNew());
    EXPECT_EQ(dialog.windowTitle(), u"New Figure");
    auto* id = field<QLineEdit>(dialog, "id");
    EXPECT_FALSE(id->isReadOnly());
    EXPECT_EQ(text(dialog.validate()), "");
    const core::Figure figure = dialog.figure();
    EXPECT_EQ(figure.id, draft.id);
    EXPECT_EQ(figure.metric, draft.metric);
    EXPECT_EQ(figure.value, draft.value);
    EXPECT_EQ(figure.citation.sourceId, draft.citation.sourceId);
    EXPECT_EQ(figure.note, draft.note);
    id->setText(QStringLiteral("fig-000-02"));
    EXPECT_TRUE(dialog.validate().contains(u"already")) << text(dialog.validate());
}

TEST(EventDialog, ADraftOfANewEventKeepsItsIdAndStaysNew)
{
    core::Event draft = test::bundledEvent(QStringLiteral("evt-01"));
    draft.id = QStringLiteral("evt-draft");
    ui::EventDialog dialog(workspace(), &draft, noTexts(), nullptr, ui::RecordOrigin::NewDraft);
    EXPECT_TRUE(dialog.isNew());
    EXPECT_FALSE(field<QLineEdit>(dialog, "id")->isReadOnly());
    EXPECT_EQ(dialog.event().id, draft.id);
    EXPECT_EQ(dialog.event().title, draft.title);
}

TEST(SourceDialog, ADraftOfANewSourceKeepsItsIdAndStaysNew)
{
    core::Source draft = test::bundledWorkspace()->sources().at(0);
    draft.id = QStringLiteral("src-draft");
    ui::SourceDialog dialog(workspace(), &draft, nullptr, ui::RecordOrigin::NewDraft);
    EXPECT_TRUE(dialog.isNew());
    EXPECT_FALSE(field<QLineEdit>(dialog, "id")->isReadOnly());
    EXPECT_EQ(dialog.source().id, draft.id);
    EXPECT_EQ(dialog.source().outlet, draft.outlet);
}

TEST(FigureDialog, OkOnAnInvalidFigureKeepsTheDialogOpenAndShowsWhy)
{
    ui::FigureDialog dialog(workspace(), &test::bundledFigure(QStringLiteral("fig-000-01")), noTexts());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* value = field<QLineEdit>(dialog, "value");
    auto* error = field<QLabel>(dialog, "error");
    EXPECT_FALSE(error->isVisible());
    value->setText(QStringLiteral("many"));
    field<QLineEdit>(dialog, "note")->setFocus();
    clickOk(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"many"));
    EXPECT_EQ(QApplication::focusWidget(), value) << "the field at fault";

    dialog.accept(); // the slot itself checks too
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);

    value->setText(QStringLiteral("2,728"));
    clickOk(dialog);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.figure(), test::bundledFigure(QStringLiteral("fig-000-01")));
}

// ---- EventDialog -----------------------------------------------------------------------------------------

TEST(EventDialog, EveryBundledEventComesBackUnchanged)
{
    QList<ui::SourceTexts> textSets { noTexts() };
    if (!test::seedsDir().isEmpty())
        textSets.append(seedTexts());
    for (const ui::SourceTexts& texts : textSets) {
        for (const core::Event& original : core::bundledDataset().events) {
            ui::EventDialog dialog(workspace(), &original, texts);
            EXPECT_EQ(text(dialog.validate()), "") << text(original.id);
            const core::Event edited = dialog.event();
            EXPECT_EQ(edited, original) << text(original.id);
            EXPECT_EQ(edited.charts, original.charts) << text(original.id);
            EXPECT_EQ(field<QTableView>(dialog, "citations")->model()->rowCount(), original.citations.size());
        }
    }
}

TEST(EventDialog, TheStatusIsChosenAndKept)
{
    core::Event original = core::bundledDataset().events.constFirst();
    original.status = core::EventStatus::Expected;
    ui::EventDialog dialog(workspace(), &original, noTexts());
    auto* status = field<QComboBox>(dialog, "status");
    EXPECT_EQ(status->currentData().toInt(), static_cast<int>(core::EventStatus::Expected));
    EXPECT_EQ(dialog.event(), original);
    status->setCurrentIndex(status->findData(static_cast<int>(core::EventStatus::Proposed)));
    EXPECT_EQ(dialog.event().status, core::EventStatus::Proposed);
}

TEST(EventDialog, AnEventNeedsACitation)
{
    ui::EventDialog dialog(workspace(), nullptr, noTexts());
    auto* id = field<QLineEdit>(dialog, "id");
    EXPECT_TRUE(id->text().startsWith(u"evt-"));
    EXPECT_LT(workspace()->eventIndex(id->text()), 0);
    EXPECT_TRUE(dialog.validate().contains(u"title")) << text(dialog.validate());
    field<QLineEdit>(dialog, "title")->setText(QStringLiteral("Kenyan police arrive"));
    field<QLineEdit>(dialog, "period")->setText(QStringLiteral("2024-06-25"));
    EXPECT_TRUE(dialog.validate().contains(u"at least one")) << text(dialog.validate());
    EXPECT_TRUE(dialog.event().citations.isEmpty());

    field<QPushButton>(dialog, "addCitation")->click();
    EXPECT_EQ(field<QTableView>(dialog, "citations")->model()->rowCount(), 1);
    EXPECT_TRUE(dialog.validate().contains(u"quote")) << "an empty quote: " << text(dialog.validate());
    auto* source = field<QComboBox>(dialog, "citationSource");
    source->setCurrentIndex(source->findData(QStringLiteral("src-002")));
    field<QPlainTextEdit>(dialog, "citationQuote")->setPlainText(QStringLiteral("the first Kenyan officers landed"));
    field<QSpinBox>(dialog, "citationOffset")->setValue(120);
    field<QLineEdit>(dialog, "actors")->setText(QStringLiteral("Kenya, , MSS "));
    EXPECT_EQ(text(dialog.validate()), "");
    const core::Event event = dialog.event();
    ASSERT_EQ(event.citations.size(), 1);
    EXPECT_EQ(event.citations.at(0).sourceId, u"src-002");
    EXPECT_EQ(event.citations.at(0).quote, u"the first Kenyan officers landed");
    EXPECT_EQ(event.citations.at(0).offset, 120);
    EXPECT_EQ(event.actors, QStringList({ QStringLiteral("Kenya"), QStringLiteral("MSS") }));

    field<QPushButton>(dialog, "removeCitation")->click();
    EXPECT_TRUE(dialog.event().citations.isEmpty());
    EXPECT_FALSE(dialog.validate().isEmpty());
}

TEST(EventDialog, CitationQuotesAreCheckedAgainstTheirSources)
{
    const QString source = QStringLiteral("Months later, the first Kenyan officers landed in Port-au-Prince.");
    const core::Event& original = test::bundledEvent(QStringLiteral("evt-01"));
    ui::EventDialog dialog(workspace(), &original, fixedText(source));
    EXPECT_TRUE(dialog.validate().contains(u"Citation 1: the quote is not in 001_6be08b8e25146aa3.txt"))
        << text(dialog.validate());
    field<QPlainTextEdit>(dialog, "citationQuote")->setPlainText(QStringLiteral("Kenyan officers landed"));
    field<QSpinBox>(dialog, "citationOffset")->setValue(0);
    EXPECT_EQ(text(dialog.validate()), "");
    EXPECT_EQ(dialog.event().citations.at(0).offset, source.indexOf(u"Kenyan officers landed"));
    EXPECT_EQ(field<QSpinBox>(dialog, "citationOffset")->value(), source.indexOf(u"Kenyan officers landed"));
    EXPECT_TRUE(field<QLabel>(dialog, "quoteStatus")->text().contains(u"Moved"));
}

TEST(EventDialog, AnInferredDateNeedsANoteAndTheDateMustBeEdtf)
{
    ui::EventDialog dialog(workspace(), &test::bundledEvent(QStringLiteral("evt-01")), noTexts());
    field<QLineEdit>(dialog, "period")->setText(QStringLiteral("2016-00"));
    QString edtfError;
    core::Period::parse(u"2016-00", &edtfError);
    EXPECT_TRUE(dialog.validate().contains(edtfError)) << text(dialog.validate());
    field<QLineEdit>(dialog, "period")->setText(QStringLiteral("2016"));
    field<QCheckBox>(dialog, "periodInferred")->setChecked(true);
    EXPECT_TRUE(dialog.validate().contains(u"inferred")) << text(dialog.validate());
    field<QLineEdit>(dialog, "title")->clear();
    EXPECT_TRUE(dialog.validate().contains(u"title"));
}

TEST(EventDialog, OkOnAnEventWithoutCitationsKeepsTheDialogOpen)
{
    ui::EventDialog dialog(workspace(), nullptr, noTexts());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    field<QLineEdit>(dialog, "title")->setText(QStringLiteral("A new event"));
    field<QLineEdit>(dialog, "period")->setText(QStringLiteral("2024"));
    clickOk(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(field<QLabel>(dialog, "error")->text().contains(u"at least one"));
}

// ---- SourceDialog ----------------------------------------------------------------------------------------

TEST(SourceDialog, EveryBundledSourceComesBackUnchanged)
{
    for (const core::Source& original : core::bundledDataset().sources) {
        ui::SourceDialog dialog(workspace(), &original);
        EXPECT_EQ(text(dialog.validate()), "") << text(original.id);
        EXPECT_EQ(dialog.source(), original) << text(original.id);
        EXPECT_TRUE(field<QLineEdit>(dialog, "id")->isReadOnly());
    }
}

TEST(SourceDialog, ANewSourceNeedsAFreeIdOfItsOwnPattern)
{
    ui::SourceDialog dialog(workspace(), nullptr);
    auto* id = field<QLineEdit>(dialog, "id");
    EXPECT_FALSE(id->isReadOnly());
    EXPECT_EQ(workspace()->source(id->text()), nullptr) << "the suggested id is free: " << text(id->text());
    field<QLineEdit>(dialog, "outlet")->setText(QStringLiteral("The Star"));
    EXPECT_EQ(text(dialog.validate()), "");
    id->setText(QStringLiteral("src-000"));
    EXPECT_TRUE(dialog.validate().contains(u"already a source src-000")) << text(dialog.validate());
    for (const char* bad : { "Src-9", "src 9", "src_9", "" }) {
        id->setText(QString::fromLatin1(bad));
        EXPECT_FALSE(dialog.validate().isEmpty()) << bad;
    }
    id->setText(QStringLiteral("star-2024-09"));
    EXPECT_EQ(text(dialog.validate()), "");
    field<QLineEdit>(dialog, "outlet")->clear();
    EXPECT_FALSE(dialog.validate().isEmpty()) << "a source needs a name of some kind";
}

TEST(SourceDialog, AUrlMustBeAWebAddress)
{
    ui::SourceDialog dialog(workspace(), &test::bundledWorkspace()->sources().at(0));
    auto* url = field<QLineEdit>(dialog, "url");
    for (const char* bad :
        { "ftp://example.org/a.txt", "example.org/article", "not a url", "https://", "javascript:x" }) {
        url->setText(QString::fromLatin1(bad));
        EXPECT_TRUE(dialog.validate().contains(u"URL")) << bad << ": " << text(dialog.validate());
    }
    for (const char* good : { "https://example.org/haiti?id=3", "http://example.org", "" }) {
        url->setText(QString::fromLatin1(good));
        EXPECT_EQ(text(dialog.validate()), "") << good;
        EXPECT_EQ(dialog.source().url, QString::fromLatin1(good));
    }
}

TEST(SourceDialog, ThePublicationDateIsEdtfAndAnInferredOneIsExplained)
{
    ui::SourceDialog dialog(workspace(), &test::bundledWorkspace()->sources().at(0)); // "2023-09~", inferred
    field<QLineEdit>(dialog, "published")->setText(QStringLiteral("Sept 2023"));
    QString edtfError;
    core::PartialDate::parse(u"Sept 2023", &edtfError);
    EXPECT_TRUE(dialog.validate().contains(edtfError)) << text(dialog.validate());
    field<QLineEdit>(dialog, "published")->setText(QStringLiteral("2023-09-28"));
    field<QPlainTextEdit>(dialog, "publishedNote")->clear();
    EXPECT_TRUE(dialog.validate().contains(u"inferred")) << text(dialog.validate());
    field<QCheckBox>(dialog, "publishedInferred")->setChecked(false);
    EXPECT_EQ(text(dialog.validate()), "");
    EXPECT_EQ(dialog.source().published.toEdtf(), u"2023-09-28");
}

TEST(SourceDialog, AnotherDocumentDropsTheRecordedHash)
{
    const core::Source& original = test::bundledWorkspace()->sources().at(0);
    ASSERT_FALSE(original.textSha256.isEmpty());
    ui::SourceDialog dialog(workspace(), &original);
    EXPECT_EQ(dialog.source().textSha256, original.textSha256);
    field<QLineEdit>(dialog, "document")->setText(QStringLiteral("000_revised.txt"));
    EXPECT_TRUE(dialog.source().textSha256.isEmpty());
}

TEST(SourceDialog, OkOnABadUrlKeepsTheDialogOpen)
{
    ui::SourceDialog dialog(workspace(), nullptr);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    field<QLineEdit>(dialog, "outlet")->setText(QStringLiteral("The Star"));
    field<QLineEdit>(dialog, "url")->setText(QStringLiteral("www.the-star.co.ke"));
    clickOk(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(QApplication::focusWidget(), field<QLineEdit>(dialog, "url"));
    field<QLineEdit>(dialog, "url")->setText(QStringLiteral("https://www.the-star.co.ke/"));
    clickOk(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}
