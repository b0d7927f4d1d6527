// ImportDialog: imports records from a JSON Lines or CSV file (as Export
// writes them) in two steps, each on the worker with progress and Cancel.
// Preview compares every record with the database and shows how many are
// new, how many hold another value or expiry (conflicts, the first ones
// listed) and how many are identical; Import then writes the new records and,
// as the user chose, the conflicts too or none of them, in one crash-atomic
// batch. Identical and expired records are never written. A bad line is
// named and nothing is written; closing the dialog before Import writes
// nothing. Changing the file or format asks for a new preview. The import
// writes to the file itself, under the window's pending edits, which stay
// pending.
#pragma once

#include <QPointer>
#include <optional>

#include "core/recordimport.hpp"
#include "taskdialog.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;
class QWidget;

namespace browser {

class PendingEdits;

class ImportDialog : public TaskDialog {
  Q_OBJECT
 public:
  // Conflicts listed in the preview, at most.
  static constexpr int kListedConflicts = 200;

  ImportDialog(DatabaseController* controller, QWidget* parent = nullptr);
  void setSource(const QString& path);
  // The window's pending edits: the preview counts the file's records whose
  // key has one (those edits stay pending over what the import writes).
  void setPendingEdits(PendingEdits* pending);
  // The preview of the chosen file, until the file or format changes or the
  // records are imported; nothing before.
  const std::optional<ImportPreview>& preview() const { return preview_; }

 Q_SIGNALS:
  void imported(qint64 records);

 protected:
  void start() override;

 private:
  void startPreview(const QString& path, RecordFormat format);
  void startImport(const QString& path, RecordFormat format);
  void showPreview(const ImportPreview& p);
  void clearPreview();

  QLineEdit* source_;
  QComboBox* format_;
  QWidget* previewBox_;
  QLabel* counts_;
  QLabel* staged_;
  QTableWidget* table_;
  QLabel* listed_;
  QRadioButton* overwrite_;
  QRadioButton* skip_;
  QPointer<PendingEdits> pending_;
  std::optional<ImportPreview> preview_;
};

}  // namespace browser
