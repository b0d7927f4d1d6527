// Every shipped translation: the main window, its menus and every dialog,
// shown in each language, hold no text that the catalog translates but the
// screen still shows in English; CJK screens hold no untranslated English
// words. Screenshots of the main window in German and Japanese.
#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QXmlStreamReader>

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

using namespace browser;

namespace {

// source text -> translation, for the catalog's plain (not plural) messages.
std::map<QString, QString> catalog(const QString& language) {
  std::map<QString, QString> out;
  QFile f(QStringLiteral(EMDB_I18N_DIR "/emdb_browser_%1.ts").arg(language));
  if (!f.open(QIODevice::ReadOnly)) return out;
  QXmlStreamReader xml(&f);
  QString source, translation;
  bool numerus = false;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
      numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
      source.clear();
      translation.clear();
    } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
      source = xml.readElementText();
    } else if (xml.isStartElement() && xml.name() == QLatin1String("translation") && !numerus) {
      translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !numerus) {
      out[source] = translation;
    }
  }
  return out;
}

// The texts a user reads in `root` and its children (labels, buttons,
// fields' placeholders, combo items, titles, headers), and in menus.
QStringList visibleTexts(QWidget* root) {
  QStringList out;
  auto add = [&out](const QString& t) {
    if (!t.trimmed().isEmpty()) out << t;
  };
  QList<QWidget*> all = root->findChildren<QWidget*>();
  all.prepend(root);
  for (QWidget* w : all) {
    if (w->isWindow()) add(w->windowTitle());
    if (auto* l = qobject_cast<QLabel*>(w)) add(l->text());
    if (auto* b = qobject_cast<QAbstractButton*>(w)) add(b->text());
    if (auto* e = qobject_cast<QLineEdit*>(w)) add(e->placeholderText());
    if (auto* g = qobject_cast<QGroupBox*>(w)) add(g->title());
    if (auto* d = qobject_cast<QDockWidget*>(w)) add(d->windowTitle());
    if (auto* c = qobject_cast<QComboBox*>(w); c && c->objectName() != QLatin1String("syntaxCombo"))
      for (int i = 0; i < c->count(); ++i) add(c->itemText(i));
    if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model() && h->orientation() == Qt::Horizontal)
      for (int i = 0; i < h->count(); ++i) add(h->model()->headerData(i, Qt::Horizontal).toString());
    for (QAction* a : w->actions())
      if (!a->statusTip().startsWith(QLatin1Char('/'))) add(a->text());  // a recent file: data, not text
  }
  if (auto* mw = qobject_cast<QMainWindow*>(root)) {
    std::function<void(QMenu*)> walk = [&](QMenu* m) {
      add(m->title());
      for (QAction* a : m->actions()) {
        if (a->statusTip().startsWith(QLatin1Char('/'))) continue;  // a recent file: data, not text
        add(a->text());
        if (a->menu()) walk(a->menu());
      }
    };
    for (QAction* a : mw->menuBar()->actions())
      if (a->menu()) walk(a->menu());
  }
  return out;
}

// Words of English left on a CJK screen: runs of 4+ Latin letters and digits
// that are not names (formats, ciphers, libraries, languages) or data the
// test put there (the sample's namespace "users", the lock holder's
// "schema 1" written by the engine).
QStringList englishWords(const QString& text) {
  static const QSet<QString> allowed{QStringLiteral("JSON"),
                                     QStringLiteral("Lines"),
                                     QStringLiteral("Base64"),
                                     QStringLiteral("emdb"),
                                     QStringLiteral("Browser"),
                                     QStringLiteral("Auto"),
                                     QStringLiteral("Glob"),
                                     QStringLiteral("Regex"),
                                     QStringLiteral("YAML"),
                                     QStringLiteral("TOML"),
                                     QStringLiteral("CBOR"),
                                     QStringLiteral("MessagePack"),
                                     QStringLiteral("HTML"),
                                     QStringLiteral("Markdown"),
                                     QStringLiteral("Argon2id"),
                                     QStringLiteral("ChaCha20"),
                                     QStringLiteral("Poly1305"),
                                     QStringLiteral("OpenSSL"),
                                     QStringLiteral("KSyntaxHighlighting"),
                                     QStringLiteral("libargon2"),
                                     QStringLiteral("English"),
                                     QStringLiteral("Deutsch"),
                                     QStringLiteral("Español"),
                                     QStringLiteral("Français"),
                                     QStringLiteral("jsonl"),
                                     QStringLiteral("JPEG"),
                                     QStringLiteral("sample"),
                                     QStringLiteral("users"),
                                     QStringLiteral("schema"),
                                     QStringLiteral("glob"),
                                     QStringLiteral("regex"),
                                     QStringLiteral("UTF8")};
  static const QRegularExpression word(
      QStringLiteral("(?<![0-9A-Za-z])[A-Za-z\\x{00C0}-\\x{024F}][A-Za-z0-9\\x{00C0}-\\x{024F}]{3,}"));
  QStringList out;
  QString plain = text;
  plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));  // HTML tags
  for (auto it = word.globalMatch(plain); it.hasNext();) {
    const QString w = it.next().captured();
    if (!allowed.contains(w)) out << w;
  }
  return out;
}

}  // namespace

class TestI18n : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    uitest::isolateSettings();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
  }
  void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

  void every_language_is_complete_on_screen_data() {
    QTest::addColumn<QString>("language");
    for (const Language& l : availableLanguages())
      if (l.code != QLatin1String("en")) QTest::newRow(qPrintable(l.code)) << l.code;
  }
  void every_language_is_complete_on_screen() {
    QFETCH(QString, language);
    QCOMPARE(installTranslations(language), language);
    const auto translations = catalog(language);
    QVERIFY(translations.size() > 300);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.emdb"));
    MainWindow w;
    w.resize(1360, 820);
    w.show();
    QSignalSpy opened(w.controller(), &DatabaseController::opened);
    w.createSample(path);
    QVERIFY(opened.wait(60000));
    QTRY_COMPARE(w.namespaceModel()->rowCount(), 6);
    QVERIFY(uitest::showNamespace(w, "users"));

    // Every dialog, built as the window builds it.
    LockInfo lock;
    lock.pid = 4242;
    lock.since = QDateTime::currentDateTime();
    lock.version = QStringLiteral("emdb 0.9.7 (schema 1)");
    QList<QWidget*> dialogs{
        new AddRecordDialog({QByteArray(), "users"}, "users", &w),
        new KeyDialog(path, QStringLiteral("AES-256-GCM"), true, &w),
        new LockDialog(path, lock, &w),
        new TtlDialog(3, 0, &w),
        new CompactDialog(w.controller(), &w),
        new BackupDialog(w.controller(), &w),
        new IntegrityDialog(w.controller(), &w),
        new StatisticsDialog(w.controller(), &w),
        new EncryptionDialog(EncryptionDialog::Mode::Enable, w.controller(), &w),
        new EncryptionDialog(EncryptionDialog::Mode::ChangeKey, w.controller(), &w),
        new EncryptionDialog(EncryptionDialog::Mode::Disable, w.controller(), &w),
        new ExportDialog(w.keyModel()->scope(), {"user:00001:profile"}, w.controller(), &w),
        new ImportDialog(w.controller(), &w),
        new AboutDialog(&w),
    };
    for (QWidget* d : dialogs) d->show();
    QTest::qWait(300);  // the figures the dialogs ask the worker for arrive

    QStringList problems;
    QList<QWidget*> roots{&w};
    roots += dialogs;
    for (QWidget* root : roots) {
      for (const QString& text : visibleTexts(root)) {
        auto it = translations.find(text);
        if (it != translations.end() && it->second != text)
          problems << QStringLiteral("%1: \"%2\"").arg(root->objectName(), text);
        if (language == QLatin1String("ja") || language == QLatin1String("zh_CN"))
          for (const QString& word : englishWords(text))
            problems << QStringLiteral("%1: English \"%2\" in \"%3\"").arg(root->objectName(), word, text);
      }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    if (language == QLatin1String("de") || language == QLatin1String("ja")) {
      for (QWidget* d : dialogs) d->hide();
      QTest::qWait(50);
      uitest::saveScreenshot(w.grab(), QStringLiteral("main-%1").arg(language));
    }
    qDeleteAll(dialogs);
  }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
