// StructuredView: a CBOR or MessagePack value in the value panel, as a tree
// (key, type, value) above its JSON form (structuredvalue.hpp says how each
// item is written). The JSON is edited, and editedValue() gives the bytes
// it stands for in the value's own format; a value with no JSON form shows
// the reason instead, read-only.
#pragma once

#include <QByteArray>
#include <QWidget>
#include <optional>

#include "core/structuredvalue.hpp"

class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace browser {

class StructuredModel;

class StructuredView : public QWidget {
  Q_OBJECT
 public:
  // JSON longer than this, or with a longer line, is not put in the editor
  // (its layout would stall the window for a tenth of a second and more):
  // the tree alone shows such a value.
  static constexpr qsizetype kJsonChars = 64 * 1024;
  static constexpr qsizetype kJsonLine = 16 * 1024;

  explicit StructuredView(QWidget* parent = nullptr);

  // Shows a decoded value; its JSON can be edited unless `readOnly`.
  void setValue(StructuredValue value, bool readOnly);
  // Shows nothing, and lets go of the last value.
  void clear();
  StructuredFormat format() const { return format_; }

  // The JSON was edited since the value was shown.
  bool isModified() const;
  // The bytes the JSON stands for; nothing (and why, in `error`) when it
  // stands for none.
  std::optional<QByteArray> editedValue(QString* error = nullptr) const;

 Q_SIGNALS:
  void modificationChanged();

 private:
  StructuredModel* model_;
  QTreeView* tree_;
  QLabel* json_label_;
  QPlainTextEdit* json_;
  StructuredFormat format_ = StructuredFormat::Cbor;
};

}  // namespace browser
