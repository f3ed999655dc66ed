#include <crisis/ui/dialogs/exportdialog.h>
#include <crisis/ui/dialogs/plainmessage.h>
#include <crisis/ui/window/accessibility.h>
#include <crisis/ui/window/settings.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace crisis::ui {

ExportDialog::ExportDialog(ExportContent content, QWidget* parent)
    : QDialog(parent)
    , m_content(std::move(content))
    , m_format(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_timelineLayout(new QComboBox(this))
    , m_title(new QCheckBox(tr("Title"), this))
    , m_subtitle(new QCheckBox(tr("Subtitle"), this))
    , m_asOf(new QCheckBox(tr("Dates shown and “as of” date"), this))
    , m_sources(new QCheckBox(tr("Numbered sources"), this))
    , m_customTitle(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_pixels(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export Chart"));
    m_format->addItem(tr("PNG image"), static_cast<int>(ExportOptions::Format::Png));
    m_format->addItem(tr("SVG drawing"), static_cast<int>(ExportOptions::Format::Svg));
    m_format->addItem(tr("PDF document"), static_cast<int>(ExportOptions::Format::Pdf));
    for (const SizePreset& preset : sizePresets())
        m_preset->addItem(preset.name, preset.size);
    m_preset->addItem(tr("Custom"));
    for (QSpinBox* spin : { m_width, m_height }) {
        spin->setRange(100, 16384);
        spin->setSuffix(tr(" px"));
    }
    for (int scale = 1; scale <= 3; ++scale)
        m_scale->addItem(tr("%1\u00d7").arg(scale), scale);
    m_timelineLayout->setObjectName(QStringLiteral("timelineLayout"));
    m_timelineLayout->addItem(
        tr("Lanes where every title fits, else a list"), static_cast<int>(ExportOptions::TimelineStyle::Automatic));
    m_timelineLayout->addItem(tr("Lanes by category"), static_cast<int>(ExportOptions::TimelineStyle::Lanes));
    m_timelineLayout->addItem(tr("List: date, title, status"), static_cast<int>(ExportOptions::TimelineStyle::List));
    m_customTitle->setPlaceholderText(tr("The chart's own title"));
    m_preview->setMinimumSize(480, 270);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);

    auto* size = new QHBoxLayout;
    size->addWidget(m_preset, 1);
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("\u00d7"), this));
    size->addWidget(m_height);
    auto* form = new QFormLayout;
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("&Size"), size);
    form->addRow(tr("S&cale"), m_scale);
    form->addRow(QString(), m_pixels);
    if (!m_content.chart)
        form->addRow(tr("&Layout"), m_timelineLayout);
    else
        m_timelineLayout->hide();
    form->addRow(tr("&Title"), m_customTitle);
    form->addRow(tr("Show"), m_title);
    form->addRow(QString(), m_subtitle);
    form->addRow(QString(), m_asOf);
    form->addRow(QString(), m_sources);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = m_save = buttons->addButton(tr("&Export\u2026"), QDialogButtonBox::AcceptRole);
    QPushButton* pack = m_pack = buttons->addButton(tr("&Brief Pack\u2026"), QDialogButtonBox::ActionRole);
    QPushButton* copy = m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    pack->setToolTip(tr("A folder with the PNG, an alt-text draft and a CSV of the plotted points"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString suffix = ExportOptions::formatName(options().format);
        const QString suggested = Settings().exportFolder() + u'/' + m_content.key() + u'.' + suffix;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Chart"), suggested, tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
        if (!path.isEmpty() && exportTo(path))
            accept();
    });
    connect(pack, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Brief Pack Folder"), Settings().exportFolder());
        if (folder.isEmpty())
            return;
        remember();
        if (auto written = ChartExporter(m_content, options()).writeBriefPack(folder); !written)
            warnPlainly(this, tr("Brief Pack"), written.error().message);
        else
            accept();
    });
    connect(copy, &QPushButton::clicked, this, [this] {
        remember();
        QApplication::clipboard()->setImage(ChartExporter(m_content, options()).toImage());
    });

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch();
    auto* top = new QHBoxLayout;
    top->addLayout(left);
    top->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    // "&Size" labels a row of three fields: its buddy is the preset, and the spin boxes say which is which.
    nameAllFormFields(this);
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_preview->setAccessibleName(tr("Preview"));
    m_customTitle->setAccessibleDescription(m_customTitle->placeholderText());

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QSize size = m_preset->itemData(index).toSize();
        m_width->setEnabled(!size.isValid());
        m_height->setEnabled(!size.isValid());
        if (size.isValid()) {
            m_width->setValue(size.width());
            m_height->setValue(size.height());
        }
        schedulePreview();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_scale->setEnabled(options().format == ExportOptions::Format::Png); // SVG and PDF are drawn, not pixels
        schedulePreview();
    });
    for (QSpinBox* spin : { m_width, m_height })
        connect(spin, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_timelineLayout, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox* box : { m_title, m_subtitle, m_asOf, m_sources })
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_customTitle, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    setOptions(lastOptions());
    updatePreview();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = static_cast<ExportOptions::Format>(m_format->currentData().toInt());
    options.size = QSize(m_width->value(), m_height->value());
    options.scale = m_scale->currentData().toInt();
    options.showTitle = m_title->isChecked();
    options.showSubtitle = m_subtitle->isChecked();
    options.showAsOf = m_asOf->isChecked();
    options.showSources = m_sources->isChecked();
    options.title = m_customTitle->text().trimmed();
    options.timelineStyle = static_cast<ExportOptions::TimelineStyle>(m_timelineLayout->currentData().toInt());
    return options;
}

void ExportDialog::setOptions(const ExportOptions& options)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(options.format)));
    const int preset = m_preset->findData(options.size);
    m_preset->setCurrentIndex(preset >= 0 ? preset : m_preset->count() - 1);
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_width->setEnabled(preset < 0);
    m_height->setEnabled(preset < 0);
    m_scale->setCurrentIndex(m_scale->findData(options.scale));
    m_scale->setEnabled(options.format == ExportOptions::Format::Png);
    m_title->setChecked(options.showTitle);
    m_subtitle->setChecked(options.showSubtitle);
    m_asOf->setChecked(options.showAsOf);
    m_sources->setChecked(options.showSources);
    m_customTitle->setText(options.title);
    m_timelineLayout->setCurrentIndex(m_timelineLayout->findData(static_cast<int>(options.timelineStyle)));
}

ExportOptions ExportDialog::lastOptions()
{
    return Settings().exportOptions();
}

void ExportDialog::remember() const
{
    Settings().setExportOptions(options());
}

bool ExportDialog::exportTo(const QString& path)
{
    remember();
    Settings().setExportFolder(QFileInfo(path).absolutePath());
    if (auto written = ChartExporter(m_content, options()).write(path); !written) {
        warnPlainly(this, tr("Export Chart"), written.error().message);
        return false;
    }
    return true;
}

void ExportDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    schedulePreview(); // the preview fills its place
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    ExportOptions preview = options();
    const QSize pixels = preview.size * (preview.format == ExportOptions::Format::Png ? preview.scale : 1);
    // The PNG (the file's, the brief pack's and the clipboard's) is limited in pixels: say so, and offer nothing
    // that would make one larger.
    ExportOptions png = preview;
    png.format = ExportOptions::Format::Png;
    const bool fits = png.pixelsWithinLimits();
    const bool pngFits = preview.format != ExportOptions::Format::Png || fits;
    if (!pngFits)
        m_pixels->setText(tr("%1 \u00d7 %2 pixels: too large (at most %3 a side and %4 million in all)")
                              .arg(QString::number(pixels.width()), QString::number(pixels.height()),
                                  QString::number(ExportOptions::maxPixelsASide),
                                  QString::number(ExportOptions::maxPixels / 1000000)));
    else
        m_pixels->setText(preview.format == ExportOptions::Format::Png
                ? tr("%1 \u00d7 %2 pixels").arg(QString::number(pixels.width()), QString::number(pixels.height()))
                : tr("drawn at %1 \u00d7 %2, scales without loss")
                      .arg(QString::number(preview.size.width()), QString::number(preview.size.height())));
    m_save->setEnabled(pngFits);
    m_pack->setEnabled(fits);
    m_copy->setEnabled(fits);
    // The page as the file will show it, drawn straight at the preview's size (not at the page's, which may be
    // 16,384 pixels a side).
    preview.scale = 1;
    const QSize room = m_preview->size() - QSize(8, 8);
    const QSize shown = preview.size.scaled(room.expandedTo(QSize(16, 16)), Qt::KeepAspectRatio);
    const qreal dpr = m_preview->devicePixelRatioF();
    QImage image(shown * dpr, QImage::Format_RGB32);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(qreal(shown.width()) / preview.size.width(), qreal(shown.height()) / preview.size.height());
    ChartExporter(m_content, preview).render(&painter);
    painter.end();
    m_preview->setPixmap(QPixmap::fromImage(image));
}

QPixmap ExportDialog::preview() const
{
    return m_preview->pixmap();
}

} // namespace crisis::ui
