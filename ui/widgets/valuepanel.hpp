// ValuePanel: one record's value, viewed as text with syntax highlighting,
// pretty-printed JSON, hex, Base64, an image or a CBOR or MessagePack tree,
// and edited in the text, JSON, hex and Base64 views and as the JSON form of
// CBOR and MessagePack. Bytes that are not valid UTF-8 are never turned into
// text on the way back: such values are edited as hex or Base64. Hex is a
// hex editor (ValueView): select, copy, find bytes, type over them, and for
// a value held whole, insert and remove them.
#pragma once

#include <QByteArray>
#include <QWidget>

#include "core/bytesearch.hpp"
#include "core/valueformat.hpp"
#include <map>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QCheckBox;
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace browser {

class ValueFindBar;
class StructuredView;
class ValueView;

class ValuePanel : public QWidget {
  Q_OBJECT
 public:
  // Structured: CBOR or MessagePack, as a tree and as JSON (structuredview.hpp).
  enum class Mode { Auto, Text, Json, Hex, Base64, Image, Structured };
  Q_ENUM(Mode)

  explicit ValuePanel(QWidget* parent = nullptr);
  ~ValuePanel() override;

  // Values up to this size are shown whole, formatted and editable.
  static constexpr qint64 kEditLimit = 128 << 10;
  // Longer lines are shown in the paged view, read-only: the editor's layout
  // of one line costs the square of its length.
  static constexpr qsizetype kLongLine = 16 * 1024;
  // Longer texts (hex takes 3.4 characters a byte) are paged, read-only too.
  static constexpr qsizetype kEditorChars = 192 * 1024;

  // Shows a record. When `value` is only the start of a longer value
  // (`fullSize` bytes), the value is shown page by page in a ValueView, as
  // text or hex, and pageWanted() asks for the rest; unless `readOnly`, its
  // bytes can be typed over in hex and Apply stages them (patchRequested()).
  // `prepared`: the value's kind and indented JSON (a paged value: the kind
  // of its start), worked out elsewhere (the worker) for these bytes; else
  // the panel works them out.
  void showRecord(const QByteArray& ns, const QByteArray& key, const QByteArray& value, qint64 fullSize,
                  qint64 expiresAt, bool readOnly, std::optional<PreparedValue> prepared = std::nullopt);
  // Shows no record, with a line saying why.
  void showMessage(const QString& text);
  // Bytes of the shown value that pageWanted() asked for.
  void supplyPage(const QByteArray& ns, const QByteArray& key, quint64 generation, qint64 offset,
                  const QByteArray& bytes);
  // Where findRequested() found its needle (-1: nowhere; nothing: it was
  // cancelled or failed): the view goes there and marks it.
  void showFound(const QByteArray& ns, const QByteArray& key, const QByteArray& needle, std::optional<qint64> at);
  // The value is shown in the ValueView: in hex (the hex editor), or page by
  // page as text (larger than kEditLimit, or with a line longer than
  // kLongLine), read-only.
  bool isPaged() const;
  ValueView* pagedView() const { return view_; }

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

  // The user changed the text, or typed over bytes in the paged hex view,
  // since it was shown or applied.
  bool isModified() const;
  // The bytes the current view's text stands for; nothing (and a reason in
  // `error`) when that text does not parse in its view (bad hex, bad Base64).
  std::optional<QByteArray> editedValue(QString* error = nullptr) const;

 Q_SIGNALS:
  void saveRequested(const QByteArray& ns, const QByteArray& key, const QByteArray& value);
  // The paged view needs bytes [offset, offset + length) of the value.
  void pageWanted(const QByteArray& ns, const QByteArray& key, quint64 generation, qint64 offset, int length);
  // Save to File: the user wants the whole value in a file.
  void saveToFileRequested(const QByteArray& ns, const QByteArray& key);
  // Find in a value not held whole: the next `needle` from `from` on, or
  // the one before `from` (wrapping, as findBytes() does); answered with
  // showFound().
  void findRequested(const QByteArray& ns, const QByteArray& key, const QByteArray& needle, qint64 from,
                     browser::SearchDirection direction);
  // Replace from File: the user wants the value to become a file's bytes.
  void replaceFromFileRequested(const QByteArray& ns, const QByteArray& key);
  // Apply of bytes typed over a paged value of `size` bytes (offset -> new
  // byte) that is not held whole here; smaller values come as saveRequested().
  void patchRequested(const QByteArray& ns, const QByteArray& key, qint64 size, const std::map<qint64, char>& patches);
  void modeChanged(browser::ValuePanel::Mode mode);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void render();
  void showLarge();
  void showPaged(bool text);
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
  QLabel* placeholder_;
  ValueView* view_;
  StructuredView* structured_;
  QWidget* big_bar_;  // go to offset, position, save to file (paged values)
  QLineEdit* go_to_;
  ValueFindBar* find_bar_;
  QLabel* edit_status_;  // the hex view's cursor, selection and editing mode
  QLabel* position_;
  QPushButton* save_file_;
  QPushButton* replace_file_;
  bool big_ = false;
  quint64 view_generation_ = 0;  // shown instead of the editor when there is no record
  KSyntaxHighlighting::SyntaxHighlighter* highlighter_;  // owned by the editor's document

  QByteArray ns_, key_, value_;
  std::optional<PreparedValue> prepared_;  // of value_, when it came with it
  QByteArray shown_ns_, shown_key_;  // the record the paged view shows
  qint64 full_size_ = 0;
  qint64 expires_at_ = 0;
  bool has_record_ = false;
  bool read_only_ = true;
  bool writable_ = false;  // the database takes edits (a paged value's bytes can be typed over)
  bool editable_ = false;  // the current view can turn its text back into the value
  Mode mode_ = Mode::Auto;
  Mode effective_ = Mode::Text;
};

}  // namespace browser
