#include "aboutdialog.hpp"

#ifdef EMDB_ABOUT_ENCRYPTION
#include <openssl/crypto.h>
#endif

#include <ksyntaxhighlighting_version.h>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace browser {

QStringList AboutDialog::libraryVersions() {
  QStringList out{QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
                  QStringLiteral("KSyntaxHighlighting %1").arg(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING))};
#ifdef EMDB_ABOUT_ENCRYPTION  // a build without encryption links neither
  out << QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))
      << QStringLiteral("libargon2 %1").arg(QStringLiteral(EMDB_ARGON2_VERSION)).trimmed();
#endif
  return out;
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("aboutDialog"));
  setWindowTitle(tr("About emdb Browser"));
  auto* icon = new QLabel(this);
  icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
  auto* text = new QLabel(this);
  text->setObjectName(QStringLiteral("aboutText"));
  text->setTextFormat(Qt::RichText);
  text->setOpenExternalLinks(true);
  text->setWordWrap(true);
  text->setText(tr("<h3>emdb Browser %1</h3>"
                   "<p>Inspect and edit emdb databases: their namespaces, keys, values and expiries, with the "
                   "engine on a worker thread so the window never freezes.</p>"
                   "<p>Built with: %2</p>"
                   "<p>Free software under the MIT licence: you may use, copy, change and share it.</p>")
                    .arg(QCoreApplication::applicationVersion(), libraryVersions().join(QStringLiteral(", "))));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  auto* top = new QHBoxLayout;
  top->addWidget(icon, 0, Qt::AlignTop);
  top->addWidget(text, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  setMinimumWidth(460);
}

}  // namespace browser
