// AddRecordDialog: a new record's namespace, key (text or hex), value (text,
// hex or Base64) and optional expiry (a duration such as "1h30m").
#pragma once

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace browser {

class KeyEdit;

class AddRecordDialog : public QDialog {
  Q_OBJECT
 public:
  AddRecordDialog(const QList<QByteArray>& namespaces, const QByteArray& currentNamespace, QWidget* parent = nullptr);

  struct Record {
    QByteArray ns, key, value;
    qint64 expiresAt = 0;  // Unix ms; 0 for none
  };
  // The record as entered; nothing while some field is not valid.
  std::optional<Record> record() const;

 private:
  void validate();
  QComboBox* namespace_;
  KeyEdit* key_;
  QComboBox* encoding_;
  QPlainTextEdit* value_;
  QLineEdit* ttl_;
  QLabel* problem_;
  QDialogButtonBox* buttons_;
};

}  // namespace browser
