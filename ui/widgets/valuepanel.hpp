// ValuePanel: one record's value, viewed as text with syntax highlighting,
// pretty-printed JSON, hex, Base64 or an image, and edited in the text, JSON,
// hex and Base64 views. Bytes that are not valid UTF-8 are never turned into
// text on the way back: such values are edited as hex or Base64.
#pragma once

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QCheckBox;
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace browser {

class ValuePanel : public QWidget {
  Q_OBJECT
 public:
  enum class Mode { Auto, Text, Json, Hex, Base64, Image };
  Q_ENUM(Mode)

  explicit ValuePanel(QWidget* parent = nullptr);
  ~ValuePanel() override;

  // Shows a record. `truncated`: `value` is only the start of a longer value
  // (`fullSize` bytes), shown read-only.
  void showRecord(const QByteArray& ns, const QByteArray& key, const QByteArray& value, qint64 fullSize,
                  qint64 expiresAt, bool readOnly);
  // Shows no record, with a line saying why.
  void showMessage(const QString& text);

  const QByteArray& ns() const { return ns_; }
  const QByteArray& key() const { return key_; }
  bool hasRecord() const { return has_record_; }

  void setMode(Mode mode);
  Mode mode() const { return mode_; }
  // What Auto resolved to for the shown value.
  Mode effectiveMode() const { return effective_; }
  // The syntax definition's name, or empty for "Auto".
  void setSyntax(const QString& definitionName);
  QString syntaxName() const;

  // The user changed the text since it was shown or saved.
  bool isModified() const;
  // The bytes the current view's text stands for; nothing (and a reason in
  // `error`) when that text does not parse in its view (bad hex, bad Base64).
  std::optional<QByteArray> editedValue(QString* error = nullptr) const;

 Q_SIGNALS:
  void saveRequested(const QByteArray& ns, const QByteArray& key, const QByteArray& value);
  void modeChanged(browser::ValuePanel::Mode mode);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void render();
  void save();
  void applyTheme();
  void updateButtons();
  void setNote(const QString& text);

  QLabel* title_;
  QComboBox* mode_box_;
  QComboBox* syntax_box_;
  QCheckBox* wrap_;
  QPushButton* save_;
  QPushButton* discard_;
  QStackedWidget* stack_;
  QPlainTextEdit* editor_;
  QLabel* image_;
  QLabel* note_;
  QLabel* placeholder_;  // shown instead of the editor when there is no record
  KSyntaxHighlighting::SyntaxHighlighter* highlighter_;  // owned by the editor's document

  QByteArray ns_, key_, value_;
  qint64 full_size_ = 0;
  qint64 expires_at_ = 0;
  bool has_record_ = false;
  bool read_only_ = true;
  bool editable_ = false;  // the current view can turn its text back into the value
  Mode mode_ = Mode::Auto;
  Mode effective_ = Mode::Text;
};

}  // namespace browser
