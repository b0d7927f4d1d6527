// Helpers for the browser's tests: fixture manifests, waiting for the worker,
// reading what the views show, and driving window-modal dialogs.
#pragma once

#include <QAbstractItemModel>
#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QtTest>
#include <map>
#include <memory>
#include <set>

#include "core/databasecontroller.hpp"
#include "models/keytablemodel.hpp"
#include "models/namespacemodel.hpp"
#include "support.hpp"
#include "window/mainwindow.hpp"

namespace uitest {

// Settings and recent files of tests go to a folder of their own, one per
// test program (CTest runs them in parallel).
inline void isolateSettings() {
  QStandardPaths::setTestModeEnabled(true);
  QCoreApplication::setOrganizationName(QStringLiteral("emdb-tests"));
  QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).baseName());
  QSettings().clear();
}

// One record of a fixture's expected dump.
struct Expected {
  QByteArray ns, key, value;
  qint64 expiresAt = 0;
};

inline std::vector<Expected> expectedRecords(const QString& fixture) {
  std::vector<Expected> out;
  QFile f(QString::fromStdString((testing::fixtures_dir() / (fixture.toStdString() + ".expected.jsonl")).string()));
  if (!f.open(QIODevice::ReadOnly)) return out;
  while (!f.atEnd()) {
    const QByteArray line = f.readLine().trimmed();
    if (line.isEmpty()) continue;
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    Expected e;
    e.ns = o.value(QStringLiteral("ns")).toString().toUtf8();
    e.key = QByteArray::fromHex(o.value(QStringLiteral("key_hex")).toString().toLatin1());
    e.value = QByteArray::fromHex(o.value(QStringLiteral("value_hex")).toString().toLatin1());
    if (!o.value(QStringLiteral("expires_at")).isNull())
      e.expiresAt = qint64(o.value(QStringLiteral("expires_at")).toDouble());
    out.push_back(e);
  }
  return out;
}

// Opens `path` in `w` and waits for the namespace tree and the first rows.
inline bool openAndWait(browser::MainWindow& w, const QString& path, bool readOnly = false) {
  QSignalSpy opened(w.controller(), &browser::DatabaseController::opened);
  QSignalSpy listed(w.namespaceModel(), &browser::NamespaceModel::reloaded);
  w.openFile(path, readOnly);
  return opened.wait(30000) && (listed.count() > 0 || listed.wait(30000));
}

// Opens with `request` (a key, read-only, create) and waits until it is open.
inline bool openRequestAndWait(browser::MainWindow& w, const browser::OpenRequest& request) {
  QSignalSpy opened(w.controller(), &browser::DatabaseController::opened);
  w.controller()->open(request);
  return opened.wait(30000);
}

// Waits until every row of the key table is loaded (small scopes only).
inline bool allRowsLoaded(browser::MainWindow& w) {
  auto* m = w.keyModel();
  QTest::qWait(1);
  for (int i = 0; i < 200 && true; ++i) {
    bool all = true;
    for (int r = 0; r < m->rowCount(); ++r) {
      if (!m->data(m->index(r, 0), browser::KeyTableModel::LoadedRole).toBool()) all = false;
    }
    if (all) return true;
    QTest::qWait(25);
  }
  return false;
}

// The keys the table shows, as bytes, in order.
inline QList<QByteArray> tableKeys(browser::MainWindow& w) {
  QList<QByteArray> out;
  auto* m = w.keyModel();
  for (int r = 0; r < m->rowCount(); ++r)
    out << m->data(m->index(r, 0), browser::KeyTableModel::KeyBytesRole).toByteArray();
  return out;
}

inline QString cell(browser::MainWindow& w, int row, int column) {
  return w.keyModel()->data(w.keyModel()->index(row, column), Qt::DisplayRole).toString();
}

inline int rowOf(browser::MainWindow& w, const QByteArray& key) { return int(tableKeys(w).indexOf(key)); }

// Selects namespace `ns` in the tree and waits for its rows.
inline bool showNamespace(browser::MainWindow& w, const QByteArray& ns) {
  const QModelIndex at = w.namespaceModel()->indexOfNamespace(ns);
  if (!at.isValid()) return false;
  if (w.keyModel()->scope() == browser::KeyScope::of(ns, {})) return allRowsLoaded(w);
  QSignalSpy ready(w.keyModel(), &browser::KeyTableModel::scopeReady);
  w.namespaceTree()->setCurrentIndex(at);
  return ready.wait(10000) && allRowsLoaded(w);
}

// The first visible top-level widget of type T, waiting for it to appear.
template <class T>
T* waitForDialog(const QString& objectName = {}, int ms = 10000) {
  T* found = nullptr;
  QElapsedTimer t;
  t.start();
  while (!found && t.elapsed() < ms) {
    for (QWidget* w : QApplication::topLevelWidgets())
      if (auto* d = qobject_cast<T*>(w); d && d->isVisible() && (objectName.isEmpty() || d->objectName() == objectName))
        found = d;
    if (!found) QTest::qWait(20);
  }
  return found;
}

// Presses a task dialog's run button and waits for its result line; the
// line's text, or nothing when none came within `ms`.
inline QString runTask(QDialog* d, int ms = 60000) {
  auto* result = d->findChild<QLabel*>(QStringLiteral("taskResult"));
  result->hide();
  d->findChild<QPushButton*>(QStringLiteral("runTask"))->click();
  (void)QTest::qWaitFor([&] { return result->isVisible(); }, ms);
  return result->isVisible() ? result->text() : QString();
}

// A dark palette, as a desktop in dark mode gives the application.
inline QPalette darkPalette() {
  QPalette dark;
  dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
  dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
  dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
  dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
  dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
  dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
  dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
  dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc7));
  dark.setColor(QPalette::HighlightedText, Qt::white);
  dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
  dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
  return dark;
}

// Writes `image` under the build folder's screenshots/ and returns its path.
// Answers the next question box (once it shows) with `button`: call it just
// before the action that asks.
inline void answerNextQuestion(QMessageBox::StandardButton button) {
  // Polls (it never blocks: the question may come from inside a nested loop).
  auto* timer = new QTimer;
  auto clock = std::make_shared<QElapsedTimer>();
  clock->start();
  timer->setInterval(10);
  QObject::connect(timer, &QTimer::timeout, [timer, clock, button] {
    if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
      box->button(button)->click();
    else if (clock->elapsed() < 10000)
      return;
    timer->stop();
    timer->deleteLater();
  });
  timer->start();
}

// KiB of the process's anonymous memory (heap, not mapped files); -1 if unknown.
inline qint64 anonymousKiB() {
  QFile f(QStringLiteral("/proc/self/status"));
  if (!f.open(QIODevice::ReadOnly)) return -1;
  for (const QByteArray& line : f.readAll().split('\n'))
    if (line.startsWith("RssAnon:")) return line.mid(8).trimmed().split(' ').first().toLongLong();
  return -1;
}

// Answers the next file dialog (once it shows) with `path`, or cancels it
// when `path` is empty: call it just before the action that asks. Asks
// again while the dialog stays open (its folder may still be loading), and
// after 30 s cancels it, so that a test fails instead of waiting forever.
inline void answerNextFileDialog(const QString& path) {
  auto* timer = new QTimer;
  auto clock = std::make_shared<QElapsedTimer>();
  auto target = std::make_shared<QPointer<QFileDialog>>();
  auto acted = std::make_shared<bool>(false);
  clock->start();
  timer->setInterval(20);
  QObject::connect(timer, &QTimer::timeout, [timer, clock, target, acted, path] {
    if (!*acted) *target = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
    QFileDialog* dialog = *target;
    const bool open = dialog && dialog->isVisible();
    if (open && (path.isEmpty() || clock->elapsed() > 30000)) {
      dialog->reject();
    } else if (open) {
      // The name typed as a user would: an absolute path needs no folder listing.
      if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
        name->setText(QFileInfo(path).absoluteFilePath());
      else
        dialog->selectFile(QFileInfo(path).absoluteFilePath());
      QMetaObject::invokeMethod(dialog, "accept");
    }
    *acted = *acted || open;
    if (open || (!*acted && clock->elapsed() < 30000)) return;  // this dialog only, until it closes
    timer->stop();
    timer->deleteLater();
  });
  timer->start();
}

inline QString saveScreenshot(const QPixmap& image, const QString& name) {
  const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
  QDir().mkpath(dir);
  const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
  QDir().mkpath(QFileInfo(path).absolutePath());  // names may hold a folder
  image.save(path);
  return path;
}

}  // namespace uitest
