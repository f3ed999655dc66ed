#pragma once

#include <crisis/ui/charts/chartexporter.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace crisis::ui {

/// File → Export Chart: format, size (a preset or custom), scale, what to show, a title of one's own, and a
/// live preview. Remembers the last folder and choices.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(ExportContent content, QWidget* parent = nullptr);

    ExportOptions options() const;
    void setOptions(const ExportOptions& options);
    /// The preview shown now (for tests).
    QPixmap preview() const;

    /// The options last used (for Copy Chart and the brief pack), from the settings.
    static ExportOptions lastOptions();

    /// Writes to a file without asking (the Export… button asks for the file, then calls this).
    bool exportTo(const QString& path);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void schedulePreview();
    void updatePreview();
    void remember() const;

    ExportContent m_content;
    QComboBox* m_format = nullptr;
    QComboBox* m_preset = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_scale = nullptr;
    /// The timeline only: lanes or a list, or chosen by the room.
    QComboBox* m_timelineLayout = nullptr;
    QCheckBox* m_title = nullptr;
    QCheckBox* m_subtitle = nullptr;
    QCheckBox* m_asOf = nullptr;
    QCheckBox* m_sources = nullptr;
    QLineEdit* m_customTitle = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_pixels = nullptr;
    QTimer* m_previewTimer = nullptr;
    // Off while the image they make would be larger than ExportOptions' limits.
    QPushButton* m_save = nullptr;
    QPushButton* m_pack = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace crisis::ui
