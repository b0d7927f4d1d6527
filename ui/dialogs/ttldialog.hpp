// TtlDialog: the expiry of one or more records: none, a duration from now
// (such as 1h30m), or a date and time (local, with UTC shown).
#pragma once

#include <QDialog>
#include <optional>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace browser {

class TtlDialog : public QDialog {
  Q_OBJECT
 public:
  // `current`: the expiry the records share (Unix ms), 0 for none.
  TtlDialog(int records, qint64 current, QWidget* parent = nullptr);
  // The chosen expiry in Unix ms (0: none); nothing while the input is invalid.
  std::optional<qint64> expiresAt() const;

 private:
  void validate();
  QRadioButton* none_;
  QRadioButton* after_;
  QRadioButton* at_;
  QLineEdit* duration_;
  QDateTimeEdit* when_;
  QLabel* utc_;
  QDialogButtonBox* buttons_;
};

}  // namespace browser
