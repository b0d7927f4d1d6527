// AboutDialog: the application's version, the versions of the libraries it
// runs on (Qt, KSyntaxHighlighting, OpenSSL, libargon2) and its licence.
#pragma once

#include <QDialog>

namespace browser {

class AboutDialog : public QDialog {
  Q_OBJECT
 public:
  explicit AboutDialog(QWidget* parent = nullptr);
  // "Qt 6.8.2", "KSyntaxHighlighting 6.13.0", ...: one line each.
  static QStringList libraryVersions();
};

}  // namespace browser
