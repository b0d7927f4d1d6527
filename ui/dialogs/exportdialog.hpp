// ExportDialog: writes the current namespace, the selected records, or the
// filtered range to a JSON Lines or CSV file (Base64 for binary keys and
// values), with progress.
#pragma once

#include <QList>

#include "core/session.hpp"
#include "taskdialog.hpp"

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace browser {

class ExportDialog : public TaskDialog {
  Q_OBJECT
 public:
  // `scope`: what the table shows; `selected`: its selected keys.
  ExportDialog(const KeyScope& scope, const QList<QByteArray>& selected, DatabaseController* controller,
               QWidget* parent = nullptr);
  void setTarget(const QString& path);
  enum class What { Namespace, Selection, Filtered };
  void setWhat(What what);
  void setCsv(bool csv);

 protected:
  void start() override;

 private:
  KeyScope scope_;
  QList<QByteArray> selected_;
  QRadioButton* namespace_;
  QRadioButton* selection_;
  QRadioButton* filtered_;
  QComboBox* format_;
  QLineEdit* target_;
};

}  // namespace browser
