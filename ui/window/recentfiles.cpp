#include "recentfiles.hpp"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace browser {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QMenu* menu, QObject* parent) : QObject(parent), menu_(menu) { rebuild(); }

QStringList RecentFiles::files() const { return QSettings().value(kKey).toStringList(); }

void RecentFiles::add(const QString& path) {
  QStringList list = files();
  const QString full = QFileInfo(path).absoluteFilePath();
  list.removeAll(full);
  list.prepend(full);
  while (list.size() > kMaximum) list.removeLast();
  QSettings().setValue(kKey, list);
  rebuild();
}

void RecentFiles::remove(const QString& path) {
  QStringList list = files();
  list.removeAll(QFileInfo(path).absoluteFilePath());
  QSettings().setValue(kKey, list);
  rebuild();
}

void RecentFiles::rebuild() {
  menu_->clear();
  const QStringList list = files();
  int n = 0;
  for (const QString& f : list) {
    // The name and its folder: two files of one name stay apart.
    const QFileInfo info(f);
    QString folder = QDir::toNativeSeparators(info.absolutePath());
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (folder == home || folder.startsWith(home + QDir::separator())) folder.replace(0, home.size(), QStringLiteral("~"));
    QString label = QStringLiteral("%1  —  %2").arg(info.fileName(), folder);
    label.replace(QLatin1Char('&'), QStringLiteral("&&"));  // not a mnemonic
    QAction* a = menu_->addAction(QStringLiteral("&%1 %2").arg(++n % 10).arg(label));
    a->setToolTip(f);
    a->setStatusTip(f);
    connect(a, &QAction::triggered, this, [this, f] { Q_EMIT chosen(f); });
  }
  if (!list.isEmpty()) menu_->addSeparator();
  QAction* clear = menu_->addAction(tr("Clear Menu"));
  clear->setEnabled(!list.isEmpty());
  connect(clear, &QAction::triggered, this, [this] {
    QSettings().remove(kKey);
    rebuild();
  });
}

}  // namespace browser
