// Every dialog, in every shipped language, before and after its task runs:
// no text is cut (a label narrower or shorter than its text needs, a button
// narrower than its label, a widget reaching past the dialog's edge), and no
// finished bar stands beside an error. Screenshots of each go to the build
// folder's screenshots/dialogs (docs/screenshots/dialogs keeps the English and
// German ones).
#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStyleFactory>

#include "core/translations.hpp"
#include "dialogs/aboutdialog.hpp"
#include "dialogs/addrecorddialog.hpp"
#include "dialogs/backupdialog.hpp"
#include "dialogs/compactdialog.hpp"
#include "dialogs/encryptiondialog.hpp"
#include "dialogs/exportdialog.hpp"
#include "dialogs/importdialog.hpp"
#include "dialogs/integritydialog.hpp"
#include "dialogs/keydialog.hpp"
#include "dialogs/lockdialog.hpp"
#include "dialogs/statisticsdialog.hpp"
#include "dialogs/ttldialog.hpp"
#include "ui_support.hpp"
#include "window/recordactions.hpp"

using namespace browser;

namespace {

bool insideScrollArea(QWidget* w, QWidget* top) {
  for (QWidget* p = w->parentWidget(); p && p != top; p = p->parentWidget())
    if (qobject_cast<QAbstractScrollArea*>(p)) return true;
  return false;
}

QString shortText(QString t) {
  t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
  return t.size() > 60 ? t.left(57) + QStringLiteral("...") : t;
}

// What is cut in `top`: one line per widget whose text does not fit.
QStringList clipped(QWidget* top) {
  QStringList out;
  const QRect bounds = top->rect();
  for (QWidget* w : top->findChildren<QWidget*>()) {
    if (!w->isVisibleTo(top) || w->isWindow() || insideScrollArea(w, top)) continue;
    QString text;
    QSize need;
    if (auto* l = qobject_cast<QLabel*>(w)) {
      if (l->text().isEmpty()) continue;
      text = l->text();
      if (l->wordWrap()) {
        need = QSize(0, l->heightForWidth(l->width()));
        if (need.height() < 0) need = l->sizeHint();
      } else {
        need = l->sizeHint();
      }
    } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
      if (b->text().isEmpty()) continue;
      text = b->text();
      need = b->sizeHint();
    } else {
      continue;
    }
    const QString name = QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), shortText(text));
    if (w->width() < need.width() || w->height() < need.height())
      out << QStringLiteral("%1 is %2x%3, needs %4x%5")
                 .arg(name)
                 .arg(w->width())
                 .arg(w->height())
                 .arg(need.width())
                 .arg(need.height());
    const QRect at(w->mapTo(top, QPoint(0, 0)), w->size());
    if (!bounds.contains(at)) out << QStringLiteral("%1 reaches past the dialog's edge").arg(name);
  }
  return out;
}

// Waits until the worker ran everything submitted so far, then lets the
// dialogs take in what came back.
void settle(MainWindow& w) {
  bool done = false;
  QObject guard;
  w.controller()->worker()->submit(QString(), &guard, [](WorkerContext&) { return true; }, [&](bool) { done = true; });
  (void)QTest::qWaitFor([&] { return done; }, 30000);
  QTest::qWait(50);
}

bool runTask(QDialog* d, MainWindow& w) {
  auto* run = d->findChild<QPushButton*>(QStringLiteral("runTask"));
  auto* result = d->findChild<QLabel*>(QStringLiteral("taskResult"));
  if (!run || !result || !run->isEnabled()) return false;
  run->click();
  const bool finished = QTest::qWaitFor([&] { return result->isVisible() && run->isEnabled(); }, 60000);
  settle(w);
  return finished;
}

}  // namespace

class TestDialogLayout : public QObject {
  Q_OBJECT

  QStringList problems_;
  QString language_;

  void check(QWidget* d, const QString& state) {
    QTest::qWait(20);
    const QString name = d->objectName() + (state.isEmpty() ? QString() : QLatin1Char('-') + state);
    for (const QString& p : clipped(d)) problems_ << QStringLiteral("[%1] %2: %3").arg(language_, name, p);
    // A failure never shows beside a full progress bar.
    auto* bar = d->findChild<QProgressBar*>(QStringLiteral("taskProgress"));
    auto* result = d->findChild<QLabel*>(QStringLiteral("taskResult"));
    if (bar && result && bar->isVisible() && bar->value() == bar->maximum() && result->isVisible() &&
        result->property("failure").toBool())
      problems_ << QStringLiteral("[%1] %2: a full progress bar beside an error").arg(language_, name);
    uitest::saveScreenshot(d->grab(), QStringLiteral("dialogs/%1-%2").arg(language_, name));
  }

 private Q_SLOTS:
  void initTestCase() {
    uitest::isolateSettings();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
  }
  void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

  void nothing_is_cut_data() {
    QTest::addColumn<QString>("language");
    for (const Language& l : availableLanguages()) QTest::newRow(qPrintable(l.code)) << l.code;
  }
  void nothing_is_cut() {
    QFETCH(QString, language);
    language_ = language;
    problems_.clear();
    QCOMPARE(installTranslations(language), language);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.emdb"));
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QSignalSpy opened(w.controller(), &DatabaseController::opened);
    w.createSample(path);
    QVERIFY(opened.wait(60000));
    QTRY_COMPARE(w.namespaceModel()->rowCount(), 6);
    QVERIFY(uitest::showNamespace(w, "users"));

    LockInfo lock;
    lock.pid = 4242;
    lock.since = QDateTime::currentDateTime();
    lock.version = QStringLiteral("emdb 0.9.7 (schema 1)");
    // Dialogs without a task.
    for (QDialog* d : QList<QDialog*>{new AddRecordDialog({QByteArray(), "users"}, "users", &w),
                                       new KeyDialog(path, QStringLiteral("AES-256-GCM"), false, &w),
                                       new LockDialog(path, lock, &w), new TtlDialog(3, 0, &w),
                                       new ExportDialog(w.keyModel()->scope(), {"user:00001:profile"}, w.controller(), &w),
                                       new ImportDialog(w.controller(), &w), new AboutDialog(&w)}) {
      d->show();
      settle(w);
      check(d, {});
      delete d;
    }
    {
      auto* d = new KeyDialog(path, QStringLiteral("ChaCha20-Poly1305"), true, &w);
      d->show();
      check(d, QStringLiteral("wrong"));
      delete d;
    }
    // The rename dialog the window builds.
    w.keyTable()->selectRow(0);
    w.recordActions()->update();
    QTimer::singleShot(0, [this] {
      (void)QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000);
      if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
        check(d, {});
        d->reject();
      }
    });
    w.recordActions()->renameAction()->trigger();

    // Task dialogs, before and after their task.
    for (QDialog* d : QList<QDialog*>{new CompactDialog(w.controller(), &w), new IntegrityDialog(w.controller(), &w)}) {
      d->show();
      settle(w);
      check(d, {});
      QVERIFY(runTask(d, w));
      check(d, QStringLiteral("done"));
      delete d;
    }
    {
      auto* d = new StatisticsDialog(w.controller(), &w);
      d->show();
      settle(w);
      QTest::qWait(200);
      check(d, {});
      delete d;
    }
    {
      auto* d = new BackupDialog(w.controller(), &w);
      d->show();
      settle(w);
      check(d, {});
      auto* target = d->findChild<QLineEdit*>(QStringLiteral("backupTarget"));
      QVERIFY(target);
      target->setText(dir.filePath(QStringLiteral("copy.emdb")));
      QVERIFY(runTask(d, w));
      check(d, QStringLiteral("done"));
      // Again: the target exists now. Declining to replace it is no failure
      // beside a full bar.
      uitest::answerNextQuestion(QMessageBox::Cancel);
      d->findChild<QPushButton*>(QStringLiteral("runTask"))->click();
      QTest::qWait(300);
      settle(w);
      check(d, QStringLiteral("exists"));
      delete d;
    }
    for (auto mode : {EncryptionDialog::Mode::Enable, EncryptionDialog::Mode::ChangeKey, EncryptionDialog::Mode::Disable}) {
      auto* d = new EncryptionDialog(mode, w.controller(), &w);
      d->show();
      settle(w);
      check(d, QString::number(int(mode)));
      delete d;
    }
    QVERIFY2(problems_.isEmpty(), qPrintable(problems_.join(QLatin1Char('\n'))));
  }
};

QTEST_MAIN(TestDialogLayout)
#include "tst_dialog_layout.moc"
